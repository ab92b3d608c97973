// npm run eval [-- --json] [--data ../shared/data/opp115/dev.jsonl] [--split validation]
// Prints per-label precision/recall/F1 and micro/macro F1 of the seed-trained model on
//  (a) the seeds, leave-one-provider-out: trained on four providers, scored on the fifth;
//  (b) the OPP-115 validation split (Wilson et al., ACL 2016), segment level: a segment gets a
//      label when any of its sentences does. OPP-115 is read in place for measuring only.
import { existsSync } from 'node:fs';
import { RULES } from '../src/rules/index.ts';
import { trainModel } from '../src/engine/classify/train.ts';
import { Classifier } from '../src/engine/classify/classifier.ts';
import { passageLabels } from '../src/engine/classify/text-labels.ts';
import { expandWithCompromise } from '../src/engine/match/lemmas.ts';
import { segment } from '../src/engine/text/segment.ts';
import { SHIPPED_MODEL } from '../src/engine/classify/shipped-model.ts';
import type { Label } from '../src/engine/labels.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { evaluate, formatReport, type Report } from './lib/metrics.ts';
import { DEFAULT_OPP115, readOpp115 } from './lib/opp115.ts';
import { loadTrainingDocs } from './lib/seeds.ts';

const args = parseArgs(process.argv.slice(2));
const asJson = args.options.has('json');
const dataPath = stringOption(args, 'data') ?? DEFAULT_OPP115;
const split = stringOption(args, 'split') ?? 'validation';

function seedsLeaveOneProviderOut(): Report {
  const docs = loadTrainingDocs();
  const pairs: { gold: readonly Label[]; predicted: Label[] }[] = [];
  docs.forEach((heldOut, k) => {
    const classifier = new Classifier(trainModel(RULES, docs.filter((_, d) => d !== k), expandWithCompromise));
    classifier.classify(heldOut.sentences).forEach((sentence, i) => {
      pairs.push({ gold: heldOut.gold[i] ?? [], predicted: sentence.labels.map((l) => l.label) });
    });
  });
  return evaluate(pairs);
}

function opp115(): Report | null {
  if (!existsSync(dataPath)) {
    console.error(`OPP-115 not found at ${dataPath}: skipping (b). It lives outside the repo in ../shared/data/opp115/dev.jsonl; pass --data <path>.`);
    return null;
  }
  const classifier = new Classifier(SHIPPED_MODEL);
  const segments = readOpp115(dataPath).filter((s) => s.split === split);
  return evaluate(segments.map((s) => ({ gold: s.labels, predicted: passageLabels(classifier, segment({ text: s.text }).sentences) })));
}

const seeds = seedsLeaveOneProviderOut();
const opp = opp115();
if (asJson) {
  console.log(JSON.stringify({ seedsLeaveOneProviderOut: seeds, opp115: opp === null ? null : { split, ...opp } }, null, 2));
} else {
  console.log(formatReport('(a) seeds, sentence level, leave-one-provider-out', seeds));
  if (opp) console.log(`\n${formatReport(`(b) OPP-115 ${split} split, segment level, shipped model`, opp)}`);
}
if (opp === null) process.exitCode = 2;
