// The content script trims what it sends to the protocol's limits, so the background has no
// reason to refuse a page: a 5,000-character <title> or a 1,200-character privacy link once left
// the tab at "unknown" (issue 17). Each limit is checked on both sides, and what comes out of
// the trimming is checked against the validator itself.
import { describe, expect, it } from 'vitest';
import { clip, trimLinks, trimTitle, trimUrl, withinLimits } from '../../src/content/outgoing.ts';
import type { Block } from '../../src/engine/types.ts';
import { LIMITS } from '../../src/shared/limits.ts';
import { parseMessage } from '../../src/shared/validate.ts';

const detection = { isPolicy: true, score: 0.9, stage: 'quick' as const };

function accepted(type: string, payload: unknown): string {
  const result = parseMessage({ type, payload });
  return result.ok ? 'accepted' : result.error;
}

describe('clip', () => {
  it('leaves a string at the limit as it is and cuts one past it to the limit, with "…"', () => {
    expect(clip('abcde', 5)).toBe('abcde');
    expect(clip('abcdef', 5)).toBe('abcd…');
    expect(clip('abcdef', 5)).toHaveLength(5);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const clipped = clip('abc😀def', 5);
    expect(clipped).toBe('abc…');
    expect(clipped.length).toBeLessThanOrEqual(5);
  });
});

describe('the title', () => {
  it('at the limit is sent as it is', () => {
    const title = 'T'.repeat(LIMITS.titleLength);
    expect(trimTitle(title)).toBe(title);
  });

  it('a 5,000-character <title> is cut to the limit, and the background accepts it', () => {
    const title = `Privacy Policy ${'x'.repeat(5_000)}`;
    const sent = trimTitle(title);
    expect(sent).toHaveLength(LIMITS.titleLength);
    expect(sent.startsWith('Privacy Policy ')).toBe(true);
    expect(accepted('page/detected', { url: 'https://example.com/privacy', title, detection, policyLinks: [] }), 'untrimmed').toMatch(/title is longer than/);
    expect(accepted('page/detected', { url: 'https://example.com/privacy', title: sent, detection, policyLinks: [] })).toBe('accepted');
  });
});

describe('policy links', () => {
  it('a link text at the limit is kept; a 1,200-character one is cut to the limit and accepted', () => {
    const at = { href: 'https://shop.example/privacy', text: 'p'.repeat(LIMITS.linkTextLength) };
    const long = { href: 'https://shop.example/legal', text: `Privacy policy ${'and more '.repeat(132)}`.slice(0, 1_200) };
    const [kept, cut] = trimLinks([at, long]);
    expect(kept).toEqual(at);
    expect(cut?.text).toHaveLength(LIMITS.linkTextLength);
    expect(accepted('page/detected', { url: 'https://shop.example/', title: 'Shop', detection: { ...detection, isPolicy: false }, policyLinks: [at, long] }), 'untrimmed').toMatch(/text is longer than/);
    expect(accepted('page/detected', { url: 'https://shop.example/', title: 'Shop', detection: { ...detection, isPolicy: false }, policyLinks: trimLinks([at, long]) })).toBe('accepted');
  });

  it('no more links than the protocol takes', () => {
    const links = Array.from({ length: LIMITS.policyLinks + 3 }, (_, i) => ({ href: `https://a.example/${i}`, text: 'privacy' }));
    expect(trimLinks(links.slice(0, LIMITS.policyLinks))).toHaveLength(LIMITS.policyLinks);
    expect(trimLinks(links)).toHaveLength(LIMITS.policyLinks);
  });

  it('a link whose address is over the limit is left out; one at the limit is kept', () => {
    const base = 'https://a.example/';
    const at = { href: base + 'a'.repeat(LIMITS.urlLength - base.length), text: 'privacy' };
    const over = { href: base + 'a'.repeat(LIMITS.urlLength - base.length + 1), text: 'privacy' };
    expect(trimLinks([over, at])).toEqual([at]);
  });
});

