// Validates the hand-made gold labels in seeds/labels/*.jsonl against the seed texts:
// offsets match the text, spans are ordered and disjoint, labels are spelled exactly, and
// every non-blank stretch of the seed is covered by some span. Exit 1 with every problem listed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLabel } from '../src/engine/labels.ts';

const seedsDir = process.argv[2] ?? 'seeds';
const problems: string[] = [];
let spans = 0;

for (const file of readdirSync(join(seedsDir, 'labels')).filter((f) => f.endsWith('.jsonl')).sort()) {
  const seedText = readFileSync(join(seedsDir, file.replace(/\.jsonl$/, '.txt')), 'utf8');
  const covered = new Uint8Array(seedText.length);
  let previousEnd = 0;
  readFileSync(join(seedsDir, 'labels', file), 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let row: { start?: unknown; end?: unknown; text?: unknown; labels?: unknown };
    try { row = JSON.parse(line) as typeof row; } catch (error) { problems.push(`${where}: not JSON (${(error as Error).message})`); return; }
    const { start, end, text, labels } = row;
    if (typeof start !== 'number' || typeof end !== 'number' || start >= end) { problems.push(`${where}: start/end must be numbers with start < end`); return; }
    if (seedText.slice(start, end) !== text) problems.push(`${where}: text differs from seed.slice(${start}, ${end}) = ${JSON.stringify(seedText.slice(start, end).slice(0, 60))}`);
    if (start < previousEnd) problems.push(`${where}: overlaps or precedes the previous span (start ${start} < ${previousEnd})`);
    previousEnd = end;
    if (!Array.isArray(labels) || !labels.every(isLabel)) problems.push(`${where}: labels must be an array of the 12 label names, got ${JSON.stringify(labels)}`);
    covered.fill(1, start, end);
    spans++;
  });
  const uncovered = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = uncovered.exec(seedText))) {
    if (covered.subarray(m.index, m.index + m[0].length).includes(0)) {
      problems.push(`${file}: text at ${m.index} not in any span: ${JSON.stringify(seedText.slice(m.index, m.index + 40))}`);
      break;
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s) in seed labels`);
  process.exit(1);
}
console.log(`seed labels ok: ${spans} spans`);
