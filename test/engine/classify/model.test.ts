// The committed model is generated (npm run train) and must be reproducible: a fresh training
// run on the same rules and seed labels gives exactly the committed weights and thresholds.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index.ts';
import { trainedPart, trainModel } from '../../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';
import { TRAINED_MODEL } from '../../../src/engine/classify/trained-model.ts';
import { LABELS } from '../../../src/engine/labels.ts';
import { loadTrainingDocs } from '../../../scripts/lib/seeds.ts';

/** A full training run (leave-one-provider-out thresholds included) takes ~3 s on an idle
 *  2-core machine, so vitest's default 5 s fails it whenever other test files share the cores. */
const TRAINING_TIMEOUT_MS = 60_000;

describe('src/rules/model.generated.json', () => {
  it('equals a fresh `npm run train` (run it after changing rules or seed labels)', () => {
    const fresh = JSON.parse(JSON.stringify(trainedPart(trainModel(RULES, loadTrainingDocs(), expandWithCompromise)))) as unknown;
    expect(TRAINED_MODEL, 'committed model is stale: run npm run train').toEqual(fresh);
  }, TRAINING_TIMEOUT_MS);

  it('weighs every rule of the registry under its own label, and holds no compiled rules', () => {
    for (const rule of RULES) expect(TRAINED_MODEL.labels[rule.label].weights, rule.id).toHaveProperty([rule.id]);
    expect(Object.keys(TRAINED_MODEL).sort()).toEqual(['generated', 'labels', 'training', 'version']);
    expect(Object.keys(TRAINED_MODEL.labels).sort()).toEqual([...LABELS].sort());
  });
});
