// The engine compiled at build time (src/engine/compiled/engine.ts): the classification rules
// compiled and indexed with the seeds' token frequencies, the trained weights laid out, the fact
// patterns' anchor index. The Vite plugin below puts it in every build (extension, CLI) and in
// the tests, as a module that parses it from one string on first use; Node tools that must
// measure or compare what ships (bench, check:identical) install it with useCompiledEngine.
import type { Plugin } from 'vite';
import { seedTokenSetCost } from '../../src/engine/classify/train.ts';
import { TRAINED_MODEL } from '../../src/engine/classify/trained-model.ts';
import { compileEngine, type CompiledEngine } from '../../src/engine/compiled/engine.ts';
import { INDEXED_FACT_RULES } from '../../src/engine/facts/indexed.ts';
import { expandWithCompromise } from '../../src/engine/match/lemmas.ts';
import { segment } from '../../src/engine/text/segment.ts';
import { RULES } from '../../src/rules/index.ts';
import { readSeedText, seedProviders } from '../lib/seeds.ts';

/** The engine as a build compiles it. */
export function compileShippedEngine(): CompiledEngine {
  const seeds = seedProviders().map((provider) => ({ sentences: segment({ text: readSeedText(provider.file) }).sentences }));
  return compileEngine({ rules: RULES, model: TRAINED_MODEL, factRules: INDEXED_FACT_RULES, expand: expandWithCompromise, cost: seedTokenSetCost(seeds) });
}

/** The module that replaces src/engine/compiled/shipped.ts in a build: same exports. */
export function shippedModuleSource(engine: CompiledEngine): string {
  return [
    '// Generated at build time by scripts/build/compiled-engine.ts: the compiled engine as one',
    '// JSON string, parsed on first use (JSON.parse of a string is far cheaper than evaluating',
    '// the same data as a JavaScript literal).',
    `const SOURCE = ${JSON.stringify(JSON.stringify(engine))};`,
    'let compiled;',
    'export function shippedEngine() {',
    '  compiled ??= JSON.parse(SOURCE);',
    '  return compiled;',
    '}',
    'export function useCompiledEngine(engine) {',
    '  compiled = engine;',
    '}',
    '',
  ].join('\n');
}

const SHIPPED_MODULE = /[\\/]src[\\/]engine[\\/]compiled[\\/]shipped\.ts$/;

/** Serves src/engine/compiled/shipped.ts as the engine compiled at build time. Compiled once per
 *  process on first request (about a second: compromise's inflections, the seeds' frequencies). */
export function compiledEnginePlugin(): Plugin {
  let source: string | undefined;
  return {
    name: 'policylens:compiled-engine',
    enforce: 'pre',
    load(id) {
      if (!SHIPPED_MODULE.test(id.split('?')[0] ?? '')) return null;
      source ??= shippedModuleSource(compileShippedEngine());
      return source;
    },
  };
}
