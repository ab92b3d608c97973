// When a policy page's text is sent: a shell is held back while the page is young, and a sent
// text is sent again only when it grew or shrank a lot.
import { describe, expect, it } from 'vitest';
import { holdBack, isThin, REGROW_SHARE, THIN_TEXT_CHARS, THIN_WAIT_MS, worthResending } from '../../src/content/settle.ts';

const policy = 'We collect your email address to run your account. '.repeat(40);

describe('holdBack', () => {
  it('holds a thin text while the page is young', () => {
    expect(isThin('Loading…')).toBe(true);
    expect(holdBack('Privacy Policy\n\nLoading…', 0)).toBe(true);
    expect(holdBack('Not found', THIN_WAIT_MS - 1)).toBe(true);
  });

  it('sends a thin text once the page has had its time, unless it still says it is loading', () => {
    expect(holdBack('Not found. The page you asked for does not exist.', THIN_WAIT_MS)).toBe(false);
    expect(holdBack('Loading…', THIN_WAIT_MS + 1)).toBe(true);
    expect(holdBack('Loading…', 3 * THIN_WAIT_MS), 'but not forever').toBe(false);
  });

  it('never holds back a real policy text', () => {
    expect(policy.length).toBeGreaterThan(THIN_TEXT_CHARS);
    expect(holdBack(policy, 0)).toBe(false);
  });
});

describe('worthResending', () => {
  it('sends the first text, and the same text only once', () => {
    expect(worthResending(undefined, policy)).toBe(true);
    expect(worthResending(policy, policy)).toBe(false);
  });

  it('replaces a thin text whatever the change, a full one only when it moved a lot', () => {
    expect(worthResending('Loading…', policy)).toBe(true);
    expect(worthResending(policy, `${policy} A footnote.`), 'a tweak').toBe(false);
    const grown = policy + 'x'.repeat(Math.ceil(policy.length * REGROW_SHARE));
    expect(worthResending(policy, grown), 'grew by a fifth').toBe(true);
  });
});
