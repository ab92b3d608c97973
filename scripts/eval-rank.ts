// npm run -s eval:rank -- [--data <policy-detection dev.jsonl>] [--privacyspy <dev.jsonl>] [--claims engine|labels] [--json]
// How PolicyLens's grade ranks policies against privacy experts: for each product PrivacySpy
// rated (../shared/data/privacyspy, GPLv3, evaluation only), our score on the policy text Open
// Terms Archive archived for it (../shared/data/policy-detection, ODC-BY 1.0), Spearman's rho,
// and the share of pairs PrivacySpy puts at least 2 points apart that we order the same way.
// PrivacySpy read some policies years ago: a disagreement may be a changed policy.
// --claims labels grades the hand-labelled answers (test/claims/labels) instead of the engine's:
// how the scheme itself ranks when every claim is right (products without labels are skipped).
import { resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { rate } from '../src/engine/rating/index.ts';
import { textFromMarkdown } from '../src/engine/text/markdown.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { readLabelDir } from './lib/claim-labels.ts';
import { goldClaims } from './lib/gold-claims.ts';
import { DEFAULT_OTA_PATH, MissingOtaDataError, readOtaDocuments } from './lib/ota.ts';
import { readPrivacySpy } from './lib/privacyspy.ts';
import { pairsInOrder, spearman } from './lib/rank.ts';

const args = parseArgs(process.argv.slice(2));
const asJson = args.options.has('json');

function fail(message: string): never {
  console.error(`eval-rank: ${message}`);
  process.exit(2);
}

let docs: ReturnType<typeof readOtaDocuments>;
try {
  docs = readOtaDocuments(stringOption(args, 'data') ?? DEFAULT_OTA_PATH);
} catch (error) {
  if (error instanceof MissingOtaDataError) fail(`${error.message} Nothing to rank.`);
  throw error;
}
const products = readPrivacySpy(stringOption(args, 'privacyspy'));
if (!products) fail('PrivacySpy data not found (../shared/data/privacyspy/dev.jsonl); pass --privacyspy <path>.');
const claimSource = stringOption(args, 'claims') ?? 'engine';
if (claimSource !== 'engine' && claimSource !== 'labels') fail('--claims must be engine or labels');
const problems: string[] = [];
const labels = claimSource === 'labels' ? new Map(readLabelDir(resolve(import.meta.dirname, '../test/claims/labels'), problems).map((l) => [l.id, l])) : null;
if (problems.length > 0) fail(`invalid labels (run npm run -s claims:check):\n${problems.join('\n')}`);

interface Row {
  product: string;
  expert: number;
  ours: number | null;
  grade: string | null;
  confidence: number;
  top: string[];
}

const rows: Row[] = products.flatMap((p) => {
  const doc = docs.get(p.ota_id);
  if (!doc) return [{ product: p.product, expert: p.score, ours: null, grade: null, confidence: 0, top: ['(no archived text)'] }];
  const label = labels?.get(p.ota_id);
  if (labels && !label) return [];
  const analysis = analyze(textFromMarkdown(doc.text));
  const rating = label ? rate(goldClaims(analysis.claims, label), analysis.sentences) : analysis.rating;
  return [{
    product: p.product,
    expert: p.score,
    ours: rating.score,
    grade: rating.grade,
    confidence: rating.confidence,
    top: rating.grade === null ? [rating.notGraded ?? ''] : rating.reasons.filter((r) => r.known).slice(0, 3).map((r) => `${r.points > 0 ? '+' : ''}${r.points} ${r.text}`),
  }];
});

const graded = rows.filter((r): r is Row & { ours: number } => r.ours !== null);
const rho = spearman(graded.map((r) => r.expert), graded.map((r) => r.ours));
const pairs = pairsInOrder(graded.map((r) => r.expert), graded.map((r) => r.ours), 2);
const round = (x: number): number => Math.round(x * 1000) / 1000;

if (asJson) {
  process.stdout.write(`${JSON.stringify({ products: rows.length, graded: graded.length, spearman: round(rho), pairs, rows }, null, 2)}\n`);
} else {
  const lines = [
    `Grade${claimSource === 'labels' ? ' of the hand-labelled claims' : ''} against PrivacySpy's expert scores: ${graded.length} of ${rows.length} products graded (PrivacySpy, GPLv3, evaluation only; texts: Open Terms Archive contributors, ODC-BY 1.0)`,
    '',
    `Spearman rho: ${rho.toFixed(3)}   (target >= 0.75)`,
    `pairs PrivacySpy puts >= 2 points apart, ordered the same way: ${pairs.same}/${pairs.total} = ${(pairs.total ? (100 * pairs.same) / pairs.total : 0).toFixed(1)}%   (target >= 90%)`,
    '',
    '  product                expert  ours grade  sure  what moved it most',
    ...[...rows].sort((a, b) => b.expert - a.expert).map((r) => `  ${r.product.padEnd(22)} ${r.expert.toFixed(2).padStart(6)}  ${r.ours === null ? '   -' : String(r.ours).padStart(4)}   ${(r.grade ?? '-').padEnd(3)}  ${r.confidence.toFixed(2)}  ${r.top.join(' | ').slice(0, 140)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
