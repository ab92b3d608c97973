// The hostile shapes of issue 17, built to a size, and realistic policy text (and HTML) of the
// same size to compare them with: `npm run bench` prints each shape's time beside the realistic
// text's. A shape that costs more than twice the realistic text of its size is a stage that is
// not linear in its input.
import { analyze } from '../../src/engine/analyze.ts';
import { textFromHtml } from '../../src/engine/text/html.ts';
import { readSeedText, seedProviders } from './seeds.ts';

export type BenchInput = { kind: 'text'; text: string } | { kind: 'html'; html: string };

export interface Shape {
  name: string;
  make: (size: number) => BenchInput;
}

/** Runs an input the way its kind reaches the engine: text as it is, HTML through textFromHtml. */
export function runEngine(input: BenchInput): unknown {
  if (input.kind === 'text') return analyze({ text: input.text });
  const { text, blocks } = textFromHtml(input.html);
  return analyze({ text, blocks });
}

const seeds = (): string => seedProviders().map((p) => readSeedText(p.file)).join('\n\n');

/** The five seeds repeated to `size` characters, each copy numbered so no two parts are the same. */
export function realisticText(size: number): string {
  const all = seeds();
  const copies: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = `Part ${i + 1}\n\n${all}`;
    copies.push(part);
    length += part.length + 2;
  }
  return copies.join('\n\n').slice(0, size);
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seeds as a policy page (a <p> per paragraph), repeated to `size` characters of HTML. */
export function realisticHtml(size: number): string {
  const paragraphs = seeds().split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.replace(/\s+/g, ' ').trim())}</p>`);
  const out: string[] = ['<!doctype html><html><head><title>Privacy Policy</title></head><body><article>'];
  let length = out[0]?.length ?? 0;
  for (let part = 1; length < size; part++) {
    for (const p of [`<h2>Part ${part}</h2>`, ...paragraphs]) {
      out.push(p);
      length += p.length + 1;
      if (length >= size) break;
    }
  }
  return `${out.join('\n')}</article></body></html>`;
}

/** A policy's opening (English, so every stage runs), then one block of `unit` to `size`. */
function policyWithRun(unit: string, size: number): string {
  const head = `${realisticText(16_384)}\n\n`;
  const run = unit.repeat(Math.ceil(Math.max(0, size - head.length) / unit.length));
  return (head + run).slice(0, size);
}

/** Short lines that each fire a rule (a contact route, a kind of data, a recipient): every line
 *  adds evidence to the same few facts, the case that made evidence insertion quadratic. */
const SHORT_LINES = [
  'Email us.',
  'Call us.',
  'We collect your email address.',
  'We share data with partners.',
  'Write to privacy@shop.test.',
  'We keep logs for 30 days.',
  'Contact us.',
  'We use cookies.',
].join('\n');

/** `depth` nested <div>s around one sentence, padded with a paragraph to `size` characters. */
function nestedDivs(size: number): string {
  const sentence = '<p>We collect your name and email address.</p>';
  const depth = Math.max(0, Math.floor((size - sentence.length) / 11));
  return `${'<div>'.repeat(depth)}${sentence}${'</div>'.repeat(depth)}`;
}

export const SHAPES: readonly Shape[] = [
  { name: '"e.g. " run', make: (n) => ({ kind: 'text', text: policyWithRun('e.g. ', n) }) },
  { name: '"U.S. Inc. " run', make: (n) => ({ kind: 'text', text: policyWithRun('U.S. Inc. ', n) }) },
  { name: '"1. 2. 3. " run', make: (n) => ({ kind: 'text', text: policyWithRun('1. 2. 3. ', n) }) },
  { name: '"data... " run', make: (n) => ({ kind: 'text', text: policyWithRun('data... ', n) }) },
  { name: 'initials "A. B. C. "', make: (n) => ({ kind: 'text', text: policyWithRun('A. B. C. ', n) }) },
  { name: 'address chars "a."', make: (n) => ({ kind: 'text', text: policyWithRun('a.', n) }) },
  { name: 'address chars "x_y+z-"', make: (n) => ({ kind: 'text', text: policyWithRun('x_y+z-', n) }) },
  { name: 'short lines', make: (n) => ({ kind: 'text', text: policyWithRun(`${SHORT_LINES}\n`, n) }) },
  { name: 'nested <div>s (HTML)', make: (n) => ({ kind: 'html', html: nestedDivs(n) }) },
];

/** The realistic input a shape is compared with: text for text, a policy page for HTML. */
export function realisticFor(input: BenchInput, size: number): BenchInput {
  return input.kind === 'text' ? { kind: 'text', text: realisticText(size) } : { kind: 'html', html: realisticHtml(size) };
}
