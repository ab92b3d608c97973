// Line-by-line JSON tools (classify, detect): each input line is parsed and checked by the
// command; a bad line is reported with its number and skipped, the rest written in order.
import { readLines } from './input.ts';
import { openSink } from './output.ts';

export type LineOutcome = { ok: true; out: unknown } | { ok: false; problem: string };

export function runJsonl(tool: string, input: string, output: string | undefined, each: (value: unknown) => LineOutcome): number {
  const where = input === '-' ? 'standard input' : input;
  const lines = readLines(input);
  const sink = openSink(output);
  let written = 0;
  let bad = 0;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      bad++;
      process.stderr.write(`${where}:${i + 1}: invalid JSON (${(error as Error).message})\n`);
      return;
    }
    const outcome = each(value);
    if (outcome.ok) {
      sink.write(`${JSON.stringify(outcome.out)}\n`);
      written++;
    } else {
      bad++;
      process.stderr.write(`${where}:${i + 1}: ${outcome.problem}\n`);
    }
  });
  sink.close();
  if (written + bad === 0) {
    process.stderr.write(`${tool}: ${where} has no lines\n`);
    return 1;
  }
  process.stderr.write(`${tool}: ${written} line(s) written${bad > 0 ? `, ${bad} bad line(s) skipped` : ''} → ${sink.name}\n`);
  return bad > 0 ? 1 : 0;
}
