// The compiled engine the extension and the CLI run on (see ./engine.ts). A build replaces this
// module with one that parses the engine compiled at build time from a string
// (scripts/build/compiled-engine.ts, the Vite plugin in vite.config.ts; the tests go through it
// too). Run from source (tsx), the engine is compiled here on first use, ~1 s with compromise's
// inflections, and without the seeds' token frequencies: the same matches, found a little slower.
import { TRAINED_MODEL } from '../classify/trained-model.ts';
import { INDEXED_FACT_RULES } from '../facts/indexed.ts';
import { expandWithCompromise } from '../match/lemmas.ts';
import { tokenSetCost } from '../match/pattern.ts';
import { RULES } from '../../rules/index.ts';
import { compileEngine, type CompiledEngine } from './engine.ts';

let compiled: CompiledEngine | undefined;

export function shippedEngine(): CompiledEngine {
  compiled ??= compileEngine({ rules: RULES, model: TRAINED_MODEL, factRules: INDEXED_FACT_RULES, expand: expandWithCompromise, cost: tokenSetCost });
  return compiled;
}

/** For Node tools that compile the engine as a build does (scripts/build/compiled-engine.ts), so
 *  that what they measure or compare is what ships. Call before the first analysis. */
export function useCompiledEngine(engine: CompiledEngine): void {
  compiled = engine;
}
