// npm run bench: the engine's time per seed and on all five seeds together, against the naive
// approach (a full compromise parse, nlp(text), then its sentences) on the same text; and the
// engine on a 1 MB policy. Median of several runs after a warm-up; figures only, no asserts.
import nlp from 'compromise';
import { analyze, getClassifier } from '../src/engine/analyze.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { readSeedText, seedProviders } from './lib/seeds.ts';

const args = parseArgs(process.argv.slice(2));
const runs = Number(stringOption(args, 'runs') ?? '7');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(fn: () => unknown, repeat: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const startup = performance.now();
getClassifier();
const startupMs = performance.now() - startup;

const seeds = seedProviders().map((p) => ({ name: p.name, text: readSeedText(p.file) }));
const all = seeds.map((s) => s.text).join('\n\n');
const rows: { name: string; kb: number; engineMs: number; compromiseMs: number }[] = [];
for (const { name, text } of [...seeds, { name: 'all five seeds', text: all }]) {
  rows.push({
    name,
    kb: text.length / 1024,
    engineMs: time(() => analyze({ text }), runs),
    compromiseMs: time(() => nlp(text).sentences().out('array'), Math.max(3, Math.floor(runs / 2))),
  });
}

// A 1 MB policy: the seeds repeated, each copy numbered so no two paragraphs are identical.
const copies: string[] = [];
for (let i = 0; copies.join('\n\n').length < 1_048_576; i++) copies.push(`Part ${i + 1}\n\n${all}`);
const big = copies.join('\n\n').slice(0, 1_048_576);
const bigMs = time(() => analyze({ text: big }), 3);
const bigSentences = analyze({ text: big }).sentences.length;

if (args.options.has('json')) {
  console.log(JSON.stringify({ runs, startupMs, rows, oneMegabyte: { ms: bigMs, sentences: bigSentences } }, null, 2));
} else {
  console.log(`engine vs full compromise parse (median of ${runs} runs; classifier build once: ${startupMs.toFixed(1)} ms)`);
  console.log(`  ${'text'.padEnd(24)} ${'KB'.padStart(6)} ${'engine ms'.padStart(10)} ${'nlp() ms'.padStart(10)} ${'speed-up'.padStart(9)}`);
  for (const r of rows) {
    console.log(`  ${r.name.padEnd(24)} ${r.kb.toFixed(1).padStart(6)} ${r.engineMs.toFixed(2).padStart(10)} ${r.compromiseMs.toFixed(1).padStart(10)} ${`${(r.compromiseMs / r.engineMs).toFixed(1)}x`.padStart(9)}`);
  }
  console.log(`  1 MB policy: ${bigMs.toFixed(0)} ms for ${bigSentences} sentences (median of 3)`);
}
