// npm run -s compare -- <input> <input> [... up to 4] [--format text|markdown|json]
// npm run -s compare -- --diff <old input> <new input> [--format text|markdown|json]
//   an input is a .txt/.html file, `library.json#<entry id>` (an entry of an exported library),
//   or `seed:<provider id>` (seeds/providers.json).
//   text      a row per question, one marked line per policy (✓ better, ✗ worse, = same, – not stated)
//   markdown  a shareable table (or, with --diff, the changes with quoted sentences)
//   json      the Comparison (or the PolicyDiff)
// Every input is analysed by this engine, stored analyses included, so differences are the
// policies' and not the engine versions'. Output on stdout only; errors on stderr, non-zero exit.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { compareAnalyses, comparisonMarkdown, comparisonText } from '../src/engine/compare/index.ts';
import { diffPolicies, policyDiffMarkdown, policyDiffText } from '../src/engine/diff/index.ts';
import { segmentHtml } from '../src/engine/text/segment.ts';
import type { Analysis } from '../src/engine/types.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { InputError, isRecord, readPolicyFile } from './lib/input.ts';

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

function fromFile(path: string): Policy {
  if (/\.json$/i.test(path)) throw new InputError(`${path}: name an entry of the library export, as ${path}#<entry id>`);
  const { text, isHtml } = readPolicyFile(path);
  const input = isHtml ? segmentHtml(text) : { text };
  if (input.text.trim() === '') throw new InputError(`${path}: the HTML has no readable text`);
  return fromText(basename(path), input.text, path);
}

function readInput(arg: string): Policy {
  if (arg.startsWith('seed:')) return fromSeed(arg);
  const hash = arg.lastIndexOf('#');
  // A file whose name holds '#' is still a file.
  if (hash > 0 && !existsSync(arg)) return fromLibrary(arg.slice(0, hash), arg.slice(hash + 1));
  return fromFile(arg);
}

function usage(): never {
  console.error(`usage: npm run -s compare -- <input> <input> [... up to ${MAX_INPUTS}] [--format ${FORMATS.join('|')}]
       npm run -s compare -- --diff <old input> <new input> [--format ${FORMATS.join('|')}]
an input is a .txt/.html file, library.json#<entry id>, or seed:<provider id>`);
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
