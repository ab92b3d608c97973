// The background's handlers on real storage semantics (an in-memory storage.session) and the
// real engine: what each message leaves in the tab's state and on its badge. Every path ends in
// a final state the popup can show: ready, not a policy, language, or an error.
import { fake } from './support/browser.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { pageDetected } from '../../src/background/handlers/page-detected.ts';
import { pageFailed } from '../../src/background/handlers/page-failed.ts';
import { pageGetAnalysis } from '../../src/background/handlers/page-get-analysis.ts';
import { pageGetGlosses } from '../../src/background/handlers/page-get-glosses.ts';
import { pagePolicyText } from '../../src/background/handlers/page-policy-text.ts';
import { popupGetState } from '../../src/background/handlers/popup-get-state.ts';
import { navigated } from '../../src/background/navigation.ts';
import { ANALYSIS_BUDGET } from '../../src/engine/budget.ts';
import { RULES } from '../../src/rules/index.ts';
import type { TabState } from '../../src/shared/protocol.ts';
import { readFileSync } from 'node:fs';

const PAGE = 'https://shop.example/privacy';
const policy = { isPolicy: true, score: 0.9, stage: 'quick' as const };
const notPolicy = { isPolicy: false, score: 0.1, stage: 'quick' as const };

const POLICY = `Privacy Policy

We collect your name, email address and postal address when you create an account.

We share your information with service providers who process payments on our behalf.

We do not sell your personal information.

We keep your account data for 24 months after you close your account.

You can ask us to delete your data by writing to privacy@shop.example.

We will notify you by email before any change to this policy takes effect.`;

/** A real policy (seed 000), long enough to grade. */
const SEED = readFileSync(new URL('../../seeds/000_033c2eef7324457c.txt', import.meta.url), 'utf8');

let nextTab = 100;
const state = (tabId: number): Promise<TabState> => popupGetState({ tabId });

beforeEach(() => fake.reset());

describe('page/detected', () => {
  it('not a policy: the links it found, no badge', async () => {
    const tabId = nextTab++;
    fake.badges.set(tabId, { text: 'B' });
    const policyLinks = [{ href: 'https://shop.example/privacy', text: 'Privacy' }];
    await pageDetected({ url: 'https://shop.example/', title: 'Shop', detection: notPolicy, policyLinks }, { tabId });
    expect(await state(tabId)).toEqual({ kind: 'not-policy', url: 'https://shop.example/', policyLinks });
    expect(fake.badges.get(tabId)?.text).toBe('');
  });

  it('a policy: analysing until the text comes', async () => {
    const tabId = nextTab++;
    await pageDetected({ url: PAGE, title: 'Privacy', detection: policy, policyLinks: [] }, { tabId });
    expect(await state(tabId)).toEqual({ kind: 'analysing', url: PAGE, progress: 0 });
  });

  it('arriving after the text was analysed keeps the analysis', async () => {
    const tabId = nextTab++;
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: POLICY, blocks: [], detection: policy }, { tabId });
    await pageDetected({ url: PAGE, title: 'Privacy', detection: { ...policy, stage: 'full' }, policyLinks: [] }, { tabId });
    expect((await state(tabId)).kind).toBe('ready');
  });
});

describe('page/policy-text', () => {
  it('ready with the grade on the badge and what it means in its title', async () => {
    const tabId = nextTab++;
    const reply = await pagePolicyText({ url: PAGE, title: 'Privacy', text: SEED, blocks: [], detection: policy }, { tabId });
    const s = await state(tabId);
    expect(s.kind).toBe('ready');
    if (s.kind !== 'ready') return;
    expect(reply).toEqual({ ok: true, textHash: s.textHash });
    expect(s.analysis.analysedLength, 'a short policy is read whole').toBeUndefined();
    expect(s.analysis.rating.grade).toMatch(/^[A-E]$/);
    expect(fake.badges.get(tabId)?.text).toBe(s.analysis.rating.grade);
    expect(fake.badges.get(tabId)?.title).toMatch(new RegExp(`grade ${s.analysis.rating.grade}`));
    expect(await pageGetAnalysis({}, { tabId }), 'the content script can fetch it to highlight').toEqual({ analysis: s.analysis });
  });

  it('a text over the analysis budget is read up to the budget, and the analysis says so', async () => {
    const tabId = nextTab++;
    const text = Array.from({ length: Math.ceil((ANALYSIS_BUDGET * 1.3) / POLICY.length) }, () => POLICY).join('\n\n');
    await pagePolicyText({ url: PAGE, title: 'Privacy', text, blocks: [], detection: policy }, { tabId });
    const s = await state(tabId);
    expect(s.kind).toBe('ready');
    if (s.kind !== 'ready') return;
    expect(s.analysis.textLength).toBe(text.length);
    expect(s.analysis.analysedLength).toBeLessThanOrEqual(ANALYSIS_BUDGET);
    expect(s.analysis.analysedLength).toBeGreaterThan(ANALYSIS_BUDGET / 2);
  });

  it('a text the content script had to cut says it read only part of the page', async () => {
    const tabId = nextTab++;
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: POLICY, blocks: [], detection: policy, cut: true }, { tabId });
    const s = await state(tabId);
    expect(s.kind === 'ready' ? s.analysis.analysedLength : null).toBe(POLICY.length);
  });

  it('too thin to grade, with policy links: offers the links instead', async () => {
    const tabId = nextTab++;
    const policyLinks = [{ href: 'https://shop.example/legal/privacy', text: 'our full privacy policy' }];
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: 'Privacy\n\nSee our full privacy policy.', blocks: [], detection: policy, policyLinks }, { tabId });
    expect(await state(tabId)).toEqual({ kind: 'not-policy', url: PAGE, policyLinks });
  });

  it('another language: language-unsupported, no badge', async () => {
    const tabId = nextTab++;
    const french = 'Politique de confidentialité\n\nNous collectons votre nom et votre adresse électronique lorsque vous créez un compte. Nous ne vendons pas vos données personnelles. Vous pouvez demander la suppression de vos données à tout moment en nous écrivant.';
    await pagePolicyText({ url: PAGE, title: 'Confidentialité', text: french, blocks: [], detection: policy }, { tabId });
    expect((await state(tabId)).kind).toBe('language-unsupported');
    expect(fake.badges.get(tabId)?.text).toBe('');
  });

  it('a result for a page the tab has left is dropped, not stored over the new page', async () => {
    const tabId = nextTab++;
    const handling = pagePolicyText({ url: PAGE, title: 'Privacy', text: POLICY, blocks: [], detection: policy }, { tabId });
    navigated(tabId);
    await handling;
    expect(await state(tabId)).toEqual({ kind: 'unknown' });
  });
});

