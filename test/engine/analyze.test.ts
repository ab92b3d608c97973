// The whole engine on the five seed policies: the summary a person reads carries each policy's
// concrete facts, and every point with evidence points at a sentence that says it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { SCHEME_VERSION } from '../../src/engine/rating/index.ts';
import { summaryText, countWords } from '../../src/engine/summary/index.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seed = (file: string) => analyze({ text: readFileSync(join(SEEDS, file), 'utf8') });

const conifer = seed('000_033c2eef7324457c.txt');
const phoneCom = seed('001_c1bb176aaee5836d.txt');
const conferencingTree = seed('002_bf13b23f045a4a3f.txt');
const countyMicro = seed('003_287e789d7f0e6bf1.txt');
const fusion = seed('004_5bd2721613aedcf6.txt');
const all = { conifer, phoneCom, conferencingTree, countyMicro, fusion };

const textOf = (analysis: ReturnType<typeof analyze>): string => summaryText(analysis.summary);

describe('summaries of the five seeds carry their concrete facts', () => {
  it('Conifer: keeps call records for 24 months', () => {
    expect(textOf(conifer)).toMatch(/call records.{0,20}24 months/);
    const point = conifer.summary.find((p) => p.id.startsWith('retention') && p.text.includes('24 months'));
    expect(point?.evidence.some((i) => conifer.sentences[i]?.text.includes('(24) months')), 'evidence is the 24-month sentence').toBe(true);
  });

  it('Phone.com: contact address, California rights, and no sale', () => {
    const text = textOf(phoneCom);
    expect(text).toContain('legal@phone.com');
    expect(text).toMatch(/California/);
    expect(phoneCom.claims.sell.sell.value, 'says it does not sell').toBe('no');
  });

  it('Conferencing Tree: does not sell, and says so in the summary', () => {
    expect(conferencingTree.claims.sell.sell.value).toBe('no');
    expect(textOf(conferencingTree)).toMatch(/[Dd]oesn.t sell|[Dd]oes not sell|[Ss]ays it does not sell/);
  });

  it('County Micro: the privacy email and no sale', () => {
    expect(textOf(countyMicro)).toContain('privacy@countymicro.com');
    expect(countyMicro.claims.sell.sell.value).toBe('no');
  });

  it('Fusion Connect: CCPA rights with how to exercise them, and the privacy officer', () => {
    const text = textOf(fusion);
    expect(text).toMatch(/California|CCPA/);
    expect(text).toContain('privacyofficer@fusionconnect.com');
    expect(text).toMatch(/1-888-301-1721/);
  });
});

describe.each(Object.entries(all))('%s', (_name, analysis) => {
  it('is read as English and graded A-E by the current scheme, with what the grade means', () => {
    expect(analysis.language).toBe('en');
    expect(analysis.rating.grade).toMatch(/^[A-E]$/);
    expect(analysis.rating.meaning.length).toBeGreaterThan(10);
    expect(analysis.rating.scheme).toBe(SCHEME_VERSION);
  });
  it('keeps the text summary within 450 words', () => {
    expect(countWords(textOf(analysis))).toBeLessThanOrEqual(450);
  });
  it('cites only sentences that exist', () => {
    const cited = [...analysis.summary.flatMap((p) => p.evidence), ...analysis.rating.reasons.flatMap((r) => r.evidence)];
    for (const i of cited) expect(analysis.sentences[i], `sentence ${i}`).toBeDefined();
  });
  it('gives every classified sentence the rule ids that explain it', () => {
    for (const s of analysis.sentences) for (const l of s.labels) expect(l.ruleIds.length, `${l.label} on sentence ${s.index}`).toBeGreaterThan(0);
  });
});

describe('language', () => {
  it('does not summarise a policy it cannot read', () => {
    const french = analyze({ text: 'Nous collectons des données personnelles lorsque vous utilisez nos services. Vous pouvez demander la suppression de vos données à tout moment en nous contactant. Nous ne vendons pas vos données à des tiers et nous les conservons pendant la durée nécessaire.' });
    expect(french.language).toBe('unsupported');
    expect(french.summary).toEqual([]);
  });
});
