// npm run -s compare -- <input> <input> [... up to 4] [--format text|markdown|json]
// npm run -s compare -- --diff <old input> <new input> [--format text|markdown|json]
//   an input is a .txt/.html file, `library.json#<entry id>` (an entry of an exported library),
//   `seed:<provider id>` (seeds/providers.json) or `ref:<reference id>` (a built-in reference
//   snapshot: signal, wikipedia, google…; compare only, they ship no text to diff).
//   Columns are named after the seed provider, the policy's own title or company, else the file.
//   text      a row per question, one marked line per policy (✓ better, ✗ worse, = same, – not stated)
//   markdown  a shareable table (or, with --diff, the changes with quoted sentences)
//   json      the Comparison (or the PolicyDiff)
// Every input is analysed by this engine, stored analyses included, so differences are the
// policies' and not the engine versions'. Output on stdout only; errors on stderr, non-zero exit.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { compareAnalyses, comparisonMarkdown, comparisonText } from '../src/engine/compare/index.ts';
import { diffPolicies, policyDiffMarkdown, policyDiffText } from '../src/engine/diff/index.ts';
import { segmentHtml } from '../src/engine/text/segment.ts';
import type { Analysis } from '../src/engine/types.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { InputError, isRecord, readPolicyFile } from './lib/input.ts';
import { policyName } from './lib/policy-name.ts';
import { referencesFrom } from '../src/shared/references.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];
const MAX_INPUTS = 4;
const SEEDS_DIR = resolve(import.meta.dirname, '../seeds');

interface Policy {
  name: string;
  text: string;
  analysis: Analysis;
}

function fromText(name: string, text: string, where: string): Policy {
  const analysis = analyze({ text });
  if (analysis.language !== 'en') throw new InputError(`${where}: not in English; PolicyLens reads English policies only for now`);
  return { name, text, analysis };
}

function fromSeed(arg: string): Policy {
  const id = arg.slice('seed:'.length);
  const manifest = JSON.parse(readFileSync(join(SEEDS_DIR, 'providers.json'), 'utf8')) as { providers: { id: string; file: string; name: string }[] };
  const provider = manifest.providers.find((p) => p.id === id);
  if (!provider) throw new InputError(`${arg}: no seed provider with this id (known: ${manifest.providers.map((p) => p.id).join(', ')})`);
  return fromText(provider.name, readFileSync(join(SEEDS_DIR, provider.file), 'utf8'), arg);
}

/** `library.json#<entry id>`: an entry of the extension's export ({ schemaVersion: 1, entries }). */
function fromLibrary(file: string, id: string): Policy {
  const where = `${file}#${id}`;
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new InputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data['schemaVersion'] !== 1 || !Array.isArray(data['entries'])) {
    throw new InputError(`${file}: not a PolicyLens library export (expected { schemaVersion: 1, entries: [...] })`);
  }
  const entries = data['entries'].filter(isRecord);
  const entry = entries.find((e) => e['id'] === id);
  if (!entry) throw new InputError(`${where}: no entry with this id (entries: ${entries.map((e) => String(e['id'])).join(', ') || 'none'})`);
  const { text, name } = entry;
  if (typeof text !== 'string' || text.trim() === '') throw new InputError(`${where}: the entry has no text`);
  return fromText(typeof name === 'string' && name !== '' ? name : id, text, where);
}

const REFERENCES_FILE = resolve(import.meta.dirname, '../src/background/library/references.generated.json');

function fromReference(arg: string): Policy {
  const id = arg.slice('ref:'.length);
  // Read only when asked for: 0.3 MB of JSON every other comparison has no use for.
  const all = referencesFrom(JSON.parse(readFileSync(REFERENCES_FILE, 'utf8')));
  const ref = all.find((r) => r.id === id);
  if (!ref) throw new InputError(`${arg}: no built-in reference with this id (known: ${all.map((r) => r.id).join(', ')})`);
  return { name: `${ref.name} (snapshot ${ref.snapshot.date})`, text: '', analysis: ref.analysis };
}

const HTML_TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;
const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");

function fromFile(path: string): Policy {
  if (/\.json$/i.test(path)) throw new InputError(`${path}: name an entry of the library export, as ${path}#<entry id>`);
  const { text, isHtml } = readPolicyFile(path);
  const input = isHtml ? segmentHtml(text) : { text };
  if (input.text.trim() === '') throw new InputError(`${path}: the HTML has no readable text`);
  const policy = fromText(path, input.text, path);
  const title = isHtml ? decode(HTML_TITLE.exec(text)?.[1] ?? '').trim() : '';
  const headings = policy.analysis.sentences.filter((s) => s.isHeading).slice(0, 3).map((s) => s.text);
  return { ...policy, name: policyName(path, input.text, { ...(title ? { title } : {}), headings }) };
}

function readInput(arg: string): Policy {
  if (arg.startsWith('seed:')) return fromSeed(arg);
  if (arg.startsWith('ref:')) return fromReference(arg);
  const hash = arg.lastIndexOf('#');
  // A file whose name holds '#' is still a file.
  if (hash > 0 && !existsSync(arg)) return fromLibrary(arg.slice(0, hash), arg.slice(hash + 1));
  return fromFile(arg);
}

function usage(): never {
  console.error(`usage: npm run -s compare -- <input> <input> [... up to ${MAX_INPUTS}] [--format ${FORMATS.join('|')}]
       npm run -s compare -- --diff <old input> <new input> [--format ${FORMATS.join('|')}]
an input is a .txt/.html file, library.json#<entry id>, seed:<provider id> or ref:<reference id>`);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
const format = (stringOption(args, 'format') ?? 'text') as Format;
// parseArgs reads `--diff old new` as --diff=old: put the value back in front of the inputs.
const diffOption = args.options.get('diff');
const isDiff = diffOption !== undefined;
const inputs = typeof diffOption === 'string' ? [diffOption, ...args.positionals] : args.positionals;
const known = new Set(['format', 'diff']);
if (!FORMATS.includes(format) || [...args.options.keys()].some((k) => !known.has(k))) usage();
if (isDiff ? inputs.length !== 2 : inputs.length < 1 || inputs.length > MAX_INPUTS) usage();

try {
  const policies = inputs.map(readInput);
  if (isDiff) {
    const [previous, current] = policies as [Policy, Policy];
    if (previous.text === '' || current.text === '') throw new InputError('a built-in reference ships no text to diff; give files, seeds or library entries');
    const diff = diffPolicies(previous, current);
    const versions = { previous: previous.analysis.sentences, current: current.analysis.sentences };
    process.stdout.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : format === 'markdown' ? policyDiffMarkdown(diff, versions) : policyDiffText(diff, versions));
  } else {
    const comparison = compareAnalyses(policies);
    process.stdout.write(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : format === 'markdown' ? comparisonMarkdown(comparison) : comparisonText(comparison));
  }
} catch (error) {
  if (error instanceof InputError) {
    console.error(`compare: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
