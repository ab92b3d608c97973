// npm run -s detect -- --in <in.jsonl> --out <out.jsonl>
// Is each input a privacy policy? Input lines are {"id","text"} (plain text or Markdown, with an
// optional "url") or {"id","html","url"} (a whole page); each output line is
// {"id","isPolicy","score"}, written to --out (or stdout without --out). The detection is the
// engine's (src/engine/detect), the same scoring the content script uses; the CLI always reads
// the text. Bad lines are reported on stderr with file and line number and skipped; the valid
// ones are still written, and the exit code is 1 when anything was bad (2 for usage errors).
import { writeFileSync } from 'node:fs';
import { detectHtml, detectTextDocument } from '../src/engine/detect/from-html.ts';
import type { DetectionResult } from '../src/engine/detect/types.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { InputError, isRecord, readJsonl } from './lib/input.ts';

const USAGE = 'usage: npm run -s detect -- --in <in.jsonl> [--out <out.jsonl>]\n'
  + '  input lines: {"id","text"[,"url"]} or {"id","html","url"}; output lines: {"id","isPolicy","score"}';

type Verdict = { ok: true; id: string | number; result: DetectionResult } | { ok: false; problem: string };

function detectLine(value: unknown): Verdict {
  if (!isRecord(value)) return { ok: false, problem: 'expected an object {"id","text"} or {"id","html","url"}' };
  const { id, text, html, url } = value;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, problem: 'missing "id" (string or number)' };
  if (url !== undefined && url !== null && typeof url !== 'string') return { ok: false, problem: '"url" must be a string' };
  const pageUrl = typeof url === 'string' ? url : '';
  if (html !== undefined) {
    if (typeof html !== 'string') return { ok: false, problem: '"html" must be a string' };
    if (html.trim() === '') return { ok: false, problem: 'empty "html"' };
    return { ok: true, id, result: detectHtml(html, pageUrl) };
  }
  if (text === undefined) return { ok: false, problem: 'line has neither "text" nor "html"' };
  if (typeof text !== 'string') return { ok: false, problem: '"text" must be a string' };
  if (text.trim() === '') return { ok: false, problem: 'empty "text"' };
  return { ok: true, id, result: detectTextDocument(text, pageUrl) };
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.options.has('help')) {
    console.error(USAGE);
    return 0;
  }
  const inPath = stringOption(args, 'in');
  const outPath = stringOption(args, 'out');
  if (!inPath || (args.options.has('out') && !outPath)) {
    console.error(USAGE);
    return 2;
  }

  let entries;
  try {
    entries = readJsonl(inPath);
  } catch (error) {
    console.error(`detect: ${error instanceof InputError ? error.message : String(error)}`);
    return 1;
  }

  const out: string[] = [];
  let bad = 0;
  for (const entry of entries) {
    const verdict = entry.error !== undefined ? { ok: false as const, problem: entry.error } : detectLine(entry.value);
    if (!verdict.ok) {
      console.error(`${inPath}:${entry.line}: ${verdict.problem}`);
      bad++;
      continue;
    }
    out.push(JSON.stringify({ id: verdict.id, isPolicy: verdict.result.isPolicy, score: verdict.result.score }));
  }
  if (entries.length === 0) {
    console.error(`${inPath}: no input lines`);
    bad++;
  }

  const body = out.length > 0 ? `${out.join('\n')}\n` : '';
  if (outPath) {
    try {
      writeFileSync(outPath, body);
    } catch (error) {
      console.error(`detect: cannot write ${outPath}: ${(error as Error).message}`);
      return 1;
    }
  } else {
    process.stdout.write(body);
  }
  const policies = out.filter((line) => line.includes('"isPolicy":true')).length;
  console.error(`detect: ${out.length} line(s), ${policies} policy page(s)${bad > 0 ? `, ${bad} bad line(s) skipped` : ''}${outPath ? ` → ${outPath}` : ''}`);
  return bad > 0 ? 1 : 0;
}

process.exitCode = main();
