// The committed model is generated (npm run train) and must be reproducible: a fresh training
// run on the same rules and seed labels gives exactly the committed file.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index.ts';
import { trainModel } from '../../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';
import { SHIPPED_MODEL } from '../../../src/engine/classify/shipped-model.ts';
import { loadTrainingDocs } from '../../../scripts/lib/seeds.ts';

/** A full training run (leave-one-provider-out thresholds included) takes ~3 s on an idle
 *  2-core machine, so vitest's default 5 s fails it whenever other test files share the cores. */
const TRAINING_TIMEOUT_MS = 60_000;

describe('src/rules/model.generated.json', () => {
  it('equals a fresh `npm run train` (run it after changing rules or seed labels)', () => {
    const fresh = JSON.parse(JSON.stringify(trainModel(RULES, loadTrainingDocs(), expandWithCompromise))) as unknown;
    expect(SHIPPED_MODEL, 'committed model is stale: run npm run train').toEqual(fresh);
  }, TRAINING_TIMEOUT_MS);

  it('has every rule of the registry, compiled', () => {
    expect(SHIPPED_MODEL.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });
});
