// What every extractor reads: the sentences, their text normalised once for the fact patterns,
// their labels as sets, and a memo for values several extractors share (postal addresses).
import type { Label } from '../labels.ts';
import type { ClassifiedSentence } from '../types.ts';
import { FACT_RULES } from '../../rules/facts/index.ts';
import { AnchorIndex } from './anchor-index.ts';
import { allMatches } from './evidence.ts';

let anchorIndex: AnchorIndex | undefined;

/** Built on first use from every fact rule, then shared by all policies. */
function getAnchorIndex(): AnchorIndex {
  anchorIndex ??= new AnchorIndex(FACT_RULES);
  return anchorIndex;
}

export interface FactContext {
  readonly sentences: readonly ClassifiedSentence[];
  /** Sentence text as the patterns see it (normalizeForFacts). */
  readonly texts: readonly string[];
  /** Does `pattern` match sentence `index`? Skips the regex when its anchor words are absent. */
  test(pattern: RegExp, index: number): boolean;
  /** Every match of `pattern` in sentence `index`. */
  matches(pattern: RegExp, index: number): RegExpExecArray[];
  hasLabel(index: number, label: Label): boolean;
  /** Normalised text of the sentence's heading, '' when it has none. */
  heading(index: number): string;
  memo<T>(key: string, compute: () => T): T;
}

/** Collapse whitespace (PDF text breaks lines mid-sentence) and straighten curly quotes, so a
 *  pattern written with ' and " matches "driver’s license" and “cookies” alike. */
export function normalizeForFacts(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  return CURLY.test(spaced) ? spaced.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"') : spaced;
}

const CURLY = /[\u2018\u2019\u02BC\u201C\u201D]/;

export function createFactContext(sentences: readonly ClassifiedSentence[]): FactContext {
  const texts = sentences.map((s) => normalizeForFacts(s.text));
  const lower = texts.map((t) => t.toLowerCase());
  const index = getAnchorIndex();
  const present = lower.map((l) => index.scan(l));
  const may = (pattern: RegExp, i: number): boolean => index.mayMatch(pattern, present[i] ?? new Uint8Array(0), lower[i] ?? '');
  const labels = sentences.map((s) => new Set<Label>(s.labels.map((l) => l.label)));
  const memos = new Map<string, unknown>();
  return {
    sentences,
    texts,
    test: (pattern, i) => may(pattern, i) && pattern.test(texts[i] ?? ''),
    matches: (pattern, i) => (may(pattern, i) ? allMatches(pattern, texts[i] ?? '') : []),
    hasLabel: (index, label) => labels[index]?.has(label) ?? false,
    heading: (index) => {
      const headingIndex = sentences[index]?.headingIndex;
      return headingIndex === undefined ? '' : (texts[headingIndex] ?? '');
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };
}
