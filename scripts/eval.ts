// npm run eval [-- --json] [--data ../shared/data/opp115/dev.jsonl] [--split validation]
//               [--errors <label key> [--max N]]   (error study: use --split train)
//               [--fresh]   score a model trained now from the current rules, not the committed one
//               [--votes [--spans <dev-spans.jsonl>]]   errors by how many annotators marked the label
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
import { getClassifier } from '../src/engine/analyze.ts';
import { LABELS, labelFromKey, type Label } from '../src/engine/labels.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { evaluate, formatReport, type Report } from './lib/metrics.ts';
import { DEFAULT_OPP115, readOpp115 } from './lib/opp115.ts';
import { readOpp115Votes, votesFor, type Votes } from './lib/opp115-votes.ts';
import { loadTrainingDocs } from './lib/seeds.ts';

const args = parseArgs(process.argv.slice(2));
const asJson = args.options.has('json');
const dataPath = stringOption(args, 'data') ?? DEFAULT_OPP115;
const split = stringOption(args, 'split') ?? 'validation';
const spansPath = stringOption(args, 'spans') ?? dataPath.replace(/dev\.jsonl$/, 'dev-spans.jsonl');
const votes: Votes | null = args.options.has('votes') || args.options.has('errors') ? readVotesIfPresent() : null;

function readVotesIfPresent(): Votes | null {
  if (existsSync(spansPath)) return readOpp115Votes(spansPath);
  console.error(`OPP-115 spans not found at ${spansPath}: errors are shown without annotator votes (pass --spans <path>).`);
  return null;
}

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
  const classifier = args.options.has('fresh') ? new Classifier(trainModel(RULES, loadTrainingDocs(), expandWithCompromise)) : getClassifier();
  const segments = readOpp115(dataPath).filter((s) => s.split === split);
  const results = segments.map((s) => {
    const sentences = classifier.classify(segment({ text: s.text }).sentences);
    return { segment: s, sentences, predicted: passageLabels(sentences) };
  });
  const errorKey = stringOption(args, 'errors');
  if (errorKey !== undefined) printErrors(errorKey, results);
  if (args.options.has('votes') && votes !== null) printErrorsByVotes(votes, results);
  return evaluate(results.map((r) => ({ gold: r.segment.labels, predicted: r.predicted })));
}

/** Error study: missed and false-alarm segments for one label, with the rules that fired. */
function printErrors(key: string, results: { segment: { id: string; text: string; labels: Label[] }; sentences: ReturnType<Classifier['classify']>; predicted: Label[] }[]): void {
  const label = labelFromKey(key);
  if (label === undefined) throw new Error(`--errors: unknown label key ${key}`);
  const max = Number(stringOption(args, 'max') ?? '15');
  const show = (title: string, wrong: typeof results): void => {
    console.log(`-- ${title} (${wrong.length}):`);
    for (const r of wrong.slice(0, max)) {
      const hits = r.sentences.flatMap((x) => x.labels.filter((l) => l.label === label).map((l) => `${l.ruleIds.join('+')}@${l.score.toFixed(2)}`));
      const marked = votes === null ? '' : ` (${votesFor(votes, r.segment.id, label)}/3 annotators)`;
      console.log(`  [${r.segment.id}]${marked} gold: ${r.segment.labels.join(' | ')}${hits.length ? `; fired: ${hits.join(', ')}` : ''}\n    ${r.segment.text.slice(0, 400).replace(/\s+/g, ' ')}`);
    }
  };
  show(`${label}: missed`, results.filter((r) => r.segment.labels.includes(label) && !r.predicted.includes(label)));
  show(`${label}: false alarms`, results.filter((r) => !r.segment.labels.includes(label) && r.predicted.includes(label)));
}

/** Per label: false alarms no annotator / one annotator marked, misses two / all three marked.
 *  A false alarm one annotator shares is disputed ground; a miss all three agree on is a gap. */
function printErrorsByVotes(votes: Votes, results: { segment: { id: string; labels: Label[] }; predicted: Label[] }[]): void {
  const rows = LABELS.map((label) => {
    const counts = [0, 0, 0, 0];
    for (const { segment: s, predicted } of results) {
      const gold = s.labels.includes(label);
      if (gold === predicted.includes(label)) continue;
      const marked = Math.min(3, votesFor(votes, s.id, label));
      const column = gold ? Math.max(2, marked) : Math.min(1, marked);
      counts[column] = (counts[column] ?? 0) + 1;
    }
    return { label, counts };
  });
  const total = rows.reduce((sum, { counts }) => sum.map((x, i) => x + (counts[i] ?? 0)), [0, 0, 0, 0]);
  console.log(`errors on the ${split} split by how many of 3 annotators marked the label`);
  console.log(`  ${'label'.padEnd(38)} ${'false alarm: 0'.padStart(14)} ${'1'.padStart(4)}   ${'miss: 2'.padStart(7)} ${'3'.padStart(4)}`);
  for (const { label, counts } of [...rows, { label: 'all', counts: total }]) {
    const [none, one, two, three] = counts.map(String);
    console.log(`  ${label.padEnd(38)} ${none?.padStart(14)} ${one?.padStart(4)}   ${two?.padStart(7)} ${three?.padStart(4)}`);
  }
  console.log('');
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
