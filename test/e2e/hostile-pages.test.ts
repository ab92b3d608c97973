// Pages built to hurt (issue 17): a policy with one 300 KB paragraph of "e.g. " (compromise's
// splitter used to go quadratic on it and kill the extension's process), a policy with a
// 5,000-character <title> (beyond the protocol's 4,096: once refused and taken for delivered),
// and three ~1 MB policies open at once (once three tabs stuck at "analysing" on the 10 MB
// storage.session quota). Every tab must end in a final state the popup shows, the extension
// must stay alive (no crash: support/crashes.ts), and an ordinary policy afterwards still works.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/shared/protocol.ts';
import { LIMITS } from '../../src/shared/limits.ts';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, tabIdOf, tabState, waitFor, type ExtensionSession } from './support/extension.ts';
import { escapeHtml, policyBody, PROVIDERS, servePages, serveSite, type Site } from './support/site.ts';

const SEEDS = PROVIDERS.map((p) => readFileSync(new URL(`../../seeds/${p.file}`, import.meta.url), 'utf8'));
const ABBREVIATIONS = 'e.g. '.repeat(61_440); // 300 KB in one paragraph
const LONG_TITLE = `Privacy Policy – ${'Example Holdings International '.repeat(170)}`.slice(0, 5_000);
const MB = 1024 * 1024;