describe('the page address', () => {
  const base = 'https://example.com/privacy';

  it('at the limit is sent as it is', () => {
    const url = `${base}?q=${'a'.repeat(LIMITS.urlLength - base.length - 3)}`;
    expect(url).toHaveLength(LIMITS.urlLength);
    expect(trimUrl(url)).toBe(url);
  });

  it('over the limit loses its fragment first, then its query, then is cut; always accepted', () => {
    const withHash = `${base}?q=1#${'h'.repeat(LIMITS.urlLength)}`;
    expect(trimUrl(withHash)).toBe(`${base}?q=1`);
    const withQuery = `${base}?q=${'a'.repeat(LIMITS.urlLength)}`;
    expect(trimUrl(withQuery)).toBe(base);
    const longPath = `https://example.com/${'p'.repeat(LIMITS.urlLength)}`;
    expect(trimUrl(longPath)).toHaveLength(LIMITS.urlLength);
    for (const url of [withHash, withQuery, longPath]) {
      expect(accepted('page/detected', { url: trimUrl(url), title: 'Privacy', detection, policyLinks: [] }), url.slice(0, 40)).toBe('accepted');
    }
  });
});

describe('the text and its blocks', () => {
  const paragraphs = (count: number, length: number): { text: string; blocks: Block[] } => {
    const parts: string[] = [];
    const blocks: Block[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      const part = 'w'.repeat(length);
      blocks.push({ kind: 'paragraph', start: at, end: at + length });
      parts.push(part);
      at += length + 2;
    }
    return { text: parts.join('\n\n'), blocks };
  };

  it('at the limits is sent whole, not marked as cut', () => {
    const text = 'a'.repeat(LIMITS.textLength);
    const sent = withinLimits(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(sent.cut).toBe(false);
    expect(sent.text).toBe(text);
    const many = paragraphs(LIMITS.blocks, 1);
    expect(withinLimits(many.text, many.blocks).cut).toBe(false);
  });

  it('one character over the length: its start, marked as cut, and the background accepts it', () => {
    const text = 'a'.repeat(LIMITS.textLength + 1);
    const sent = withinLimits(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(sent.cut).toBe(true);
    expect(sent.text).toHaveLength(LIMITS.textLength);
    expect(sent.blocks).toEqual([{ kind: 'paragraph', start: 0, end: LIMITS.textLength }]);
    expect(accepted('page/policy-text', { url: 'https://example.com/p', title: 'P', text, blocks: [], detection }), 'untrimmed').toMatch(/text is longer than/);
    expect(accepted('page/policy-text', { url: 'https://example.com/p', title: 'P', text: sent.text, blocks: sent.blocks, detection, cut: true })).toBe('accepted');
  });

  it('one block over the count: the text up to the last block that fits, offsets unchanged', () => {
    const many = paragraphs(LIMITS.blocks + 1, 3);
    const sent = withinLimits(many.text, many.blocks);
    expect(sent.cut).toBe(true);
    expect(sent.blocks).toHaveLength(LIMITS.blocks);
    expect(sent.blocks).toEqual(many.blocks.slice(0, LIMITS.blocks));
    expect(sent.text).toBe(many.text.slice(0, many.blocks[LIMITS.blocks - 1]?.end));
    expect(accepted('page/policy-text', { url: 'https://example.com/p', title: 'P', text: sent.text, blocks: sent.blocks, detection, cut: true })).toBe('accepted');
  });

  it('a block that runs past the cut is clipped to it', () => {
    const text = `${'a'.repeat(10)}\n\n${'b'.repeat(LIMITS.textLength)}`;
    const blocks: Block[] = [{ kind: 'heading', start: 0, end: 10 }, { kind: 'paragraph', start: 12, end: text.length }];
    const sent = withinLimits(text, blocks);
    expect(sent.blocks).toEqual([{ kind: 'heading', start: 0, end: 10 }, { kind: 'paragraph', start: 12, end: LIMITS.textLength }]);
    for (const b of sent.blocks) expect(b.end).toBeLessThanOrEqual(sent.text.length);
  });
});
