// npm run eval:facts [-- --json] [--data ../shared/data/opp115/dev.jsonl] [--errors <check id>]
// How often the facts the summary shows agree with OPP-115's experts, policy by policy: for
// each check in scripts/lib/fact-checks.ts, precision and recall over the 115 policies, where
// a policy "says it" when one of its segments carries a gold attribute value (2 of 3
// annotators) and "we say it" when the engine's facts do. Each policy is analysed as the text
// of its dev segments, so the gold and the text cover the same part of the policy.
// OPP-115 is read in place for measuring and error study only (Wilson et al., ACL 2016).
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/engine/analyze.ts';
import type { Claims } from '../src/engine/questions/types.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { FACT_CHECKS } from './lib/fact-checks.ts';
import { DEFAULT_OPP115 } from './lib/opp115.ts';

const args = parseArgs(process.argv.slice(2));
const dataPath = stringOption(args, 'data') ?? DEFAULT_OPP115;
if (!existsSync(dataPath)) {
  console.error(`OPP-115 not found at ${dataPath}: nothing to evaluate. It lives outside the repo in ../shared/data/opp115/dev.jsonl; pass --data <path>.`);
  process.exit(2);
}

interface Row {
  policy: string;
  segment: number;
  text: string;
  attributes?: Record<string, Record<string, string[]>>;
}

const byPolicy = new Map<string, Row[]>();
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const row = JSON.parse(line) as Row;
  byPolicy.set(row.policy, [...(byPolicy.get(row.policy) ?? []), row]);
}

interface PolicyResult {
  policy: string;
  rows: Row[];
  gold: Set<string>;
  claims: Claims;
  sentences: string[];
}

function goldValues(row: Row): string[] {
  return Object.entries(row.attributes ?? {}).flatMap(([category, attributes]) =>
    Object.entries(attributes).flatMap(([attribute, values]) => values.map((value) => `${category}|${attribute}|${value}`)));
}

const policies: PolicyResult[] = [...byPolicy].map(([policy, rows]) => {
  rows.sort((a, b) => a.segment - b.segment);
  const analysis = analyze({ text: rows.map((r) => r.text).join('\n\n') });
  return { policy, rows, gold: new Set(rows.flatMap(goldValues)), claims: analysis.claims, sentences: analysis.sentences.map((s) => s.text) };
});

const results = FACT_CHECKS.map((check) => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missed: PolicyResult[] = [];
  const falseAlarms: PolicyResult[] = [];
  for (const p of policies) {
    const said = check.gold.some((g) => p.gold.has(g));
    const ours = check.ours(p.claims);
    if (said && ours) tp++;
    else if (ours) { fp++; falseAlarms.push(p); }
    else if (said) { fn++; missed.push(p); }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { id: check.id, question: check.question, policies: tp + fn, tp, fp, fn, precision, recall, f1, missed, falseAlarms };
});

const errorsFor = stringOption(args, 'errors');
if (errorsFor !== undefined) {
  const r = results.find((x) => x.id === errorsFor);
  if (!r) {
    console.error(`--errors: unknown check ${errorsFor}; one of ${FACT_CHECKS.map((c) => c.id).join(', ')}`);
    process.exit(2);
  }
  const check = FACT_CHECKS.find((c) => c.id === r.id);
  console.log(`-- ${r.id}: missed (${r.missed.length}); the segments the experts marked:`);
  for (const p of r.missed) {
    for (const row of p.rows.filter((x) => goldValues(x).some((g) => check?.gold.includes(g)))) console.log(`  [${p.policy}#${row.segment}] ${row.text.slice(0, 300).replace(/\s+/g, ' ')}`);
  }
  console.log(`-- ${r.id}: false alarms (${r.falseAlarms.length}): ${r.falseAlarms.map((p) => p.policy).join(', ')}`);
}

const meanF1 = results.reduce((sum, r) => sum + r.f1, 0) / results.length;
if (args.options.has('json')) {
  console.log(JSON.stringify({ policies: policies.length, meanF1, checks: results.map((r) => ({ id: r.id, question: r.question, policies: r.policies, tp: r.tp, fp: r.fp, fn: r.fn, precision: r.precision, recall: r.recall, f1: r.f1 })) }, null, 2));
} else {
  console.log(`facts vs OPP-115 expert attributes, policy level (${policies.length} policies)`);
  console.log(`  ${'check'.padEnd(24)} ${'question'.padEnd(48)} ${'n'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
  for (const r of results) {
    console.log(`  ${r.id.padEnd(24)} ${r.question.padEnd(48)} ${String(r.policies).padStart(4)} ${r.precision.toFixed(3).padStart(6)} ${r.recall.toFixed(3).padStart(6)} ${r.f1.toFixed(3).padStart(6)}`);
  }
  console.log(`  mean F1 over ${results.length} checks: ${meanF1.toFixed(3)}`);
}
