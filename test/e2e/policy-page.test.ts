// The built extension in real Chromium on the seed policies: the page is detected and read, the
// badge shows the grade, the popup (as a page and as the real toolbar popup) shows the grade and
// concrete facts, highlights come and go without changing the page, evidence scrolls the page,
// and nothing is fetched from anywhere but the loopback site.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  isGrade,
  launchWithExtension,
  openPopupFor,
  openTab,
  tabIdOf,
  tabState,
  waitFor,
  type ExtensionSession,
} from './support/extension.ts';
import { openActionPopup } from './support/action-popup.ts';
import { expectOnlyLocalRequests } from './support/network.ts';
import { inView, isVisibleColour, locateText, markBackgrounds } from './support/policy-page.ts';
import { PROVIDERS, serveSite, type Site } from './support/site.ts';

const ARTIFACTS = 'test-artifacts';
const SCREENSHOTS = 'docs/screenshots';

/** A concrete fact each seed's summary must state (seeds/*.txt say it in so many words). */
const FACTS: { seed: string; fact: RegExp }[] = [
  { seed: 'conifer', fact: /24 months/ },
  { seed: 'county-micro', fact: /privacy@countymicro\.com/ },
  { seed: 'fusion-connect', fact: /California|CCPA/ },
];

let site: Site;
let session: ExtensionSession;
const opened = new Map<string, { page: Page; tabId: number; grade: string }>();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveSite();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

/** Opens a seed's policy page once and waits for the badge to show a grade letter. */
async function policyTab(seed: string): Promise<{ page: Page; tabId: number; grade: string }> {
  const known = opened.get(seed);
  if (known) return known;
  const page = await openTab(session, site.url(`/policy/${seed}`));
  const tabId = await tabIdOf(session, page);
  const grade = await waitFor(`the badge of /policy/${seed} to show a grade`, () => badgeText(session, tabId), isGrade, 90_000);
  const tab = { page, tabId, grade };
  opened.set(seed, tab);
  return tab;
}

/** The popup page for a tab, once it shows the grade. */
async function readyPopup(tabId: number): Promise<Page> {
  const popup = await openPopupFor(session, tabId);
  await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
  return popup;
}

describe('detection and badge', () => {
  it.each(PROVIDERS.map((p) => p.id))('%s: the badge shows the grade the analysis gave', async (seed) => {
    const { tabId, grade } = await policyTab(seed);
    expect(grade, 'badge text is one grade letter').toMatch(/^[A-E]$/);
    const state = await tabState(session, tabId);
    expect(state.kind, 'the background holds a finished analysis for the tab').toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.url, 'the state is for the page that was opened').toBe(site.url(`/policy/${seed}`));
    expect(state.analysis.rating.grade, "the badge letter is the analysis's grade").toBe(grade);
  });
});

describe('popup opened as a page with ?tabId', () => {
  it.each(FACTS)('$seed: shows the grade and a summary point with "$fact"', async ({ seed, fact }) => {
    const { tabId, grade } = await policyTab(seed);
    const popup = await readyPopup(tabId);
    try {
      const badge = popup.getByRole('img', { name: /^Grade [A-E]$/ });
      expect(await badge.textContent(), 'the popup shows the same grade letter as the badge').toBe(grade);
      const points = await popup.locator('.question .item-text').allTextContents();
      expect(points.length, 'the summary lists points').toBeGreaterThan(3);
      expect(points.filter((p) => fact.test(p)), `a summary point states ${fact}`).not.toHaveLength(0);
      const path = `${ARTIFACTS}/popup-${seed}.png`;
      await popup.screenshot({ path, fullPage: true });
      // For the docs, the popup as it opens (its first screenful), not the whole scrolled list.
      if (seed === 'conifer') await popup.screenshot({ path: `${SCREENSHOTS}/popup.png` });
    } finally {
      await popup.close();
    }
  });
});

