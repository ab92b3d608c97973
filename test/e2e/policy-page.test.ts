// The built extension in real Chromium on the seed policies: the page is detected and read, the
// badge shows the grade (and says what it means), the popup's first screen at the toolbar popup's
// 380 × 600 gives the grade and the five answers, highlights reflect the page and stay out of the
// tab order, evidence scrolls the page, the summary and a report of a wrong statement come out
// as expected, and nothing is fetched from anywhere but the loopback site.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEME_VERSION } from '../../src/engine/rating/index.ts';
import type { Analysis } from '../../src/engine/types.ts';
import { reportText } from '../../src/popup/report/report-text.ts';
import { summaryForCopy, summaryMarkdown } from '../../src/popup/share/summary-text.ts';
import {
  badgeText,
  captureClipboard,
  DIST,
  isGrade,
  launchWithExtension,
  openPopupFor,
  openTab,
  POPUP_SIZE,
  tabIdOf,
  tabState,
  waitFor,
  type ExtensionSession,
} from './support/extension.ts';
import { openActionPopup } from './support/action-popup.ts';
import type { InExtension } from './support/in-extension.ts';
import { expectOnlyLocalPopupRequests, expectOnlyLocalRequests } from './support/network.ts';
import { inView, isVisibleColour, locateText, markBackgrounds } from './support/policy-page.ts';
import { PROVIDERS, serveSite, type Site } from './support/site.ts';

const ARTIFACTS = 'test-artifacts';
const SCREENSHOTS = 'docs/screenshots';
/** The first screen's answers, in order. */
const FIVE = ['What they collect', 'Who gets it', 'Whether they sell it', 'How long they keep it', 'What you can do'];

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
async function readyPopup(tabId: number, size?: { width: number; height: number }): Promise<Page> {
  const popup = await openPopupFor(session, tabId, size);
  await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
  return popup;
}

async function readyState(tabId: number): Promise<{ analysis: Analysis; title: string; url: string }> {
  const state = await tabState(session, tabId);
  if (state.kind !== 'ready') throw new Error(`tab ${tabId} is ${state.kind}, not ready`);
  return state;
}

/** Opens every answer row (the first screen's and the others). */
async function openAllRows(popup: Page): Promise<void> {
  const closed = popup.locator('.answer-toggle[aria-expanded="false"]');
  for (let n = 0; n < 30 && (await closed.count()) > 0; n++) await closed.first().click();
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

  it('the badge title says what the letter and "!" mean', async () => {
    const { tabId, grade } = await policyTab('conifer');
    const sw = await session.serviceWorker();
    const title = await sw.evaluate((id) => (globalThis as unknown as InExtension).chrome.action.getTitle({ tabId: id }), tabId);
    expect(title, 'names the grade').toContain(`grade ${grade}`);
    expect(title, 'explains the scale').toContain('A best, E worst');
    expect(title, 'explains "!"').toContain('"!" after the letter means the policy changed since you saved it');
  });

  it('the keyboard shortcut opens the popup (manifest commands: _execute_action)', async () => {
    const sw = await session.serviceWorker();
    const { declared, commands } = await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as InExtension;
      return { declared: chrome.runtime.getManifest().commands, commands: await chrome.commands.getAll() };
    });
    expect(declared?.['_execute_action']?.suggested_key?.default, 'suggested shortcut').toBe('Alt+Shift+L');
    const action = commands.find((c) => c.name === '_execute_action');
    expect(action, 'the browser registered the command').toBeDefined();
    expect(action?.shortcut, 'and its shortcut').toBe('Alt+Shift+L');
  });
});

