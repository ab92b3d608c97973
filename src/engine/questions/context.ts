// What a question module reads: the sentences with their fact-pattern text (FactContext), the
// clause reading of a match (tokenised once per sentence), and the claims of the questions read
// before it (the registry's order), for the few answers that depend on another.
import { readClause, type Reading } from '../clause/read.ts';
import { tokenize, type Token } from '../clause/tokens.ts';
import { createFactContext, type FactContext } from '../facts/context.ts';
import type { ClassifiedSentence } from '../types.ts';
import type { Claims, QuestionId } from './types.ts';

export interface ReadContext extends FactContext {
  /** The clause reading of the match [start, end) of sentence `index` (offsets in texts[index]). */
  reading(index: number, start: number, end?: number): Reading;
  /** A claim already read (questions earlier in the registry). */
  claim<Q extends QuestionId>(question: Q): Claims[Q];
  /** Records a claim once read. */
  record<Q extends QuestionId>(question: Q, claim: Claims[Q]): void;
}

export function createReadContext(sentences: readonly ClassifiedSentence[]): ReadContext {
  const facts = createFactContext(sentences);
  const tokens = new Map<number, Token[]>();
  const claims: Partial<Claims> = {};
  const ctx: ReadContext = Object.assign(Object.create(facts) as FactContext, {
    reading(index: number, start: number, end?: number): Reading {
      const text = facts.texts[index] ?? '';
      let t = tokens.get(index);
      if (!t) {
        t = tokenize(text);
        tokens.set(index, t);
      }
      return readClause(text, start, end ?? start + 1, t);
    },
    claim<Q extends QuestionId>(question: Q): Claims[Q] {
      const claim = claims[question];
      if (!claim) throw new Error(`the ${question} claim is read later in the registry; reorder QUESTION_MODULES`);
      return claim as Claims[Q];
    },
    record<Q extends QuestionId>(question: Q, claim: Claims[Q]): void {
      claims[question] = claim;
    },
  });
  return ctx;
}
