// npm run -s eval:rank -- [--data <policy-detection dev.jsonl>] [--privacyspy <dev.jsonl>] [--claims engine|labels] [--half 1|2] [--json]
// How PolicyLens's grade ranks policies against privacy experts: for each product PrivacySpy
// rated (../shared/data/privacyspy, GPLv3, evaluation only), our score on the policy text Open
// Terms Archive archived for it (../shared/data/policy-detection, ODC-BY 1.0), Spearman's rho,
// and the share of pairs PrivacySpy puts at least 2 points apart that we order the same way.
// PrivacySpy read some policies years ago: a disagreement may be a changed policy.
// --claims labels grades the hand-labelled answers (test/claims/labels) instead of the engine's:
// how the scheme itself ranks when every claim is right (products without labels are skipped).
// Halves: the products sorted alphabetically by name, split into a first half (the larger when
// odd) and a second. A change to the scheme is kept only if it lowers neither half: agreement
// bought on one half at the other's cost is fitting, not a better scheme. The figures for all
// and for both halves are always printed; --half 1|2 lists only that half's products.
import { resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { rate } from '../src/engine/rating/index.ts';
import { textFromMarkdown } from '../src/engine/text/markdown.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { readLabelDir } from './lib/claim-labels.ts';
import { goldClaims } from './lib/gold-claims.ts';
import { DEFAULT_OTA_PATH, MissingOtaDataError, readOtaDocuments } from './lib/ota.ts';
import { readPrivacySpy } from './lib/privacyspy.ts';
import { alphabeticalHalves, pairsInOrder, spearman } from './lib/rank.ts';

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
const halfOption = stringOption(args, 'half');
if (halfOption !== undefined && halfOption !== '1' && halfOption !== '2') fail('--half must be 1 or 2');

interface Row {
  product: string;
  half: 1 | 2;
  expert: number;
  ours: number | null;
  grade: string | null;
  confidence: number;
  top: string[];
}

const split = alphabeticalHalves(products.map((p) => p.product));
const firstHalf = new Set(split.first);
const halfOf = (product: string): 1 | 2 => (firstHalf.has(product) ? 1 : 2);

const rows: Row[] = products.flatMap((p) => {
  const doc = docs.get(p.ota_id);
  const half = halfOf(p.product);
  if (!doc) return [{ product: p.product, half, expert: p.score, ours: null, grade: null, confidence: 0, top: ['(no archived text)'] }];
  const label = labels?.get(p.ota_id);
  if (labels && !label) return [];
  const analysis = analyze(textFromMarkdown(doc.text));
  const rating = label ? rate(goldClaims(analysis.claims, label), analysis.sentences) : analysis.rating;
  return [{
    product: p.product,
    half,
    expert: p.score,
    ours: rating.score,
    grade: rating.grade,
    confidence: rating.confidence,
    top: rating.grade === null ? [rating.notGraded ?? ''] : rating.reasons.filter((r) => r.known).slice(0, 3).map((r) => `${r.points > 0 ? '+' : ''}${r.points} ${r.text}`),
  }];
});

interface Figures {
  graded: number;
  spearman: number;
  pairs: { same: number; total: number };
}
const round = (x: number): number => Math.round(x * 1000) / 1000;
function figures(of: readonly Row[]): Figures {
  const graded = of.filter((r): r is Row & { ours: number } => r.ours !== null);
  return {
    graded: graded.length,
    spearman: round(spearman(graded.map((r) => r.expert), graded.map((r) => r.ours))),
    pairs: pairsInOrder(graded.map((r) => r.expert), graded.map((r) => r.ours), 2),
  };
}
const all = figures(rows);
const halves = { 1: figures(rows.filter((r) => r.half === 1)), 2: figures(rows.filter((r) => r.half === 2)) };
const shown = halfOption ? rows.filter((r) => r.half === Number(halfOption)) : rows;
const percent = (p: Figures['pairs']): string => `${p.same}/${p.total} = ${(p.total ? (100 * p.same) / p.total : 0).toFixed(1)}%`;

if (asJson) {
  process.stdout.write(`${JSON.stringify({ products: rows.length, graded: all.graded, spearman: all.spearman, pairs: all.pairs, halves, rows: shown }, null, 2)}\n`);
} else {
  const lines = [
    `Grade${claimSource === 'labels' ? ' of the hand-labelled claims' : ''} against PrivacySpy's expert scores: ${all.graded} of ${rows.length} products graded (PrivacySpy, GPLv3, evaluation only; texts: Open Terms Archive contributors, ODC-BY 1.0)`,
    '',
    `Spearman rho: ${all.spearman.toFixed(3)}   (target >= 0.75)`,
    `pairs PrivacySpy puts >= 2 points apart, ordered the same way: ${percent(all.pairs)}   (target >= 90%)`,
    `half 1 (${split.first[0] ?? ''}–${split.first.at(-1) ?? ''}): rho ${halves[1].spearman.toFixed(3)}, pairs ${percent(halves[1].pairs)}`,
    `half 2 (${split.second[0] ?? ''}–${split.second.at(-1) ?? ''}): rho ${halves[2].spearman.toFixed(3)}, pairs ${percent(halves[2].pairs)}`,
    '',
    '  product                half expert  ours grade  sure  what moved it most',
    ...[...shown].sort((a, b) => b.expert - a.expert).map((r) => `  ${r.product.padEnd(22)}  ${r.half}  ${r.expert.toFixed(2).padStart(6)}  ${r.ours === null ? '   -' : String(r.ours).padStart(4)}   ${(r.grade ?? '-').padEnd(3)}  ${r.confidence.toFixed(2)}  ${r.top.join(' | ').slice(0, 140)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
