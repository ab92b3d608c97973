// npm run -s classify -- --in <in.jsonl> --out <out.jsonl>
// Each input line {"id","text"} (a paragraph or more) → output line {"id","labels":[...]} with
// the OPP-115 label names. Bad lines are reported on stderr with their line number and skipped;
// the valid ones are still written, and the exit code is 1 when any line was bad.
import { writeFileSync } from 'node:fs';
import { getClassifier } from '../src/engine/analyze.ts';
import { passageLabels } from '../src/engine/classify/text-labels.ts';
import { segment } from '../src/engine/text/segment.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { InputError, isRecord, readJsonl } from './lib/input.ts';

const args = parseArgs(process.argv.slice(2));
const inPath = stringOption(args, 'in');
const outPath = stringOption(args, 'out');
if (!inPath || !outPath) {
  console.error('usage: npm run -s classify -- --in <in.jsonl> --out <out.jsonl>');
  process.exit(2);
}

try {
  const classifier = getClassifier();
  const out: string[] = [];
  let bad = 0;
  for (const entry of readJsonl(inPath)) {
    const where = `${inPath}:${entry.line}`;
    const problem = entry.error
      ?? (!isRecord(entry.value) ? 'expected an object {"id","text"}'
        : typeof entry.value['id'] !== 'string' && typeof entry.value['id'] !== 'number' ? 'missing "id" (string or number)'
          : typeof entry.value['text'] !== 'string' ? 'missing "text" (string)'
            : entry.value['text'].trim() === '' ? 'empty "text"' : undefined);
    if (problem !== undefined || !isRecord(entry.value)) {
      console.error(`${where}: ${problem ?? 'bad line'}`);
      bad++;
      continue;
    }
    const text = entry.value['text'] as string;
    out.push(JSON.stringify({ id: entry.value['id'], labels: passageLabels(classifier.classify(segment({ text }).sentences)) }));
  }
  writeFileSync(outPath, out.length > 0 ? `${out.join('\n')}\n` : '');
  console.error(`classified ${out.length} line(s)${bad > 0 ? `, skipped ${bad} bad line(s)` : ''} → ${outPath}`);
  if (bad > 0) process.exitCode = 1;
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
