// Pages that are not a plain policy: an ordinary shop page (the popup offers its policy links,
// cleaned, opened in a new tab, and "Analyse this page anyway"), a policy page that is gone (a
// 404: not enough policy text to grade), and a hostile policy page whose text is full of markup
// (nothing in it may ever run or load).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, POPUP_SIZE, tabIdOf, tabState, waitFor, type ExtensionSession } from './support/extension.ts';
import { expectOnlyLocalRequests } from './support/network.ts';
import { isVisibleColour, markBackgrounds } from './support/policy-page.ts';
import { HOSTILE_IMG, serveSite, type Site } from './support/site.ts';

const SCREENSHOTS = 'docs/screenshots';

let site: Site;
let session: ExtensionSession;

beforeAll(async () => {
  site = await serveSite();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('a page that is not a policy', () => {
  it('the popup for /shop offers its "Privacy Policy" link', async () => {
    const page = await openTab(session, site.url('/shop'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('the shop page to be settled', () => tabState(session, tabId), (s) => s.kind !== 'unknown' && s.kind !== 'analysing', 30_000);
    expect(state.kind, 'the shop page is not a policy').toBe('not-policy');
    if (state.kind === 'not-policy') expect(state.url, 'the state is for the shop tab').toBe(site.url('/shop'));
    expect(isGrade(await badgeText(session, tabId)), 'no grade on the badge of a shop page').toBe(false);

    const popup = await openPopupFor(session, tabId);
    try {
      const row = popup.locator('.link-row', { hasText: 'Privacy Policy' }).first();
      await row.waitFor({ timeout: 30_000 });
      expect(await row.textContent(), 'the found link points at the policy page').toContain(site.url('/policy/conifer'));
      expect(await popup.getByRole('img', { name: /^Grade / }).count(), 'no grade is shown for a shop page').toBe(0);

      // "Open in a new tab": the policy opens beside the shop, which stays where it was.
      const opened = session.context.waitForEvent('page', { timeout: 20_000 });
      await row.getByRole('button', { name: /^Open .* in a new tab$/ }).click();
      const policy = await opened;
      await policy.waitForURL(site.url('/policy/conifer'), { timeout: 20_000 });
      expect(page.url(), 'the shop tab is still the shop').toBe(site.url('/shop'));
      await policy.close();
    } finally {
      if (!popup.isClosed()) await popup.close();
    }
  });

  it('lists each linked policy once, without tracking parameters', async () => {
    const page = await openTab(session, site.url('/links'));
    const tabId = await tabIdOf(session, page);
    await waitFor('the newsletter page to be settled', () => tabState(session, tabId), (s) => s.kind === 'not-policy', 30_000);
    const popup = await openPopupFor(session, tabId);
    try {
      await popup.locator('.link-row').first().waitFor({ timeout: 30_000 });
      const urls = await popup.locator('.link-url').allTextContents();
      expect(urls, 'two policies, each once, with no utm_, fbclid or gclid').toEqual([site.url('/policy/conifer'), site.url('/policy/county-micro?lang=en')]);
      await popup.screenshot({ path: `${SCREENSHOTS}/not-a-policy.png` });
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('"Analyse this page anyway" reads it, and says there is not enough policy text to grade', async () => {
    const page = await openTab(session, site.url('/shop#anyway'));
    const tabId = await tabIdOf(session, page);
    await waitFor('the shop page to be settled', () => tabState(session, tabId), (s) => s.kind === 'not-policy', 30_000);
    const popup = await openPopupFor(session, tabId);
    try {
      await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
      // The popup follows the tab's state as it is stored: no reload, no polling.
      await popup.locator('.state-title', { hasText: 'Not enough policy text to grade' }).waitFor({ timeout: 60_000 });
      expect(await popup.getByRole('img', { name: /^Grade / }).count(), 'no grade').toBe(0);
      expect(isGrade(await badgeText(session, tabId)), 'and none on the badge').toBe(false);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('a policy page that is gone (404)', () => {
  it('gets no grade: the popup says what it found, and shows it only when asked', async () => {
    const page = await openTab(session, site.url('/privacy-policy'));
    const tabId = await tabIdOf(session, page);
    const settled = await waitFor('the 404 page to be settled', () => tabState(session, tabId), (s) => s.kind === 'ready' || s.kind === 'not-policy', 60_000);
    const popup = await openPopupFor(session, tabId, POPUP_SIZE);
    try {
      // Detection may already turn it away; asked to read it anyway, it still gets no grade.
      if (settled.kind === 'not-policy') await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
      await popup.locator('.state-title', { hasText: 'Not enough policy text to grade' }).waitFor({ timeout: 60_000 });
      const state = await tabState(session, tabId);
      expect(state.kind === 'ready' && state.analysis.rating.grade, 'the analysis has no grade').toBeNull();
      expect(isGrade(await badgeText(session, tabId)), 'no grade on the badge').toBe(false);
      expect(await popup.getByRole('img', { name: /^Grade / }).count(), 'no grade in the popup').toBe(0);
      expect(await popup.locator('.grade-sure').textContent(), 'what was found, in numbers').toMatch(/^This page has \d+ sentences?; \d+ of them says? what happens to your data\.$/);
      expect(await popup.locator('.answers').count(), 'no summary until asked').toBe(0);
      await popup.screenshot({ path: `${SCREENSHOTS}/not-graded.png` });
      await popup.getByRole('button', { name: 'Show what was found anyway' }).click();
      expect(await popup.getByText('Not graded: these answers rest on very little text.').count(), 'shown, and labelled as ungraded').toBe(1);
      expect(await popup.locator('.answers-first .answer').count(), 'the answers, when asked').toBe(5);
    } finally {
      await popup.close();
      await page.close();
    }
  });
});

describe('a hostile policy page', () => {
  let page: Page;
  let popup: Page;
  let tabId: number;
  const dialogs: string[] = [];

  beforeAll(async () => {
    page = await session.context.newPage();
    page.on('dialog', (d) => dialogs.push(`page: ${d.message()}`));
    await page.goto(site.url('/hostile'), { waitUntil: 'load' });
    tabId = await tabIdOf(session, page);
  });

  it('is read and graded like any policy, despite its CSP', async () => {
    const grade = await waitFor('the badge of /hostile to show a grade', () => badgeText(session, tabId), isGrade, 90_000);
    expect(grade, 'the hostile policy gets a grade').toMatch(/^[A-E]$/);
    const state = await tabState(session, tabId);
    expect(state.kind === 'ready' && state.url, 'the ready state is for the hostile tab').toBe(site.url('/hostile'));
  });

  it('the payload stays text in the page and in the popup, and never runs', async () => {
    const textBefore = await page.evaluate(() => document.body.innerText);
    expect(textBefore, 'the page shows the payload as text').toContain(HOSTILE_IMG);

    popup = await openPopupFor(session, tabId);
    popup.on('dialog', (d) => dialogs.push(`popup: ${d.message()}`));
    await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
    // Open every point and reason, so every quoted sentence is rendered.
    const closed = popup.locator('button[aria-expanded="false"]');
    for (let n = 0; n < 100 && (await closed.count()) > 0; n++) await closed.first().click();
    expect(await closed.count(), 'every point and reason is open').toBe(0);
    const quoted = await popup.locator('.evidence-text, blockquote.evidence').allTextContents();
    expect(quoted.filter((q) => q.includes(HOSTILE_IMG)), 'the popup quotes a sentence with the payload, as text').not.toHaveLength(0);
    expect(await popup.locator('img[src="x"]').count(), 'no <img src=x> was created in the popup').toBe(0);
    expect(await popup.locator('script:not([src]), svg[onload], [onerror]').count(), 'no markup from the policy in the popup').toBe(0);
    expect(await page.locator('img[src="x"], [onerror], svg[onload]').count(), 'no markup from the policy in the page').toBe(0);

    // Highlighting rewrites the page's text nodes: the payload must survive that as text too.
    const toggle = popup.getByRole('switch');
    await toggle.click();
    await waitFor('marks in the hostile page', () => page.locator('mark[data-policylens]').count(), (n) => n > 0, 20_000);
    expect(await page.locator('img[src="x"], [onerror], svg[onload]').count(), 'highlighting created no element from the text').toBe(0);
    const colours = await markBackgrounds(page);
    expect(colours.filter((c) => !isVisibleColour(c)), "marks are coloured despite the page's style-src CSP").toEqual([]);
    await toggle.click();
    await waitFor('marks to go from the hostile page', () => page.locator('mark[data-policylens]').count(), (n) => n === 0, 20_000);
    expect(await page.evaluate(() => document.body.innerText), 'the hostile page reads as before').toBe(textBefore);

    await page.waitForTimeout(500);
    expect(dialogs, 'no alert, confirm or prompt opened anywhere').toEqual([]);
    expect(session.dialogs, 'no dialog in any page of the browser').toEqual([]);
    await popup.close();
  });
});

describe('network', () => {
  it('every request (pages, popup, service worker) stayed on 127.0.0.1 or inside the extension', async () => {
    await expectOnlyLocalRequests(session, site);
  });
});

describe('errors', () => {
  it('the extension logged no error and threw none', () => {
    expect(session.errors, 'console.error and uncaught errors from the extension').toEqual([]);
  });
});
