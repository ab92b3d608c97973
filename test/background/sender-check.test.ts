// Who may send what: page/* only from our content script in a tab's top frame, popup/* only from
// our extension pages, content/* never to the background.
import './support/browser.ts';
import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { checkSender } from '../../src/background/sender-check.ts';
import { contentScript, otherExtension, popup, subframe } from './support/senders.ts';

describe('checkSender', () => {
  it('lets our content script in a top frame send page/* and names its tab', () => {
    expect(checkSender('page/policy-text', contentScript(7))).toEqual({ ok: true, tabId: 7 });
    expect(checkSender('page/failed', contentScript(7))).toEqual({ ok: true, tabId: 7 });
  });

  it('lets our extension pages send popup/*', () => {
    expect(checkSender('popup/get-state', popup)).toEqual({ ok: true, tabId: undefined });
  });

  const refused: [string, Parameters<typeof checkSender>, RegExp][] = [
    ['page/* from another extension', ['page/detected', { ...contentScript(7), id: 'someone-else' }], /sender is not this extension/],
    ['popup/* from another extension', ['popup/library-list', otherExtension], /sender is not this extension/],
    ['page/* from a subframe', ['page/policy-text', subframe(7)], /not from the tab's top frame/],
    ['page/* without a tab (the popup)', ['page/detected', popup], /only a content script in a tab/],
    ['page/* from a tab id of -1 (TAB_ID_NONE)', ['page/detected', { ...contentScript(7), tab: { ...contentScript(7).tab, id: -1 } as Tabs.Tab }], /only a content script in a tab/],
    ['popup/* from a content script (a web page)', ['popup/library-delete', contentScript(7)], /only an extension page may send this/],
    ['content/* to the background', ['content/scroll-to', popup], /not a message for the background/],
  ];
  for (const [name, args, error] of refused) {
    it(`refuses ${name}`, () => {
      const result = checkSender(...args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    });
  }
});
