// npm run train: fits the rule weights and per-label thresholds on the labelled seeds only and
// writes them to src/rules/model.generated.json (committed; test/engine/classify/model.test.ts
// fails when it differs from a fresh run). Deterministic: no randomness, fixed step counts. The
// compiled rules are not written: a build compiles them (src/engine/compiled).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../src/rules/index.ts';
import { trainedPart, trainModel } from '../src/engine/classify/train.ts';
import { expandWithCompromise } from '../src/engine/match/lemmas.ts';
import { loadTrainingDocs } from './lib/seeds.ts';
import { LABELS } from '../src/engine/labels.ts';

export const MODEL_PATH = resolve(import.meta.dirname, '../src/rules/model.generated.json');

const model = trainModel(RULES, loadTrainingDocs(), expandWithCompromise);
writeFileSync(MODEL_PATH, `${JSON.stringify(trainedPart(model), null, 1)}\n`);
console.error(`wrote ${MODEL_PATH}: ${model.rules.length} rules, ${model.training.sentences} seed sentences`);
for (const label of LABELS) {
  const params = model.labels[label];
  console.error(`  ${label.padEnd(38)} positives ${String(model.training.positives[label]).padStart(4)}  threshold ${params.threshold.toFixed(2)}  bias ${params.bias.toFixed(2)}`);
}