describe('the first screen, at the toolbar popup’s 380 × 600', () => {
  it('shows the grade with what it means, the policy date, and the five answers, all within the window', async () => {
    const { tabId, grade } = await policyTab('conifer');
    const popup = await readyPopup(tabId, POPUP_SIZE);
    try {
      const within = async (what: string, locator: Locator): Promise<void> => {
        const box = await locator.boundingBox();
        expect(box, `${what} is rendered`).not.toBeNull();
        if (!box) return;
        expect(box.y, `${what}: top inside the window`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${what}: bottom inside the 600 px window (at ${Math.round(box.y + box.height)})`).toBeLessThanOrEqual(POPUP_SIZE.height);
        expect(box.x + box.width, `${what}: inside the 380 px width`).toBeLessThanOrEqual(POPUP_SIZE.width);
      };
      const badge = popup.getByRole('img', { name: /^Grade [A-E]$/ });
      expect(await badge.textContent(), 'the same grade letter as the badge').toBe(grade);
      await within('the grade', badge);
      await within('what the grade means', popup.locator('.grade-meaning'));
      expect((await popup.locator('.grade-meaning').textContent())?.length ?? 0, 'one line of meaning').toBeGreaterThan(10);
      expect(await popup.locator('.grade-sure').textContent(), 'how sure, in words').toMatch(/^Based on \d+% of what the grade weighs; the rest the policy doesn't say\.$/);
      const meta = popup.locator('.policy-meta-line');
      await within('the policy date line', meta);
      expect(await meta.textContent(), 'the policy’s own date and where it was read').toMatch(/Policy dated 8 Jun 2018 · analysed on your device/);
      const rows = popup.locator('.answers-first > .answer');
      expect(await rows.locator('.answer-question').allTextContents(), 'the five questions, in order').toEqual(FIVE);
      for (let i = 0; i < FIVE.length; i++) {
        const row = rows.nth(i).locator('.answer-toggle');
        await within(`the answer "${FIVE[i]}"`, row);
        expect((await row.locator('.answer-line').textContent())?.trim().length ?? 0, `${FIVE[i]} has its one-line answer`).toBeGreaterThan(5);
      }
      expect(await popup.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(POPUP_SIZE.width);
      await popup.screenshot({ path: `${SCREENSHOTS}/popup.png` });

      // Opening the grade's explanation: the scale, what moved it, how sure.
      await popup.getByRole('button', { name: `What does ${grade} mean?` }).click();
      const explainer = popup.getByRole('region', { name: 'About this grade' });
      expect(await explainer.locator('.grade-scale li').count(), 'A to E explained').toBe(5);
      const moved = await explainer.locator('.grade-moved li').allTextContents();
      expect(moved.length, 'three to five reasons moved it most').toBeGreaterThanOrEqual(3);
      expect(moved.length).toBeLessThanOrEqual(5);
      expect(await explainer.textContent(), 'how sure, in words').toMatch(/answers \d+% of what the grade weighs/);
      await popup.screenshot({ path: `${ARTIFACTS}/popup-grade-explained.png`, fullPage: true });
    } finally {
      await popup.close();
    }
  });

  it.each(FACTS)('$seed: an answer states "$fact", with the sentences it rests on', async ({ seed, fact }) => {
    const { tabId } = await policyTab(seed);
    const popup = await readyPopup(tabId);
    try {
      await openAllRows(popup);
      const points = await popup.locator('.answer-point-text').allTextContents();
      expect(points.length, 'the answers open to their summary lines').toBeGreaterThan(5);
      expect(points.filter((p) => fact.test(p)), `a summary line states ${fact}`).not.toHaveLength(0);
      expect(await popup.locator('.evidence-button .evidence-hint').first().textContent(), 'each quotes its sentences, to show in the page').toBe('Show in page');
      expect(await popup.locator('body').textContent(), 'no raw category label anywhere').not.toMatch(/Third Party Sharing\/Collection|First Party Collection\/Use/);
      await popup.screenshot({ path: `${ARTIFACTS}/popup-${seed}.png`, fullPage: true });
    } finally {
      await popup.close();
    }
  });
});

describe('the real toolbar popup', () => {
  it('chrome.action.openPopup() on the policy tab shows its grade and the five answers', async () => {
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
      const questions = await popup.evaluate<string[]>(`[...document.querySelectorAll('.answers-first .answer-question')].map((e) => e.textContent)`);
      expect(questions, 'and the five answers').toEqual(FIVE);
      // The page lays out at the popup's 380 px. (The window around it is Chrome's to size, and
      // headless Chromium does not always grow it to its content: 298 px was seen in this suite,
      // 395 px alone. Its width is not asserted.)
      expect(await popup.evaluate<number>(`document.querySelector('.popup').getBoundingClientRect().width`), 'the popup is 380 px wide').toBe(380);
    } finally {
      await popup.close();
    }
  });

  it('a whole load of the toolbar popup requests nothing beyond the device', async () => {
    const { page, grade } = await policyTab('conifer');
    await page.bringToFront();
    const popup = await openActionPopup(session);
    try {
      const requests = await popup.recordRequests();
      const shown = await waitFor(
        'the reloaded toolbar popup to show a grade',
        () => popup.evaluate<string | null>(`document.querySelector('[role="img"][aria-label^="Grade "]')?.textContent ?? null`),
        (g) => g !== null,
        60_000,
      );
      expect(shown, 'the reloaded popup still shows the active tab’s grade').toBe(grade);
      await expectOnlyLocalPopupRequests(popup, requests, site);
    } finally {
      await popup.close();
    }
  });
});

describe('highlights', () => {
  it('colour practice sentences only, keep links working, are no tab stops, and the switch shows them on reopening', async () => {
    const { page, tabId } = await policyTab('county-micro');
    await page.bringToFront();
    const textBefore = await page.evaluate(() => document.body.innerText);
    const linksBefore = await page.locator('a[href^="mailto:"]').count();
    expect(await page.locator('mark[data-policylens]').count(), 'no highlights before the switch is used').toBe(0);

    let popup = await readyPopup(tabId);
    let toggle = popup.getByRole('switch');
    await waitFor('the switch to know the page', () => toggle.isDisabled(), (d) => !d, 10_000);
    expect(await toggle.getAttribute('aria-checked'), 'off: the page shows no highlights').toBe('false');
    await toggle.click();
    await waitFor('the switch to turn on', () => toggle.getAttribute('aria-checked'), (v) => v === 'true', 10_000);
    const marks = await waitFor('marks in the page', () => page.locator('mark[data-policylens="highlight"]').count(), (n) => n > 0, 20_000);
    expect(marks, 'highlighting puts mark elements in the page').toBeGreaterThan(0);
    await popup.close();

    // Reopened: the switch says what the page shows, and one click clears it.
    popup = await readyPopup(tabId);
    toggle = popup.getByRole('switch');
    await waitFor('the reopened switch to show the page’s highlights', () => toggle.getAttribute('aria-checked'), (v) => v === 'true', 10_000);

    expect(await page.locator('a[href^="mailto:"]').count(), 'every link is still in the page').toBe(linksBefore);
    expect((await markBackgrounds(page)).filter((c) => !isVisibleColour(c)), 'every mark has a visible background').toEqual([]);
    const where = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('mark[data-policylens="highlight"]')];
      return {
        focusable: marks.filter((m) => m.tabIndex >= 0 || m.hasAttribute('tabindex')).length,
        inHeadingsOrChrome: marks.filter((m) => m.closest('h1, h2, h3, h4, nav, header, footer')).length,
        sentences: new Set(marks.map((m) => m.dataset['policylensSentence'])).size,
        tags: document.querySelectorAll('[data-policylens="tag"]').length,
        headings: document.querySelectorAll('h2').length,
      };
    });
    expect(where.focusable, 'no mark is focusable').toBe(0);
    expect(where.inHeadingsOrChrome, 'no heading, navigation or footer is coloured').toBe(0);
    expect(where.tags, 'a legend word marks where a category starts').toBeGreaterThan(0);
    expect(where.tags, 'but not every sentence').toBeLessThan(where.sentences);
    // Tab through the page: focus never lands on a highlight.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('mark[data-policylens]') !== null), `Tab ${i + 1} does not stop on a mark`).toBe(false);
    }

    // A link inside a highlighted sentence still takes the click; the tooltip says what it means.
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
    const practice = page.locator('mark[data-policylens="highlight"]').filter({ hasText: /share|disclose/i }).first();
    await practice.scrollIntoViewIfNeeded();
    await practice.hover();
    await waitFor('the tooltip to open', () => page.evaluate(() => document.querySelector<HTMLElement>('[data-policylens="tooltip"]')?.style.display), (d) => d === 'block', 10_000);
    await page.screenshot({ path: `${SCREENSHOTS}/highlights.png` });
    await link.click();
    expect(await page.evaluate(() => (window as unknown as { clickedHref?: string }).clickedHref), 'the click reaches the link').toMatch(/^mailto:/);

    await toggle.click();
    await waitFor('the switch to turn off', () => toggle.getAttribute('aria-checked'), (v) => v === 'false', 10_000);
    await waitFor('marks to go', () => page.locator('mark[data-policylens], [data-policylens="tag"]').count(), (n) => n === 0, 20_000);
    expect(await page.evaluate(() => document.body.innerText), 'the page text is exactly as before').toBe(textBefore);
    await popup.close();
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
      const row = popup.locator('.answer-toggle', { hasText: 'How long they keep it' });
      await row.click();
      expect(await row.getAttribute('aria-expanded'), 'the answer opens').toBe('true');
      const evidence = popup.locator('.evidence-button', { hasText: 'twenty-four (24) months' }).first();
      expect(await evidence.count(), 'the retention sentence is quoted as evidence').toBe(1);
      await evidence.click();
      const after = await waitFor('the page to scroll', () => locateText(page, needle), (box) => box.scrollY > 0 && inView(box), 20_000);
      expect(after.scrollY, 'the page scrolled').toBeGreaterThan(0);
      expect(inView(after), 'the quoted sentence is in view').toBe(true);
      // The flash starts once the scrolling has ended, so the eye sees it arrive.
      await waitFor('the sentence to flash', () => page.locator('mark[data-policylens="flash"]').count(), (n) => n > 0, 10_000);
    } finally {
      await popup.close();
    }
  });
});

describe('copying, downloading and reporting', () => {
  it('"Copy summary" copies the summary and "Download as Markdown" saves the report with its quotes', async () => {
    const { tabId } = await policyTab('conifer');
    const { analysis, title } = await readyState(tabId);
    const popup = await readyPopup(tabId);
    try {
      const copied = await captureClipboard(popup);
      await popup.getByRole('button', { name: 'Copy summary' }).click();
      await popup.getByText('Summary copied.').waitFor({ timeout: 10_000 });
      const text = await copied();
      expect(text, 'the summary as text').toBe(summaryForCopy(analysis, title));
      expect(text, 'it names the policy and the grade').toMatch(/^Conifer Communications Privacy Policy: privacy summary by PolicyLens\nGrade [A-E] \(A best, E worst\)/);
      expect(text, 'and says the concrete facts').toContain('Keeps call records for up to 24 months.');

      const download = popup.waitForEvent('download', { timeout: 20_000 });
      await popup.getByRole('button', { name: 'Download as Markdown' }).click();
      const file = await download;
      expect(file.suggestedFilename(), 'a Markdown file named after the policy').toBe('conifer-communications-privacy-policy-policylens.md');
      expect(readFileSync(await file.path(), 'utf8'), 'the engine’s Markdown report').toBe(summaryMarkdown(analysis, title));
    } finally {
      await popup.close();
    }
  });

  it('"Report a wrong statement" writes the sentence, our claim and what the person says is right', async () => {
    const { tabId } = await policyTab('conifer');
    const { analysis, title, url } = await readyState(tabId);
    const point = analysis.summary.find((p) => p.id === 'retention.periods');
    if (!point) throw new Error('no retention line in the conifer summary');
    const correction = 'It keeps call records for 18 months, not 24.';
    const version = (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { version: string }).version;
    const cited = point.evidence.map((i) => ({ number: i + 1, text: analysis.sentences[i]?.text ?? '' }));
    const expected = reportText({
      page: { title, url, policyDate: analysis.policyDate?.text ?? null },
      versions: { extension: version, analysisSchema: 2, gradingScheme: SCHEME_VERSION },
      statement: { id: point.id, question: 'How long they keep it', text: point.text },
      sentence: cited[0] ?? null,
      cited,
      correction,
    });
    const popup = await readyPopup(tabId);
    try {
      const copied = await captureClipboard(popup);
      await popup.locator('.answer-toggle', { hasText: 'How long they keep it' }).click();
      const line = popup.locator(`[data-point="${point.id}"]`);
      await line.getByRole('button', { name: 'Report a wrong statement' }).click();
      const form = line.getByRole('form', { name: 'Report a wrong statement' });
      await form.getByLabel('What is right?').fill(correction);
      await form.getByRole('button', { name: 'Copy report' }).click();
      await form.getByText(/Report copied\. Nothing was sent/).waitFor({ timeout: 10_000 });
      const text = await copied();
      expect(text, 'the report: page, our statement, the sentence, the correction').toBe(expected);
      expect(text).toContain('twenty-four (24) months');
      expect(text).toContain(correction);
      await line.screenshot({ path: `${ARTIFACTS}/report.png` });

      const download = popup.waitForEvent('download', { timeout: 20_000 });
      await form.getByRole('button', { name: 'Download report' }).click();
      const file = await download;
      expect(file.suggestedFilename(), 'a text file named after the statement').toMatch(/^policylens-report-retention-periods-\d{4}-\d{2}-\d{2}\.txt$/);
      expect(readFileSync(await file.path(), 'utf8'), 'the same report, downloaded').toBe(expected);
    } finally {
      await popup.close();
    }
  });
});

describe('network', () => {
  it('every request (pages, popup, toolbar popup, service worker) stayed on 127.0.0.1 or inside the extension', async () => {
    await expectOnlyLocalRequests(session, site);
  });
});

describe('errors', () => {
  it('the extension logged no error and threw none', () => {
    expect(session.errors, 'console.error and uncaught errors from the extension').toEqual([]);
  });
});