describe('the real toolbar popup', () => {
  it('chrome.action.openPopup() on the policy tab shows its grade', async () => {
    const { page, grade } = await policyTab('conifer');
    await page.bringToFront();
    const popup = await openActionPopup(session);
    try {
      expect(popup.url, 'the toolbar popup is opened without ?tabId (it finds the active tab)').not.toContain('tabId');
      const shown = await waitFor(
        'the toolbar popup to show a grade',
        () => popup.evaluate<string | null>(`document.querySelector('[role="img"][aria-label^="Grade "]')?.textContent ?? null`),
        (g) => g !== null,
        60_000,
      );
      expect(shown, 'the toolbar popup shows the active tab’s grade').toBe(grade);
    } finally {
      await popup.close();
    }
  });
});

describe('highlights', () => {
  it('the switch marks sentences in the page, keeps links working, and removes every mark again', async () => {
    const { page, tabId } = await policyTab('county-micro');
    await page.bringToFront();
    const textBefore = await page.evaluate(() => document.body.innerText);
    const linksBefore = await page.locator('a[href^="mailto:"]').count();
    expect(await page.locator('mark[data-policylens]').count(), 'no highlights before the switch is used').toBe(0);

    const popup = await readyPopup(tabId);
    try {
      const toggle = popup.getByRole('switch');
      await toggle.click();
      await waitFor('the switch to turn on', () => toggle.getAttribute('aria-checked'), (v) => v === 'true', 10_000);
      const marks = await waitFor('marks in the page', () => page.locator('mark[data-policylens]').count(), (n) => n > 0, 20_000);
      expect(marks, 'highlighting puts mark[data-policylens] elements in the page').toBeGreaterThan(0);
      expect(await page.locator('a[href^="mailto:"]').count(), 'every link is still in the page').toBe(linksBefore);
      const colours = await markBackgrounds(page);
      expect(colours.filter((c) => !isVisibleColour(c)), 'every mark has a visible background').toEqual([]);

      // A link inside a highlighted sentence still takes the click.
      const link = page.locator('mark[data-policylens] a[href^="mailto:"], a[href^="mailto:"]:has(mark[data-policylens])').first();
      expect(await link.count(), 'a link sits inside a highlighted sentence (the contact sentence)').toBe(1);
      await page.evaluate(() => {
        document.addEventListener('click', (e) => {
          const a = (e.target as Element).closest('a');
          (window as unknown as { clickedHref?: string }).clickedHref = a?.getAttribute('href') ?? 'none';
          e.preventDefault();
        }, { capture: true, once: true });
      });
      await link.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/highlights.png` });
      await link.click();
      expect(await page.evaluate(() => (window as unknown as { clickedHref?: string }).clickedHref), 'the click reaches the link').toMatch(/^mailto:/);

      await toggle.click();
      await waitFor('the switch to turn off', () => toggle.getAttribute('aria-checked'), (v) => v === 'false', 10_000);
      await waitFor('marks to go', () => page.locator('mark[data-policylens]').count(), (n) => n === 0, 20_000);
      expect(await page.locator('mark[data-policylens]').count(), 'switching off leaves no mark').toBe(0);
      expect(await page.evaluate(() => document.body.innerText), 'the page text is exactly as before').toBe(textBefore);
    } finally {
      await popup.close();
    }
  });
});

describe('evidence', () => {
  it('clicking an evidence sentence scrolls the page to it', async () => {
    const { page, tabId } = await policyTab('conifer');
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const needle = 'retain it in for up to twenty-four (24) months';
    expect(inView(await locateText(page, needle)), 'the retention sentence starts out of view').toBe(false);

    const popup = await readyPopup(tabId);
    try {
      const point = popup.locator('.question .item-toggle', { hasText: '24 months' }).first();
      await point.click();
      expect(await point.getAttribute('aria-expanded'), 'the point opens').toBe('true');
      const evidence = popup.locator('.evidence-button', { hasText: 'twenty-four (24) months' }).first();
      expect(await evidence.count(), 'the retention sentence is quoted as evidence').toBe(1);
      await evidence.click();
      const after = await waitFor('the page to scroll', () => locateText(page, needle), (box) => box.scrollY > 0 && inView(box), 20_000);
      expect(after.scrollY, 'the page scrolled').toBeGreaterThan(0);
      expect(inView(after), 'the quoted sentence is in view').toBe(true);
    } finally {
      await popup.close();
    }
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
