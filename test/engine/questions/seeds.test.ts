// The claims a person reads on the five seed policies, through the whole engine (classifier
// included). Each assertion is something the policy plainly says (or plainly doesn't), checked
// against its text, with the sentence that decides it cited first.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { Answer } from '../../../src/engine/questions/types.ts';
import type { Analysis } from '../../../src/engine/types.ts';
import { SEED_FILES, seedText, type SeedFile } from '../facts/gold-sentences.ts';

const analyses = new Map<SeedFile, Analysis>();
function seed(file: SeedFile): { analysis: Analysis; cites: (answer: Answer, words: string) => boolean } {
  let analysis = analyses.get(file);
  if (!analysis) {
    analysis = analyze({ text: seedText(file) });
    analyses.set(file, analysis);
  }
  const { sentences } = analysis;
  return { analysis, cites: (answer, words) => answer.evidence.some((i) => sentences[i]?.text.includes(words)) };
}

/** Every answer of every question, with its path. */
function answers(analysis: Analysis): [string, Answer][] {
  return Object.entries(analysis.claims).flatMap(([q, items]) => Object.entries(items as Record<string, Answer>).map(([k, a]): [string, Answer] => [`${q}.${k}`, a]));
}

describe.each(SEED_FILES.map((f) => [f]))('the claims of %s', (file) => {
  it('cite valid sentences, and every stated answer cites at least one', () => {
    const { analysis } = seed(file);
    const bad = answers(analysis).filter(([, a]) => a.evidence.some((i) => i < 0 || i >= analysis.sentences.length) || (a.value !== 'not-stated' && a.evidence.length === 0 && a.details.length === 0));
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('find every email address written in the policy', () => {
    const text = seedText(file);
    const written = [...new Set([...text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+\w/g)].map((m) => m[0].toLowerCase()))].sort();
    const found = seed(file).analysis.claims.contact.email.details.map((d) => d.text.toLowerCase());
    expect([...new Set(found)].sort()).toEqual(written);
  });
});

describe('Conifer Communications', () => {
  const { analysis, cites } = seed('000_033c2eef7324457c');
  const { claims } = analysis;

  it('keeps call records for up to 24 months, and the rest as long as it needs them', () => {
    const period = claims.retention.periods.details.find((d) => d.amount === 720 || d.amount === 730);
    expect(period, JSON.stringify(claims.retention.periods.details)).toBeDefined();
    expect(cites(claims.retention.periods, 'twenty-four (24) months')).toBe(true);
    expect(claims.retention['as-needed'].value).toBe('yes');
  });

  it('does not say whether it sells data (a sale of the business is not a sale of data)', () => {
    expect(claims.sell.sell.value).toBe('not-stated');
    expect(claims.share['business-transfer'].value).toBe('yes');
  });

  it('promises to tell people about data breaches', () => {
    expect(claims.security['breach-notice'].value).toBe('yes');
    expect(cites(claims.security['breach-notice'], 'notify consumers of data breaches')).toBe(true);
  });

  it('gives no way to contact it about privacy', () => {
    expect((['email', 'phone', 'postal', 'form'] as const).map((k) => claims.contact[k].value)).toEqual(['not-stated', 'not-stated', 'not-stated', 'not-stated']);
  });
});

describe('Phone.com', () => {
  const { analysis, cites } = seed('001_c1bb176aaee5836d');
  const { claims } = analysis;

  it('says it does not sell data, citing the denial first', () => {
    expect(claims.sell.sell.value).toBe('no');
    expect(analysis.sentences[claims.sell.sell.evidence[0] ?? -1]?.text).toMatch(/not sell/);
  });

  it('lets you see, correct and delete your data, by email to legal@phone.com among others', () => {
    expect([claims.rights.access.value, claims.rights.correct.value, claims.rights.delete.value]).toEqual(['yes', 'yes', 'yes']);
    expect(claims.rights.how.details.map((d) => d.kind)).toContain('email');
    expect(claims.rights.how.details.map((d) => d.text)).toContain('legal@phone.com');
  });

  it('is not for children under 13', () => {
    expect(claims.children.children.value).toBe('min-age');
    expect(claims.children.children.details[0]?.amount).toBe(13);
    expect(cites(claims.children.children, 'children under the age of 13')).toBe(true);
  });

  it('reads cookies, web beacons and analytics, and sends data abroad', () => {
    expect(claims.collect.cookies.value).toBe('yes');
    expect(claims.transfers.transfers.value).toBe('abroad');
  });
});

describe('Conferencing Tree', () => {
  const { claims } = seed('002_bf13b23f045a4a3f').analysis;

  it('does not sell data or give it to advertisers', () => {
    expect(claims.sell.sell.value).toBe('no');
    expect(claims.share.advertisers.value).toBe('no');
  });

  it('never promises to tell anyone about changes: continued use is acceptance', () => {
    expect(claims.changes.changes.value).not.toBe('notice');
  });

  it('gives an email address, a contact page and a phone number', () => {
    expect(claims.contact.email.value).toBe('yes');
    expect(claims.contact.form.value).toBe('yes');
    expect(claims.contact.phone.value).toBe('yes');
  });
});

describe('County Micro', () => {
  const { claims } = seed('003_287e789d7f0e6bf1').analysis;

  it('lets you see, correct or delete your data by email or post to its privacy officer', () => {
    expect([claims.rights.access.value, claims.rights.correct.value, claims.rights.delete.value]).toEqual(['yes', 'yes', 'yes']);
    expect(claims.rights.how.details.map((d) => d.kind)).toEqual(expect.arrayContaining(['email', 'postal']));
    expect(claims.contact.dpo.value).toBe('yes');
  });

  it('does not sell data', () => {
    expect(claims.sell.sell.value).toBe('no');
  });
});

describe('Fusion Connect', () => {
  const { analysis, cites } = seed('004_5bd2721613aedcf6');
  const { claims } = analysis;

  it('answers requests within 45 days and takes them by phone', () => {
    expect(claims.rights['response-time'].details[0]?.amount).toBe(45);
    expect(claims.rights.how.details.map((d) => d.kind)).toContain('phone');
  });

  it('changes take effect when posted: no promise to tell you', () => {
    expect(claims.changes.changes.value).toBe('posted');
    expect(cites(claims.changes.changes, 'effective immediately upon posting')).toBe(true);
  });

  it('is not directed at minors and keeps data as long as it needs it', () => {
    expect(claims.children.children.value).toBe('not-directed');
    expect(claims.retention['as-needed'].value).toBe('yes');
    expect(claims.retention.periods.value).toBe('not-stated');
  });
});
