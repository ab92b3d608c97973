// The whole pure pipeline on each seed — segmenter, shipped classifier, question modules,
// summary, grade — checked only on claims that do not hinge on one label, so a retrained model
// does not break it. (The detailed tests use the gold labels; this one shows the parts fit.)
import { describe, expect, it } from 'vitest';
import { getClassifier } from '../../../src/engine/analyze.ts';
import { readClaims } from '../../../src/engine/questions/index.ts';
import { rate } from '../../../src/engine/rating/index.ts';
import { countWords, summarize, summaryText } from '../../../src/engine/summary/index.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { SEED_FILES, seedText, type SeedFile } from '../facts/gold-sentences.ts';

const classifier = getClassifier();

function run(file: SeedFile) {
  const sentences = classifier.classify(segment({ text: seedText(file) }).sentences);
  const claims = readClaims(sentences);
  return { sentences, claims, summary: summarize(claims, sentences.length), rating: rate(claims, sentences) };
}

const SELLS: Record<SeedFile, string> = {
  '000_033c2eef7324457c': 'not-stated',
  '001_c1bb176aaee5836d': 'no',
  '002_bf13b23f045a4a3f': 'no',
  '003_287e789d7f0e6bf1': 'no',
  '004_5bd2721613aedcf6': 'not-stated',
};

describe.each(SEED_FILES.map((f) => [f]))('pipeline on %s', (file) => {
  const { claims, summary, rating, sentences } = run(file);

  it('reads the sale answer, the contact emails and California where present', () => {
    expect(claims.sell.sell.value).toBe(SELLS[file]);
    const emails = [...new Set([...seedText(file).matchAll(/[\w.+-]+@[\w-]+\.[\w.]+\w/g)].map((m) => m[0].toLowerCase()))].sort();
    expect(claims.contact.email.details.map((d) => d.text.toLowerCase()).sort()).toEqual(emails);
    const california = claims.rights.regions.details.some((d) => d.text === 'California');
    expect(california).toBe(file.startsWith('001') || file.startsWith('004'));
  });

  it('summarises in at most 450 words, every point traceable', () => {
    expect(countWords(summaryText(summary))).toBeLessThanOrEqual(450);
    expect(summary.filter((p) => !p.id.endsWith('.not-stated') && p.evidence.length === 0)).toEqual([]);
    expect(rating.reasons.every((r) => r.evidence.every((i) => i < sentences.length))).toBe(true);
  });
});

it('000 keeps call records for up to 24 months, through the whole pipeline', () => {
  const { claims, sentences } = run('000_033c2eef7324457c');
  const period = claims.retention.periods.details.find((d) => /24 months/.test(d.text));
  expect(period?.text).toMatch(/^call records: up to 24 months$/);
  expect(period?.amount).toBe(720);
  expect(period?.evidence.some((i) => sentences[i]?.text.includes('twenty-four (24) months'))).toBe(true);
});
