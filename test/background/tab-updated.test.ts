// A tab's state belongs to the page it was computed for: a navigation to another page resets
// it (and the badge); following the policy's table of contents (#cookies) does not.
import { fake } from './support/browser.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { popupGetState } from '../../src/background/handlers/popup-get-state.ts';
import { tabStates } from '../../src/background/session.ts';
import { onTabUpdated } from '../../src/background/tab-updated.ts';
import type { Tabs } from 'webextension-polyfill';

const PAGE = 'https://shop.example/privacy';
const tab = (id: number, url?: string): Tabs.Tab => ({ id, index: 0, highlighted: true, active: true, pinned: false, incognito: false, ...(url ? { url } : {}) });

beforeEach(async () => {
  fake.reset();
  await tabStates.set(1, { kind: 'not-policy', url: PAGE, policyLinks: [] });
  fake.badges.set(1, { text: 'B' });
});

describe('onTabUpdated', () => {
  it('loading another page: the state and the badge are reset', async () => {
    await onTabUpdated(1, { status: 'loading', url: 'https://shop.example/cart' }, tab(1, 'https://shop.example/cart'));
    expect(await popupGetState({ tabId: 1 })).toEqual({ kind: 'unknown' });
    expect(fake.badges.get(1)?.text).toBe('');
  });

  it('a #fragment of the same page keeps the state', async () => {
    await onTabUpdated(1, { status: 'loading', url: `${PAGE}#cookies` }, tab(1, `${PAGE}#cookies`));
    expect((await popupGetState({ tabId: 1 })).kind).toBe('not-policy');
    expect(fake.badges.get(1)?.text).toBe('B');
  });

  it('a hash route (#/settings) is another page', async () => {
    await onTabUpdated(1, { status: 'loading', url: `${PAGE}#/settings` }, tab(1, `${PAGE}#/settings`));
    expect(await popupGetState({ tabId: 1 })).toEqual({ kind: 'unknown' });
  });

  it('no URL known (no tabs permission): reset on complete when no content script answers', async () => {
    await onTabUpdated(1, { status: 'complete' }, tab(1));
    expect(await popupGetState({ tabId: 1 })).toEqual({ kind: 'unknown' });
  });

  it('other updates (a title, a favicon) leave the state alone', async () => {
    await onTabUpdated(1, { title: 'Cart' }, tab(1, PAGE));
    await onTabUpdated(1, { status: 'complete', url: 'https://shop.example/cart' }, tab(1, 'https://shop.example/cart'));
    expect((await popupGetState({ tabId: 1 })).kind).toBe('not-policy');
  });
});
