// npm run -s check:identical -- --save <file>      record the engine's output
// npm run -s check:identical -- --against <file>   compare the engine's output with a record
// For changes that must not change what PolicyLens says (speed, layout, hardening): the whole
// analysis of each seed, of each OPP-115 policy (its segments joined, as eval:facts reads them)
// and of each OPP-115 policy page as HTML, reduced to a digest per document. Prints the
// documents whose output differs, and the first difference of each. The OPP-115 data is read
// from ../shared by path (Wilson et al., ACL 2016); without it only the seeds are compared.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { useCompiledEngine } from '../src/engine/compiled/shipped.ts';
import { compileShippedEngine } from './build/compiled-engine.ts';
import { segmentHtml } from '../src/engine/text/segment-html.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { DEFAULT_OPP115, readOpp115 } from './lib/opp115.ts';

const REPO = resolve(import.meta.dirname, '..');
const OPP_PAGES = resolve(REPO, '../shared/data/opp115/policies');
const args = parseArgs(process.argv.slice(2));
// The engine as a build compiles it: what ships is what is compared.
useCompiledEngine(compileShippedEngine());
const save = stringOption(args, 'save');
const against = stringOption(args, 'against');
if (!save === !against) {
  console.error('usage: npm run -s check:identical -- --save <file> | --against <file>');
  process.exit(2);
}

function documents(): Map<string, () => unknown> {
  const docs = new Map<string, () => unknown>();
  for (const file of readdirSync(join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')).sort()) {
    docs.set(`seed:${file}`, () => analyze({ text: readFileSync(join(REPO, 'seeds', file), 'utf8') }));
  }
  if (existsSync(DEFAULT_OPP115)) {
    const byPolicy = new Map<string, string[]>();
    for (const s of readOpp115(DEFAULT_OPP115)) byPolicy.set(s.policy, [...(byPolicy.get(s.policy) ?? []), s.text]);
    for (const [policy, texts] of [...byPolicy].sort()) docs.set(`opp115:${policy}`, () => analyze({ text: texts.join('\n\n') }));
  } else console.error(`check-identical: OPP-115 not found at ${DEFAULT_OPP115}; comparing the seeds only.`);
  if (existsSync(OPP_PAGES)) {
    for (const file of readdirSync(OPP_PAGES).filter((f) => f.endsWith('.html')).sort()) {
      docs.set(`opp115-html:${file}`, () => analyze(segmentHtml(readFileSync(join(OPP_PAGES, file), 'utf8'))));
    }
  }
  return docs;
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

const now: Record<string, { digest: string; output: unknown }> = {};
for (const [id, run] of documents()) {
  const output = run();
  now[id] = { digest: digest(output), output };
}

if (save) {
  writeFileSync(save, JSON.stringify(now));
  console.log(`check-identical: recorded ${Object.keys(now).length} documents to ${save}`);
} else if (against) {
  const before = JSON.parse(readFileSync(against, 'utf8')) as typeof now;
  const differ = Object.keys(now).filter((id) => before[id]?.digest !== now[id]?.digest);
  const missing = Object.keys(before).filter((id) => !(id in now));
  for (const id of differ) {
    const a = JSON.stringify(before[id]?.output ?? null);
    const b = JSON.stringify(now[id]?.output ?? null);
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`differs: ${id}\n  before: …${a.slice(Math.max(0, i - 80), i + 120)}\n  now:    …${b.slice(Math.max(0, i - 80), i + 120)}`);
  }
  console.log(`check-identical: ${Object.keys(now).length - differ.length} of ${Object.keys(now).length} documents identical${missing.length ? `; ${missing.length} recorded documents not found` : ''}`);
  process.exit(differ.length > 0 || missing.length > 0 ? 1 : 0);
}