describe('page/failed', () => {
  it('a worker that stopped: "too large", the analysing state replaced, no badge', async () => {
    const tabId = nextTab++;
    await pageDetected({ url: PAGE, title: 'Privacy', detection: policy, policyLinks: [] }, { tabId });
    fake.badges.set(tabId, { text: 'C' });
    await pageFailed({ url: PAGE, reason: 'stopped', detail: 'no reply' }, { tabId });
    expect(await state(tabId)).toEqual({ kind: 'error', url: PAGE, message: 'This page is too large: PolicyLens stopped while reading it.' });
    expect(fake.badges.get(tabId)?.text).toBe('');
  });

  it('a worker stopped after it stored the page\'s analysis: the analysis stays', async () => {
    // The worker stores 'ready' before it answers page/policy-text; stopped in between, the
    // content script hears "stopped while answering" and reports it.
    const tabId = nextTab++;
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: SEED, blocks: [], detection: policy }, { tabId });
    const ready = await state(tabId);
    expect(ready.kind).toBe('ready');
    // Stopped before it set the badge.
    fake.badges.delete(tabId);
    await pageFailed({ url: PAGE, reason: 'stopped', detail: 'The message port closed before a response was received.' }, { tabId });
    expect(await state(tabId)).toEqual(ready);
    expect(fake.badges.get(tabId)?.text, 'the grade on the badge').toBe(ready.kind === 'ready' ? ready.analysis.rating.grade : null);
  });

  it('a worker stopped on another page of the tab, or a refusal: the error replaces the analysis', async () => {
    const tabId = nextTab++;
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: POLICY, blocks: [], detection: policy }, { tabId });
    await pageFailed({ url: `${PAGE}-2`, reason: 'stopped', detail: 'no reply' }, { tabId });
    expect((await state(tabId)).kind).toBe('error');
    await pagePolicyText({ url: PAGE, title: 'Privacy', text: POLICY, blocks: [], detection: policy }, { tabId });
    await pageFailed({ url: PAGE, reason: 'refused', detail: 'payload.title is longer than 4096 characters' }, { tabId });
    expect((await state(tabId)).kind).toBe('error');
  });

  it('a refusal: "couldn’t analyse" with the reason', async () => {
    const tabId = nextTab++;
    await pageFailed({ url: PAGE, reason: 'refused', detail: 'payload.title is longer than 4096 characters' }, { tabId });
    expect(await state(tabId)).toEqual({ kind: 'error', url: PAGE, message: "Couldn't analyse this page: payload.title is longer than 4096 characters" });
  });

  it('the next page of the tab is analysed as usual', async () => {
    const tabId = nextTab++;
    await pageFailed({ url: PAGE, reason: 'stopped', detail: 'no reply' }, { tabId });
    await pagePolicyText({ url: `${PAGE}-2`, title: 'Privacy', text: POLICY, blocks: [], detection: policy }, { tabId });
    expect((await state(tabId)).kind).toBe('ready');
  });
});

describe('the rest', () => {
  it('page/get-analysis: null while the tab has no analysis', async () => {
    const tabId = nextTab++;
    await pageDetected({ url: PAGE, title: 'Privacy', detection: policy, policyLinks: [] }, { tabId });
    expect(await pageGetAnalysis({}, { tabId })).toEqual({ analysis: null });
  });

  it('page/get-glosses: the known rules’ glosses, each once; unknown ids left out', async () => {
    const id = RULES[0]?.id ?? '';
    const { glosses } = await pageGetGlosses({ ruleIds: [id, id, 'no.such.rule'] }, { tabId: 1 });
    expect(glosses).toEqual([{ id, gloss: RULES[0]?.gloss }]);
  });

  it('popup/get-state: unknown for a tab nothing was reported from', async () => {
    expect(await state(nextTab++)).toEqual({ kind: 'unknown' });
  });
});
