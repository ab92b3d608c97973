// DIAGNOSTIC ONLY — nothing here ships and nothing is written. The shipped model is fitted on
// the seeds alone (npm run train); OPP-115's licence allows evaluation and error study, which
// is what this is: it asks how far the *current rules* could go on OPP-115 validation if their
// weights were fitted on OPP-115's own train split (each segment as one unit, folds by policy).
// If even that stays under the target, re-weighting cannot close the gap and only new rules
// (coverage of concepts the rules miss) can.
//
//   npx tsx scripts/diagnose-rule-ceiling.ts [--data ../shared/data/opp115/dev.jsonl]
import { existsSync } from 'node:fs';
import { RULES } from '../src/rules/index.ts';
import { trainModel, type PriorSpread, type TrainingDoc } from '../src/engine/classify/train.ts';
import { Classifier } from '../src/engine/classify/classifier.ts';
import { expandWithCompromise } from '../src/engine/match/lemmas.ts';
import type { Sentence } from '../src/engine/types.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { evaluate } from './lib/metrics.ts';
import { DEFAULT_OPP115, readOpp115, type Segment } from './lib/opp115.ts';

const args = parseArgs(process.argv.slice(2));
const dataPath = stringOption(args, 'data') ?? DEFAULT_OPP115;
if (!existsSync(dataPath)) {
  console.error(`OPP-115 not found at ${dataPath}: nothing to diagnose. Pass --data <path>.`);
  process.exit(2);
}

const FOLDS = 5;
const asUnit = (segment: Segment, index: number): Sentence => ({ index, start: 0, end: segment.text.length, text: segment.text, blockIndex: index, isHeading: false });
const segments = readOpp115(dataPath);
const train = segments.filter((s) => s.split === 'train');
const validation = segments.filter((s) => s.split === 'validation');
const policies = [...new Set(train.map((s) => s.policy))];
const folds: TrainingDoc[] = Array.from({ length: FOLDS }, (_, k) => {
  const part = train.filter((s) => policies.indexOf(s.policy) % FOLDS === k);
  return { name: `fold ${k + 1}`, sentences: part.map(asUnit), gold: part.map((s) => s.labels) };
});

const spreads: { name: string; spread: PriorSpread }[] = [
  { name: 'shipped prior spread (rule sd 1, cross-label sd 0.5)', spread: { ruleSd: 1, crossSd: 0.5 } },
  { name: 'loose prior spread (rule sd 4, cross-label sd 2)', spread: { ruleSd: 4, crossSd: 2 } },
];
console.log(`current rules (${RULES.length}) with weights fitted on OPP-115 train (${train.length} segments), scored on validation (${validation.length}):`);
for (const { name, spread } of spreads) {
  const classifier = new Classifier(trainModel(RULES, folds, expandWithCompromise, spread));
  const report = evaluate(validation.map((s, i) => ({ gold: s.labels, predicted: classifier.classify([asUnit(s, i)])[0]?.labels.map((l) => l.label) ?? [] })));
  console.log(`  ${name}: micro ${report.micro.f1.toFixed(3)}, macro ${report.macro.f1.toFixed(3)}`);
}
