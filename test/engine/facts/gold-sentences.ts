// The seed policies as ClassifiedSentences with their gold labels (score 1), so the facts,
// summary and rating tests do not depend on how well the classifier does. Block and heading
// structure is approximated from the text: blank lines separate blocks; a sentence alone on its
// line, short and without closing punctuation, is a heading.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLabel } from '../../../src/engine/labels.ts';
import type { ClassifiedSentence } from '../../../src/engine/types.ts';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../seeds');

export const SEED_FILES = [
  '000_033c2eef7324457c',
  '001_c1bb176aaee5836d',
  '002_bf13b23f045a4a3f',
  '003_287e789d7f0e6bf1',
  '004_5bd2721613aedcf6',
] as const;

export type SeedFile = (typeof SEED_FILES)[number];

interface GoldRow {
  start: number;
  end: number;
  text: string;
  labels: string[];
}

function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === '';
}

function looksLikeHeading(text: string, row: GoldRow): boolean {
  const t = row.text.trim();
  return aloneOnLine(text, row.start, row.end) && t.length <= 80 && /[A-Za-z]/.test(t) && !/[.:;,!?)"”]$/.test(t) && !/@|\d{5}/.test(t);
}

export function seedText(file: SeedFile): string {
  return readFileSync(join(SEEDS_DIR, `${file}.txt`), 'utf8');
}

export function goldSentences(file: SeedFile): ClassifiedSentence[] {
  const text = seedText(file);
  const rows = readFileSync(join(SEEDS_DIR, 'labels', `${file}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRow);
  const blockStarts = [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
  let headingIndex: number | undefined;
  return rows.map((row, index) => {
    const isHeading = looksLikeHeading(text, row);
    const sentence: ClassifiedSentence = {
      index,
      start: row.start,
      end: row.end,
      text: row.text,
      blockIndex: blockStarts.filter((s) => s <= row.start).length - 1,
      isHeading,
      ...(headingIndex === undefined || isHeading ? {} : { headingIndex }),
      labels: row.labels.filter(isLabel).map((label) => ({ label, score: 1, ruleIds: [] })),
    };
    if (isHeading) headingIndex = index;
    return sentence;
  });
}
