// The question modules test sentences through the anchor index (ReadContext.test/may/firing):
// a sentence is skipped without running a pattern when the index says the pattern cannot match
// it. That gate is read off the patterns themselves (anchors.ts), for every pattern the claim
// files export (indexed.ts), so it must let through every sentence a pattern matches: checked
// here on the claim rules' examples, on the sentences of the question modules' own tests (their
// string literals, segmented as the engine segments a policy) and on the five seeds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../../src/engine/facts/anchor-index.ts';
import { createFactContext, normalizeForFacts } from '../../../src/engine/facts/context.ts';
import { CLAIM_PATTERN_FILES, exportedClaimPatterns, exportedPatterns, INDEXED_FACT_RULES } from '../../../src/engine/facts/indexed.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import type { ClassifiedSentence } from '../../../src/engine/types.ts';
import { CLAIM_RULES } from '../../../src/rules/claims/index.ts';
import { goldSentences, SEED_FILES } from './gold-sentences.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLAIMS_DIR = join(ROOT, 'src/rules/claims');
const QUESTION_TESTS = join(ROOT, 'test/engine/questions');

/** The string literals of a test file long enough to be a sentence or a short policy. */
function literalsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){25,})'|"((?:[^"\\\n]|\\.){25,})"|`([^`$\\]{25,})`/g)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? '';
    out.push(raw.replace(/\\n/g, '\n').replace(/\\(['"\\])/g, '$1'));
  }
  return out;
}

const testSentences = readdirSync(QUESTION_TESTS)
  .filter((f) => f.endsWith('.test.ts'))
  .flatMap((f) => literalsOf(readFileSync(join(QUESTION_TESTS, f), 'utf8')))
  .flatMap((text) => segment({ text }).sentences.map((s) => s.text));
const examples = CLAIM_RULES.flatMap(({ rule }) => [...rule.examples.match, ...rule.examples.noMatch]);
const seeds = SEED_FILES.flatMap((file) => goldSentences(file).map((s) => s.text));
const texts = [...new Set([...examples, ...testSentences, ...seeds])].map(normalizeForFacts);

describe('the claim patterns in the anchor index', () => {
  it('holds a pattern of every file of src/rules/claims', () => {
    // A file by its name; a folder (a question's rules split by what they match) by its index.ts.
    const files = readdirSync(CLAIMS_DIR, { withFileTypes: true })
      .filter((e) => (e.isFile() && e.name.endsWith('.ts') && e.name !== 'index.ts') || (e.isDirectory() && existsSync(join(CLAIMS_DIR, e.name, 'index.ts'))))
      .map((e) => e.name.replace(/\.ts$/, ''));
    expect(Object.keys(CLAIM_PATTERN_FILES).sort()).toEqual(files.sort());
    const indexed = new Set(INDEXED_FACT_RULES.map((r) => r.pattern));
    for (const { pattern } of exportedClaimPatterns()) expect(indexed.has(pattern)).toBe(true);
    expect(exportedClaimPatterns().length).toBeGreaterThan(100);
  });

  it('reads the group files of a folder through its index.ts, every export once', async () => {
    const folders = readdirSync(CLAIMS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name)).toContain('collect');
    for (const { name } of folders) {
      const index = CLAIM_PATTERN_FILES[name] ?? {};
      const names: string[] = [];
      for (const file of readdirSync(join(CLAIMS_DIR, name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        const group = (await import(join(CLAIMS_DIR, name, file))) as Record<string, unknown>;
        for (const [key, value] of Object.entries(group)) {
          names.push(key);
          expect(index[key], `${name}/${file} ${key}`).toBe(value);
        }
      }
      // Nothing but the group files' exports, each from one group file: no pattern twice.
      expect(names.sort()).toEqual(Object.keys(index).sort());
    }
  });

  it('takes every anchored pattern a file exports, without naming it', () => {
    const word = /\bsome new cue\b/i;
    const rule = { id: 'x.y', pattern: /\bother cue\b/i, anchors: ['other'], gloss: '', examples: { match: [], noMatch: [] } };
    const listed = /\bin a list\b/;
    const found = exportedPatterns({ file: { WORD: word, RULE: rule, LIST: [listed], GLOBAL: /\bstateful\b/g, BARE: /^\d+$/, COUNT: 3 } });
    expect(found).toEqual([{ pattern: /^\d+$/ }, { pattern: listed }, { pattern: rule.pattern, anchors: ['other'] }, { pattern: word }]);
  });

  it('has found sentences to check against', () => {
    expect(testSentences.length).toBeGreaterThan(300);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('never turns away a sentence a claim pattern matches', () => {
    const index = new AnchorIndex(INDEXED_FACT_RULES);
    const count = index.patternCount;
    const patterns = [...new Set(INDEXED_FACT_RULES.map((r) => r.pattern))];
    const wrong: string[] = [];
    let skipped = 0;
    for (const text of texts) {
      const flags = new Uint8Array(count);
      index.mark(text.toLowerCase(), flags, 0);
      for (const pattern of patterns) {
        const flagged = flags[index.indexOf(pattern)] === 1;
        if (!flagged) skipped++;
        if (!flagged && pattern.test(text)) wrong.push(`${pattern.source.slice(0, 60)} : ${text.slice(0, 100)}`);
      }
    }
    expect(wrong).toEqual([]);
    // And the gate does skip: most patterns on most sentences.
    expect(skipped / (texts.length * patterns.length)).toBeGreaterThan(0.8);
  });

  it('answers test() as the pattern does, and may() true wherever it matches', () => {
    const sentences: ClassifiedSentence[] = texts.slice(0, 400).map((text, index) => ({ index, start: 0, end: text.length, text, blockIndex: index, isHeading: false, labels: [] }));
    const ctx = createFactContext(sentences);
    const patterns = exportedClaimPatterns().map((r) => r.pattern);
    const wrong: string[] = [];
    sentences.forEach((_s, i) => {
      const text = ctx.texts[i] ?? '';
      expect(ctx.lower(i)).toBe(text.toLowerCase());
      for (const pattern of patterns) {
        const matches = pattern.test(text);
        if (ctx.test(pattern, i) !== matches || (matches && !ctx.may(pattern, i))) wrong.push(`${pattern.source.slice(0, 60)} : ${text.slice(0, 100)}`);
      }
      // A rule with its own anchors: may() is whether one of them is there (contact.ts reads
      // its word features so).
      for (const { pattern, anchors } of exportedClaimPatterns()) {
        if (anchors && ctx.may(pattern, i) !== anchors.some((a) => ctx.lower(i).includes(a))) wrong.push(`anchors of ${pattern.source.slice(0, 60)} : ${text.slice(0, 100)}`);
      }
    });
    expect(wrong).toEqual([]);
  });
});
