// Helpers that read a policy page the way a person sees it: where a sentence is, what is in view.
import type { Page } from 'playwright-core';

export interface TextBox {
  found: boolean;
  top: number;
  bottom: number;
  viewportHeight: number;
  scrollY: number;
}

/** Where the first occurrence of `needle` in the page's text is, relative to the viewport. */
export function locateText(page: Page, needle: string): Promise<TextBox> {
  return page.evaluate((n) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // The needle may span several text nodes once highlights split them: join and map back.
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += node.nodeValue ?? '';
    }
    const at = all.indexOf(n);
    const none = { found: false, top: 0, bottom: 0, viewportHeight: innerHeight, scrollY };
    if (at < 0) return none;
    let offset = 0;
    const range = document.createRange();
    let started = false;
    for (const node of nodes) {
      const len = node.length;
      if (!started && at < offset + len) {
        range.setStart(node, at - offset);
        started = true;
      }
      if (started && at + n.length <= offset + len) {
        range.setEnd(node, at + n.length - offset);
        break;
      }
      offset += len;
    }
    const rect = range.getBoundingClientRect();
    return { found: true, top: rect.top, bottom: rect.bottom, viewportHeight: innerHeight, scrollY };
  }, needle);
}

/** True when some of the box is inside the viewport. */
export const inView = (box: TextBox): boolean => box.found && box.bottom > 0 && box.top < box.viewportHeight;

/** The computed background colours of the highlight marks, one entry per distinct colour. */
export function markBackgrounds(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...new Set([...document.querySelectorAll('mark[data-policylens]')].map((m) => getComputedStyle(m).backgroundColor)),
  ]);
}

/** A colour the eye can see: not fully transparent. */
export const isVisibleColour = (colour: string): boolean => colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
