// policylens detect --in <in.jsonl|-> [--out <out.jsonl>]
//   Is each input a privacy policy? Lines {"id","text"[,"url"]} (plain text or Markdown) or
//   {"id","html","url"} (a whole page) → {"id","isPolicy","score"}: the content script's
//   detection, with the text always read.
import { detectHtml, detectTextDocument } from '../../engine/detect/from-html.ts';
import { parseFlags, stringFlag, UsageError } from '../args.ts';
import { isRecord } from '../input.ts';
import { runJsonl, type LineOutcome } from '../jsonl.ts';
import type { Command } from './types.ts';

function detectLine(value: unknown): LineOutcome {
  if (!isRecord(value)) return { ok: false, problem: 'expected an object {"id","text"} or {"id","html","url"}' };
  const { id, text, html, url } = value;
  if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, problem: 'missing "id" (string or number)' };
  if (url !== undefined && url !== null && typeof url !== 'string') return { ok: false, problem: '"url" must be a string' };
  const pageUrl = typeof url === 'string' ? url : '';
  if (html !== undefined) {
    if (typeof html !== 'string') return { ok: false, problem: '"html" must be a string' };
    if (html.trim() === '') return { ok: false, problem: 'empty "html"' };
    const r = detectHtml(html, pageUrl);
    return { ok: true, out: { id, isPolicy: r.isPolicy, score: r.score } };
  }
  if (text === undefined) return { ok: false, problem: 'line has neither "text" nor "html"' };
  if (typeof text !== 'string') return { ok: false, problem: '"text" must be a string' };
  if (text.trim() === '') return { ok: false, problem: 'empty "text"' };
  const r = detectTextDocument(text, pageUrl);
  return { ok: true, out: { id, isPolicy: r.isPolicy, score: r.score } };
}

export const detectCommand: Command = {
  name: 'detect',
  usage: 'policylens detect --in <in.jsonl|-> [--out <out.jsonl>]',
  summary: 'say whether each document is a privacy policy',
  async run(argv) {
    const parsed = parseFlags(argv, { in: 'string', out: 'string' });
    const input = stringFlag(parsed, 'in') ?? parsed.positionals[0];
    if (input === undefined) throw new UsageError('name the input: --in <in.jsonl> (or - for standard input)');
    if (parsed.positionals.length > (stringFlag(parsed, 'in') ? 0 : 1)) throw new UsageError('one input file');
    return runJsonl('detect', input, stringFlag(parsed, 'out'), detectLine);
  },
};
