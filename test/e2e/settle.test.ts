// Only real policy text is graded, in real Chromium: a 404 page at a policy address and a
// terms-of-service page get no grade (and the terms' age gate for mature content is no minimum
// age); a client-rendered page reads "analysing" while it shows its "Loading…" shell and gets
// its grade only once the policy has arrived — no analysis of the shell is ever shown; a policy
// whose address, title and headings leave detection undecided is scored from its text with the
// vocabulary the worker sends on request (src/content/detect/vocabulary.ts) and graded; a page
// named a privacy policy that only points to the real one offers the link, short or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, isGrade, launchWithExtension, openTab, tabIdOf, tabState, waitFor, type ExtensionSession } from './support/extension.ts';
import { serveSite, type Site } from './support/site.ts';
import { THIN_TEXT_CHARS } from '../../src/content/settle.ts';
import type { TabState } from '../../src/shared/protocol.ts';

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

const final = (s: TabState): boolean => s.kind === 'ready' || s.kind === 'not-policy' || s.kind === 'error' || s.kind === 'language-unsupported';

describe('pages that are not a policy to grade', () => {
  it('a 404 page at /privacy-policy/… ends with no grade and says there is not enough policy text', async () => {
    const page = await openTab(session, site.url('/privacy-policy/missing'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('a final state for the 404 page', () => tabState(session, tabId), final, 90_000);
    if (state.kind === 'ready') {
      expect(state.analysis.rating.grade, 'no grade for a 404 page').toBeNull();
      expect(state.analysis.rating.notGraded).toMatch(/not enough policy text/);
    } else {
      expect(state.kind).toBe('not-policy');
    }
    expect(isGrade(await badgeText(session, tabId)), 'no grade letter on the badge').toBe(false);
    await page.close();
  });

  it('a terms-of-service page gets no grade and no "18 or older" from its mature-content gate', async () => {
    const page = await openTab(session, site.url('/legal/terms'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('a final state for the terms page', () => tabState(session, tabId), final, 90_000);
    if (state.kind === 'ready') {
      expect(state.analysis.rating.grade, 'terms are not graded').toBeNull();
      expect(state.analysis.claims.children.children.value, 'no minimum age from a gate for mature content').not.toBe('min-age');
    } else {
      expect(state.kind, 'or not taken for a policy at all').toBe('not-policy');
    }
    expect(isGrade(await badgeText(session, tabId))).toBe(false);
    await page.close();
  });
});

describe('a page that only points to the policy', () => {
  it('offers the link instead of a grade', async () => {
    const page = await openTab(session, site.url('/privacy-policy/moved'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('a final state for the pointer page', () => tabState(session, tabId), final, 90_000);
    expect(state.kind).toBe('not-policy');
    if (state.kind === 'not-policy') expect(state.policyLinks.map((l) => l.href)).toContain(site.url('/policy/conifer'));
    expect(isGrade(await badgeText(session, tabId))).toBe(false);
    await page.close();
  });

  it('offers the link also when the pointer sits in a page of other text', async () => {
    const page = await openTab(session, site.url('/privacy-policy/moved-long'));
    const tabId = await tabIdOf(session, page);
    const text = await page.locator('main').innerText();
    expect(text.length, 'more than a thin page').toBeGreaterThan(THIN_TEXT_CHARS);
    const state = await waitFor('a final state for the long pointer page', () => tabState(session, tabId), final, 90_000);
    expect(state.kind).toBe('not-policy');
    if (state.kind === 'not-policy') expect(state.policyLinks.map((l) => l.href)).toContain(site.url('/policy/conifer'));
    expect(isGrade(await badgeText(session, tabId))).toBe(false);
    await page.close();
  });
});

describe('a policy rendered after a loading shell', () => {
  it('is graded once its text arrives, and no analysis of the shell is ever shown', async () => {
    const page = await openTab(session, site.url('/privacy-policy/loading'));
    const tabId = await tabIdOf(session, page);
    const seen: TabState[] = [];
    const state = await waitFor('the grade once the policy has rendered', async () => {
      const s = await tabState(session, tabId);
      seen.push(s);
      return s;
    }, (s) => s.kind === 'ready' && s.analysis.rating.grade !== null, 90_000);
    const renderedAt = await page.evaluate(() => (window as unknown as { __policyRenderedAt?: number }).__policyRenderedAt);
    expect(renderedAt, 'the page rendered its policy').toBeGreaterThan(0);
    if (state.kind !== 'ready') return;
    expect(state.analysis.sentences.length, 'the analysis is of the rendered policy').toBeGreaterThan(20);
    // Every ready state seen on the way is of the rendered policy, never of "Loading…".
    for (const s of seen) if (s.kind === 'ready') expect(s.analysis.textLength, 'no analysis of the shell').toBeGreaterThan(1000);
    expect(isGrade(await badgeText(session, tabId)), 'the badge shows the grade').toBe(true);
    await page.close();
  });
});

describe('a policy that only its text shows to be one', () => {
  it('is read with the vocabulary the worker sends, and graded', async () => {
    const page = await openTab(session, site.url('/about/county-micro'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('a final state for the undecided page', () => tabState(session, tabId), final, 90_000);
    expect(state.kind, 'detected from its text').toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.analysis.sentences.length).toBeGreaterThan(20);
    expect(state.analysis.rating.grade).not.toBeNull();
    expect(isGrade(await badgeText(session, tabId)), 'the badge shows the grade').toBe(true);
    await page.close();
  });
});