/** About 1 MB of real policy text, different for each n (so no two share a cached analysis). */
function bigPolicy(n: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < MB; i++) {
    const part = `Part ${i + 1} of the privacy policy of Example ${n} Inc.\n\n${SEEDS[(i + n) % SEEDS.length]}`;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

function html(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><article><h1>Privacy Policy</h1>\n${body}</article></main></body></html>`;
}

const PAGES: Record<string, string> = {
  '/abbreviations': html('Abbreviations Inc. Privacy Policy', `${policyBody(SEEDS[0] ?? '')}\n<p>${ABBREVIATIONS}</p>\n${policyBody(SEEDS[1] ?? '')}`),
  '/long-title': html(LONG_TITLE, policyBody(SEEDS[2] ?? '')),
  '/big/1': html('Example 1 Inc. Privacy Policy', policyBody(bigPolicy(1))),
  '/big/2': html('Example 2 Inc. Privacy Policy', policyBody(bigPolicy(2))),
  '/big/3': html('Example 3 Inc. Privacy Policy', policyBody(bigPolicy(3))),
};

/** Tabs that ended on the storage quota (the per-tab storage redesign is separate work). */
let quotaErrors = 0;
let hostile: Site;
let site: Site;
let session: ExtensionSession;

beforeAll(async () => {
  hostile = await servePages((path) => {
    const body = PAGES[path];
    return body === undefined ? undefined : { body };
  });
  site = await serveSite();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
  await hostile?.close();
});

const FINAL = new Set<TabState['kind']>(['ready', 'error', 'language-unsupported', 'not-policy']);

/** Waits for the tab's state to be final (neither unknown nor analysing). */
async function finalState(tabId: number, url: string): Promise<TabState> {
  const state = await waitFor(`a final state for ${url}`, () => tabState(session, tabId), (s) => FINAL.has(s.kind), 240_000);
  expect('url' in state ? state.url : '', 'the state is this page’s').toBe(url);
  return state;
}

/** What the popup shows for the tab: its grade, or its error in words. */
async function popupShows(tabId: number): Promise<{ grade: string | null; text: string }> {
  const popup = await openPopupFor(session, tabId);
  try {
    const grade = popup.getByRole('img', { name: /^Grade [A-E]$/ });
    const error = popup.getByText('Something went wrong reading this page');
    await grade.or(error).first().waitFor({ timeout: 60_000 });
    return { grade: (await grade.count()) > 0 ? await grade.textContent() : null, text: (await popup.textContent('body')) ?? '' };
  } finally {
    await popup.close();
  }
}

async function openPolicy(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await openTab(session, url);
  return { page, tabId: await tabIdOf(session, page) };
}

describe('hostile pages', () => {
  it('a 300 KB paragraph of "e.g. " is analysed (within the budget) and graded, the extension alive', async () => {
    const url = hostile.url('/abbreviations');
    const { page, tabId } = await openPolicy(url);
    const state = await finalState(tabId, url);
    expect(state.kind, JSON.stringify(state).slice(0, 300)).toBe('ready');
    expect(await badgeText(session, tabId), 'the badge shows the grade').toMatch(/^[A-E]$/);
    expect((await popupShows(tabId)).grade, 'the popup shows it').toMatch(/^[A-E]$/);
    expect(await session.crashes.take(), 'nothing crashed').toEqual([]);
    await page.close();
  });

  it('a 5,000-character <title> is clipped to the protocol’s limit, not refused: the policy is graded', async () => {
    const url = hostile.url('/long-title');
    const { page, tabId } = await openPolicy(url);
    expect(await page.title(), 'the page’s own title is that long').toHaveLength(5_000);
    const state = await finalState(tabId, url);
    if (state.kind !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(state).slice(0, 300)}`);
    expect(state.title.length, 'the title as stored').toBeLessThanOrEqual(LIMITS.titleLength);
    expect(LONG_TITLE.startsWith(state.title.replace(/…$/, '')), 'it is the page’s title, clipped').toBe(true);
    expect(await badgeText(session, tabId)).toMatch(/^[A-E]$/);
    expect((await popupShows(tabId)).grade, 'the popup shows the grade').toMatch(/^[A-E]$/);
    await page.close();
  });

  it('three ~1 MB policies opened at once each end in a final state the popup shows', async () => {
    const urls = ['/big/1', '/big/2', '/big/3'].map((p) => hostile.url(p));
    const pages = await Promise.all(urls.map(async (url) => {
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }));
    const tabIds: number[] = [];
    for (const page of pages) tabIds.push(await tabIdOf(session, page));
    const outcomes: string[] = [];
    for (const [i, tabId] of tabIds.entries()) {
      const url = urls[i] ?? '';
      const state = await finalState(tabId, url);
      const shown = await popupShows(tabId);
      if (state.kind === 'ready') {
        expect(state.analysis.analysedLength, 'only the budget was analysed').toBeLessThan(state.analysis.textLength);
        expect(shown.grade, `${url}: the popup shows the grade`).toBe(state.analysis.rating.grade);
        expect(shown.text, `${url}: and says how much was read`).toMatch(/Analysed the first \d+ KB of a very long page/);
        outcomes.push(`${url}: ready ${shown.grade}`);
      } else {
        expect(state.kind, `${url}: ${JSON.stringify(state).slice(0, 300)}`).toBe('error');
        if (state.kind !== 'error') continue;
        expect(shown.text, `${url}: the popup shows the error`).toContain(state.message);
        outcomes.push(`${url}: error "${state.message}"`);
        if (/quota/i.test(state.message)) quotaErrors++;
      }
    }
    console.log(`three 1 MB policies at once:\n  ${outcomes.join('\n  ')}`);
    expect(await session.crashes.take(), 'nothing crashed').toEqual([]);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('an ordinary policy page afterwards is graded as usual', async () => {
    const { page, tabId } = await openPolicy(site.url('/policy/conifer'));
    await waitFor('the badge of /policy/conifer to show a grade', () => badgeText(session, tabId), isGrade, 120_000);
    const state = await finalState(tabId, site.url('/policy/conifer'));
    expect(state.kind).toBe('ready');
    await page.close();
  });

  it('the extension logged no error beyond the storage quota it reported on a page', () => {
    const beyond = session.errors.filter((e) => !/PolicyLens: handler failed Error: Session storage quota bytes exceeded/.test(e));
    expect(beyond, 'console.error and uncaught errors from the extension').toEqual([]);
    expect(session.errors.length, 'one logged failure per tab that ended on the quota').toBe(quotaErrors);
  });
});
