// What the engine runs on besides its code: everything that follows from the rules, the trained
// weights and the seeds, computed once. A build computes it (scripts/build/compiled-engine.ts)
// and ships it as one JSON string, so a worker that starts cold parses data instead of compiling
// ~1,100 rule patterns, reading the anchors off ~260 fact patterns and building the indexes;
// run from source, it is compiled on first use (./shipped.ts).
import { layoutClassifier, type ClassifierLayout } from '../classify/classifier.ts';
import type { TrainedModel } from '../classify/model.ts';
import { compileShippedRules } from '../classify/train.ts';
import { layoutAnchors, type AnchoredPattern, type AnchorLayout } from '../facts/anchor-index.ts';
import { patternsDigest } from '../facts/indexed.ts';
import type { LemmaExpander, TokenSetCost } from '../match/pattern.ts';
import type { Rule } from '../../rules/types.ts';

export const COMPILED_ENGINE_VERSION = 1;

export interface CompiledEngine {
  version: typeof COMPILED_ENGINE_VERSION;
  /** The classification rules compiled and indexed, with the trained weights laid out. */
  classifier: ClassifierLayout;
  /** The anchor index of the fact and claim patterns (INDEXED_FACT_RULES)… */
  facts: AnchorLayout;
  /** …which holds for these patterns only (patternsDigest). */
  factPatterns: string;
  /** Each classification rule's gloss by id, for the tooltip (the worker carries no rules). */
  glosses: Record<string, string>;
}

export interface EngineSources {
  rules: readonly Rule[];
  model: TrainedModel;
  factRules: readonly AnchoredPattern[];
  /** Inflections of {lemma} tokens (match/lemmas.ts). */
  expand: LemmaExpander;
  /** How rare a token set is: the seeds' frequencies in a build (any cost matches the same). */
  cost: TokenSetCost;
}

export function compileEngine({ rules, model, factRules, expand, cost }: EngineSources): CompiledEngine {
  return {
    version: COMPILED_ENGINE_VERSION,
    classifier: layoutClassifier({ ...model, rules: compileShippedRules(rules, expand, cost) }),
    facts: layoutAnchors(factRules),
    factPatterns: patternsDigest(factRules),
    glosses: Object.fromEntries(rules.map((rule) => [rule.id, rule.gloss])),
  };
}
