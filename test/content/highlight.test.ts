// Which sentences the page colours (practice statements only: no headings, no fragments, no
// generic text), and what the tooltip says first: the summary lines that cite the sentence.
import '../support/i18n-en.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { meaningOf, ruleIdsShown } from '../../src/content/highlight/meaning.ts';
import { MIN_WORDS, sentencesToColour } from '../../src/content/highlight/select.ts';
import { categoryOf } from '../../src/shared/highlight-palette.ts';

const analysis = analyze({ text: readFileSync(resolve(import.meta.dirname, '../../seeds/003_287e789d7f0e6bf1.txt'), 'utf8') });

describe('sentencesToColour', () => {
  const coloured = sentencesToColour(analysis);
  it('colours practice sentences only', () => {
    expect(coloured.length, 'some').toBeGreaterThan(10);
    expect(coloured.length, 'not nearly all (the old 367 of 398)').toBeLessThan(analysis.sentences.length * 0.8);
    for (const { sentence, category } of coloured) {
      expect(sentence.isHeading, sentence.text).toBe(false);
      expect(sentence.text.split(/\s+/).length, sentence.text).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(sentence.labels.some((l) => categoryOf(l.label) === category), sentence.text).toBe(true);
    }
  });
  it('leaves headings, and sentences only generic or uncovered, uncoloured', () => {
    const ids = new Set(coloured.map((c) => c.sentence.index));
    for (const s of analysis.sentences) {
      if (s.isHeading || s.labels.every((l) => l.label === 'Introductory/Generic' || l.label === 'Practice not covered')) expect(ids.has(s.index), s.text).toBe(false);
    }
  });
});

describe('meaningOf', () => {
  it('says what a cited sentence means with the summary lines citing it', () => {
    const point = analysis.summary.find((p) => p.evidence.length > 0 && sentencesToColour(analysis).some((c) => c.sentence.index === p.evidence[0]));
    if (!point) throw new Error('no summary line cites a coloured sentence');
    const coloured = sentencesToColour(analysis).find((c) => c.sentence.index === point.evidence[0]);
    if (!coloured) throw new Error('unreachable');
    const meaning = meaningOf(coloured.sentence, coloured.category, analysis, () => undefined);
    expect(meaning.lines).toContain(point.text);
    expect(meaning.strength).toBeGreaterThan(0);
    expect(meaning.strength).toBeLessThanOrEqual(100);
  });
  it('falls back to the rule gloss, asked of the worker, and lists at most three rules', () => {
    const uncited = sentencesToColour(analysis).find((c) => !analysis.summary.some((p) => p.evidence.includes(c.sentence.index)));
    if (!uncited) throw new Error('every coloured sentence is cited');
    const meaning = meaningOf(uncited.sentence, uncited.category, analysis, (id) => `gloss of ${id}`);
    expect(meaning.lines[0]).toMatch(/^gloss of /);
    expect(meaning.rules.length).toBeLessThanOrEqual(3);
    expect(ruleIdsShown(analysis.sentences)).toContain(meaning.rules[0]?.id);
  });
});
