// One line of a corpus: parsed, checked, analysed, written back as one JSON line. Shared by the
// main thread (one job) and the worker threads (several).
import { analyze } from '../engine/analyze.ts';
import { isRecord } from './input.ts';
import { analysisInput } from './read-policy.ts';
import { compactAnalysis } from './summary-line.ts';

export type LineResult = { ok: true; out: string } | { ok: false; problem: string } | { ok: 'blank' };

export function analyzeLine(raw: string, full: boolean): LineResult {
  if (raw.trim() === '') return { ok: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, problem: `invalid JSON (${(error as Error).message})` };
  }
  if (!isRecord(value)) return { ok: false, problem: 'expected an object {"id", "text"|"markdown"|"html"}' };
  const { id } = value;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, problem: 'missing "id" (string or number)' };
  const kinds = (['text', 'markdown', 'html'] as const).filter((k) => value[k] !== undefined);
  if (kinds.length !== 1) return { ok: false, problem: 'give exactly one of "text", "markdown" or "html"' };
  const kind = kinds[0] ?? 'text';
  const body = value[kind];
  if (typeof body !== 'string') return { ok: false, problem: `"${kind}" must be a string` };
  if (body.trim() === '') return { ok: false, problem: `empty "${kind}"` };
  try {
    const analysis = analyze(analysisInput(body, kind, `"${kind}"`));
    return { ok: true, out: JSON.stringify({ id, ...(full ? { analysis } : compactAnalysis(analysis)) }) };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}
