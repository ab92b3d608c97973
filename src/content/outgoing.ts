// What the content script sends, trimmed to the protocol's limits (shared/limits.ts) so the
// background never has a reason to refuse it: a page's <title> can be thousands of characters,
// a "privacy" link's text a whole paragraph, its URL a query string of tracking data, its text
// longer than any policy. Pure (no DOM), so the limits are tested on both sides in Node.
import type { Block } from '../engine/types.ts';
import { LIMITS } from '../shared/limits.ts';
import type { PolicyLink } from '../shared/protocol.ts';

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** Where to end a string cut at `max` code units: never between the halves of a surrogate pair. */
function safeEnd(s: string, max: number): number {
  return max > 0 && isHighSurrogate(s.charCodeAt(max - 1)) ? max - 1 : max;
}

/** `s` within `max` code units: as it is when it fits, else its start and "…". */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, safeEnd(s, max - 1))}…`;
}

export const trimTitle = (title: string): string => clip(title, LIMITS.titleLength);

/** The page's address within the limit: without its #fragment, then its query, then cut. It
 *  stays an absolute http(s) URL of the same page. */
export function trimUrl(href: string): string {
  if (href.length <= LIMITS.urlLength) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.slice(0, safeEnd(href, LIMITS.urlLength));
  }
  url.hash = '';
  if (url.href.length <= LIMITS.urlLength) return url.href;
  url.search = '';
  if (url.href.length <= LIMITS.urlLength) return url.href;
  return url.href.slice(0, safeEnd(url.href, LIMITS.urlLength));
}

/** Links within the limits: a link whose address is too long is left out (half an address leads
 *  nowhere), texts are clipped, and no more links than the protocol takes. */
export function trimLinks(links: readonly PolicyLink[]): PolicyLink[] {
  return links
    .filter((link) => link.href.length <= LIMITS.urlLength)
    .slice(0, LIMITS.policyLinks)
    .map((link) => ({ href: link.href, text: clip(link.text, LIMITS.linkTextLength) }));
}

export interface Sendable {
  text: string;
  blocks: Block[];
  /** True when the text (or its block list) was longer than the protocol takes and was cut. */
  cut: boolean;
}

/** The page's text and blocks within the limits: beyond LIMITS.textLength characters or
 *  LIMITS.blocks blocks, the start of the text, its blocks clipped to it. Offsets are unchanged,
 *  so what the worker analyses still maps back onto the page. */
export function withinLimits(text: string, blocks: readonly Block[]): Sendable {
  if (text.length <= LIMITS.textLength && blocks.length <= LIMITS.blocks) return { text, blocks: [...blocks], cut: false };
  let end = Math.min(text.length, LIMITS.textLength);
  const lastBlock = blocks[LIMITS.blocks - 1];
  if (blocks.length > LIMITS.blocks && lastBlock) end = Math.min(end, lastBlock.end);
  end = safeEnd(text, end);
  const kept = blocks
    .slice(0, LIMITS.blocks)
    .filter((b) => b.start < end)
    .map((b) => (b.end <= end ? b : { ...b, end }));
  return { text: text.slice(0, end), blocks: kept, cut: true };
}
