// runtime.onMessage → validate → sender check → handler. A refusal or a failing handler is a
// rejected promise the sender recognises (shared/delivery.ts), never a resolved normal reply the
// content script would take for delivery (issue 17: a 5,000-character title ended "unknown").
import { fake } from './support/browser.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { route } from '../../src/background/router.ts';
import { undelivered } from '../../src/shared/delivery.ts';
import { contentScript, otherExtension, popup, subframe } from './support/senders.ts';

const detection = { isPolicy: true, score: 0.9, stage: 'quick' };
const URL = 'https://example.com/privacy';

/** What the sender sees when the route rejects: the failure it would report. */
async function failureOf(reply: Promise<unknown>): Promise<ReturnType<typeof undelivered>> {
  try {
    await reply;
  } catch (error) {
    return undelivered(error);
  }
  throw new Error('the route resolved: a sender would take this for delivery');
}

beforeEach(() => fake.reset());

describe('route', () => {
  it('answers a valid request with its handler’s response', async () => {
    await expect(route({ type: 'popup/get-state', payload: { tabId: 5 } }, popup)).resolves.toEqual({ kind: 'unknown' });
  });

  it('a message the validator refuses rejects as "refused", naming the field', async () => {
    const failure = await failureOf(route({ type: 'page/detected', payload: { url: URL, title: 'x'.repeat(5_000), detection, policyLinks: [] } }, contentScript(5)));
    expect(failure?.reason).toBe('refused');
    expect(failure?.detail).toMatch(/payload\.title is longer than 4096 characters/);
    expect(fake.session.items.size, 'nothing was stored for the tab').toBe(0);
  });

  it('a privacy link text of 1,200 characters is refused the same way', async () => {
    const policyLinks = [{ href: 'https://shop.example/privacy', text: 'p'.repeat(1_200) }];
    const failure = await failureOf(route({ type: 'page/detected', payload: { url: URL, title: 'Shop', detection: { ...detection, isPolicy: false }, policyLinks } }, contentScript(5)));
    expect(failure?.reason).toBe('refused');
    expect(failure?.detail).toMatch(/policyLinks\[0\]\.text is longer than 1000/);
  });

  it('unknown types and malformed envelopes are refused', async () => {
    expect((await failureOf(route({ type: 'page/delete-everything', payload: {} }, contentScript(5))))?.reason).toBe('refused');
    expect((await failureOf(route('page/detected', contentScript(5))))?.reason).toBe('refused');
  });

  it('the wrong sender is refused: another extension, a subframe, a page asking popup/*, content/* sent here', async () => {
    const cases: [unknown, Parameters<typeof route>[1], RegExp][] = [
      [{ type: 'popup/library-list', payload: {} }, otherExtension, /sender is not this extension/],
      [{ type: 'page/get-analysis', payload: {} }, subframe(5), /top frame/],
      [{ type: 'popup/library-list', payload: {} }, contentScript(5), /only an extension page/],
      [{ type: 'content/get-policy-links', payload: {} }, popup, /not a message for the background/],
    ];
    for (const [message, sender, error] of cases) {
      const failure = await failureOf(route(message, sender));
      expect(failure?.reason, JSON.stringify(message)).toBe('refused');
      expect(failure?.detail).toMatch(error);
    }
  });

  it('a handler that throws rejects as "failed" with its words', async () => {
    fake.session.failReads = 'storage.session is unavailable';
    const failure = await failureOf(route({ type: 'popup/get-state', payload: { tabId: 5 } }, popup));
    expect(failure).toEqual({ reason: 'failed', detail: 'storage.session is unavailable' });
  });

  it('a policy’s text is analysed: the reply carries its hash, the tab is ready', async () => {
    const text = 'Privacy Policy\n\nWe collect your email address to send you receipts. We do not sell your personal information. We keep your data for 12 months. You can ask us to delete your data by emailing privacy@shop.example.';
    const reply = await route({ type: 'page/policy-text', payload: { url: URL, title: 'Privacy', text, blocks: [], detection } }, contentScript(5));
    expect(reply).toMatchObject({ ok: true, textHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const state = await route({ type: 'popup/get-state', payload: { tabId: 5 } }, popup);
    expect(state).toMatchObject({ kind: 'ready', url: URL, title: 'Privacy' });
  });
});
