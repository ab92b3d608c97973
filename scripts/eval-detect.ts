// npm run -s eval:detect -- [--data <dev.jsonl>] [--opp <policies dir>] [--debian <html dir>] [--json]
// (or: npx tsx scripts/eval-detect.ts ...)
// Measures the page detector (src/engine/detect) on data kept outside the repo:
// - policy-detection/dev.jsonl (Open Terms Archive contributors, ODC-BY 1.0): precision, recall
//   and F1 of "privacy policy vs not", through the CLI's text path (the text with its URL), and
//   every error with its id, fine label and score;
// - OPP-115 policies (Wilson et al., ACL 2016): recall, each page read as HTML;
// - the five seed policies (seeds/*.txt): recall;
// - Debian python3-doc HTML manuals, every page sorted, served as http://127.0.0.1/docs/<path>:
//   ordinary pages, where any detection is a false positive (browser path and CLI path).
// The data is read only, never copied into the repo, and never fitted on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { detectWithText } from '../src/engine/detect/detect.ts';
import { detectHtml, detectTextDocument, readHtml } from '../src/engine/detect/from-html.ts';
import { quickSignals } from '../src/engine/detect/quick.ts';
import { scoreText } from '../src/engine/detect/score-text.ts';
import { debianPages, MissingDebianPagesError, PYTHON_DOC_ROOT } from '../test/engine/detect/support/debian-pages.ts';
import { parseArgs, stringOption } from './lib/args.ts';

const REPO = resolve(import.meta.dirname, '..');
const DEFAULT_DATA = resolve(REPO, '../shared/data/policy-detection/dev.jsonl');
const DEFAULT_OPP = resolve(REPO, '../shared/data/opp115/policies');
const SEEDS = resolve(REPO, 'seeds');

interface DevRow {
  id: string;
  label: string;
  fine_label: string;
  url: string | null;
  text: string;
}

interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);
const round = (x: number): number => Math.round(x * 1000) / 1000;

function prf(c: Confusion) {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { ...c, precision: round(precision), recall: round(recall), f1: round(ratio(2 * precision * recall, precision + recall)) };
}

function fail(message: string): never {
  console.error(`eval-detect: ${message}`);
  process.exit(2);
}

function readDev(path: string): DevRow[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line, i) => {
    try {
      return JSON.parse(line) as DevRow;
    } catch (error) {
      return fail(`${path}:${i + 1}: invalid JSON (${(error as Error).message})`);
    }
  });
}

function evalDev(rows: readonly DevRow[]) {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const textOnly: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const errors: { id: string; fine_label: string; expected: boolean; score: number }[] = [];
  for (const row of rows) {
    const gold = row.label === 'policy';
    const result = detectTextDocument(row.text, row.url ?? '');
    const key = (p: boolean) => (p ? (gold ? 'tp' : 'fp') : gold ? 'fn' : 'tn') as keyof Confusion;
    c[key(result.isPolicy)]++;
    textOnly[key(scoreText(row.text).isPolicy)]++;
    if (result.isPolicy !== gold) errors.push({ id: row.id, fine_label: row.fine_label, expected: gold, score: result.score });
  }
  return { documents: rows.length, ...prf(c), textOnly: prf(textOnly), errors };
}

function evalOpp(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const missed: { file: string; score: number }[] = [];
  for (const file of files) {
    const result = detectHtml(readFileSync(join(dir, file), 'utf8'));
    if (!result.isPolicy) missed.push({ file, score: result.score });
  }
  return { pages: files.length, detected: files.length - missed.length, recall: round(ratio(files.length - missed.length, files.length)), missed };
}

function evalSeeds(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const missed: { file: string; score: number }[] = [];
  for (const file of files) {
    const result = detectTextDocument(readFileSync(join(dir, file), 'utf8'));
    if (!result.isPolicy) missed.push({ file, score: result.score });
  }
  return { documents: files.length, detected: files.length - missed.length, recall: round(ratio(files.length - missed.length, files.length)), missed };
}

function evalDebian(root: string) {
  const pages = debianPages(root);
  const flagged: { path: string; quick: string; score: number }[] = [];
  let settledQuick = 0;
  for (const page of pages) {
    const { features, text } = readHtml(readFileSync(page.file, 'utf8'), page.url);
    const quick = quickSignals(features);
    if (quick === 'not-policy') settledQuick++;
    const full = detectWithText(features, text);
    if (quick === 'policy' || full.isPolicy) flagged.push({ path: page.path, quick, score: full.score });
  }
  return { pages: pages.length, settledAtQuickStage: settledQuick, falsePositives: flagged.length, flagged };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataPath = resolve(stringOption(args, 'data') ?? DEFAULT_DATA);
  const oppDir = resolve(stringOption(args, 'opp') ?? DEFAULT_OPP);
  const debianRoot = stringOption(args, 'debian') ?? PYTHON_DOC_ROOT;
  if (!existsSync(dataPath)) fail(`policy-detection data not found at ${dataPath}. It lives outside the repo (../shared/data/policy-detection/dev.jsonl); pass --data <path>.`);
  if (!existsSync(oppDir)) fail(`OPP-115 policies not found at ${oppDir}. They live outside the repo (../shared/data/opp115/policies); pass --opp <dir>.`);

  const started = performance.now();
  const dev = evalDev(readDev(dataPath));
  const opp115 = evalOpp(oppDir);
  const seeds = evalSeeds(SEEDS);
  let debian;
  try {
    debian = evalDebian(debianRoot);
  } catch (error) {
    if (error instanceof MissingDebianPagesError) fail(error.message);
    throw error;
  }
  const report = { data: dataPath, dev, opp115, seeds, debian, seconds: round((performance.now() - started) / 1000) };

  if (args.options.has('json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `policy-detection dev (${dev.documents} documents; Open Terms Archive contributors, ODC-BY 1.0)`,
    `  precision ${dev.precision.toFixed(3)}  recall ${dev.recall.toFixed(3)}  F1 ${dev.f1.toFixed(3)}   (tp ${dev.tp}, fp ${dev.fp}, fn ${dev.fn}, tn ${dev.tn})`,
    `  text alone, without URL or headings: P ${dev.textOnly.precision.toFixed(3)}  R ${dev.textOnly.recall.toFixed(3)}  F1 ${dev.textOnly.f1.toFixed(3)}`,
    `  errors (${dev.errors.length}):`,
    ...dev.errors.map((e) => `    ${e.expected ? 'missed ' : 'flagged'}  ${e.score.toFixed(3)}  ${e.fine_label.padEnd(28)} ${e.id}`),
    `OPP-115 policy pages (Wilson et al., ACL 2016): ${opp115.detected}/${opp115.pages} detected (recall ${pct(opp115.recall)})`,
    ...opp115.missed.map((m) => `    missed ${m.score.toFixed(3)} ${m.file}`),
    `seed policies: ${seeds.detected}/${seeds.documents} detected (recall ${pct(seeds.recall)})`,
    ...seeds.missed.map((m) => `    missed ${m.score.toFixed(3)} ${m.file}`),
    `Debian python3-doc pages (ordinary pages): ${debian.falsePositives}/${debian.pages} flagged; ${debian.settledAtQuickStage} settled at the quick stage`,
    ...debian.flagged.map((f) => `    flagged ${f.score.toFixed(3)} (quick: ${f.quick}) ${f.path}`),
    `(${report.seconds} s)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
