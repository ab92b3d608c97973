// Counts the vocabulary over a text: weighted hits per family, per 1000 words. Rules are
// compiled once (patterns.ts) and swept over each text.
import { findMatches, lower } from './match.ts';
import { textModel } from './model.ts';
import type { CompiledVocabularyRule } from './patterns.ts';
import type { Evidence, VocabularyFamily } from './types.ts';

export const FAMILIES: readonly VocabularyFamily[] = ['privacy', 'terms', 'cookies', 'conduct', 'processing', 'other-legal'];

const URL_IN_TEXT = /\bhttps?:\/\/[^\s)\]>"']+/g;
const WORD = /[\p{L}\p{N}]+/gu;

export interface TextFeatures {
  words: number;
  /** Weighted hits per 1000 words, by family. */
  density: Record<VocabularyFamily, number>;
  /** The families whose naming phrase ("This Cookie Policy", "These Terms") is in the text's
   *  opening: what the document says it is. */
  named: VocabularyFamily[];
  evidence: Evidence[];
}

/** Link targets would add words nobody reads; patterns run over lower case (compile.ts). */
export function normalizeText(text: string): string {
  return lower(text.replace(URL_IN_TEXT, ' '));
}

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/**
 * Short texts are scored as if they had at least this many words, so that one sentence
 * mentioning "personal data" does not read as a dense privacy policy.
 */
export const MIN_WORDS_FOR_DENSITY = 300;

export function textFeatures(text: string, vocabulary: readonly CompiledVocabularyRule[]): TextFeatures {
  const clean = normalizeText(text);
  const words = countWords(clean);
  const per1000 = 1000 / Math.max(words, MIN_WORDS_FOR_DENSITY);
  const density = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<VocabularyFamily, number>;
  const evidence: Evidence[] = [];
  const named: VocabularyFamily[] = [];
  for (const { rule, regex } of vocabulary) {
    const matches = findMatches(regex, clean);
    const hits = matches.length;
    if (hits === 0) continue;
    if (rule.names && (matches[0]?.start ?? Infinity) < textModel.opening.chars && !named.includes(rule.family)) named.push(rule.family);
    const weight = hits * rule.weight * per1000;
    density[rule.family] += weight;
    evidence.push({ id: rule.id, weight });
  }
  evidence.sort((a, b) => b.weight - a.weight);
  return { words, density, named, evidence };
}
