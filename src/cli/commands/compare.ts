// policylens compare <input> <input> [... up to 4] [--format text|markdown|json]
// policylens compare --diff <old input> <new input> [--format text|markdown|json]
//   An input is a .txt/.md/.html file, - (standard input), `library.json#<entry id>` (an entry
//   of the extension's exported library), `seed:<provider id>` (seeds/providers.json), or
//   `ref:<reference id>` (a built-in reference snapshot of a well-known service's policy).
//   Columns are named by the seed's provider, the policy's own name for itself, or the file.
//   Every input is analysed by this engine, stored analyses included, so differences are the
//   policies' and not the engine versions'.
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../../engine/analyze.ts';
import { compareAnalyses, comparisonMarkdown, comparisonText } from '../../engine/compare/index.ts';
import { diffPolicies, policyDiffMarkdown, policyDiffText } from '../../engine/diff/index.ts';
import type { Analysis } from '../../engine/types.ts';
import { choiceFlag, parseFlags, stringFlag, UsageError } from '../args.ts';
import { InputError, isRecord, readPolicyInput } from '../input.ts';
import { openSink } from '../output.ts';
import { policyName } from '../policy-name.ts';
import { referencesFrom } from '../../shared/references.ts';
import referencesFile from '../../background/library/references.generated.json' with { type: 'json' };
import { analysisInput } from '../read-policy.ts';
import { SEED_PROVIDERS, seedText } from '../seeds.ts';
import type { Command } from './types.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;
const MAX_INPUTS = 4;

interface Policy {
  name: string;
  text: string;
  analysis: Analysis;
}

function english(analysis: Analysis, where: string): Analysis {
  if (analysis.language !== 'en') throw new InputError(`${where}: not in English; PolicyLens reads English policies only for now`);
  return analysis;
}

function fromSeed(arg: string): Policy {
  const id = arg.slice('seed:'.length);
  const provider = SEED_PROVIDERS.find((p) => p.id === id);
  if (!provider) throw new InputError(`${arg}: no seed provider with this id (known: ${SEED_PROVIDERS.map((p) => p.id).join(', ')})`);
  const text = seedText(provider);
  return { name: provider.name, text, analysis: english(analyze({ text }), arg) };
}

/** `library.json#<entry id>`: an entry of the extension's export ({ schemaVersion: 1, entries }). */
function fromLibrary(file: string, id: string): Policy {
  const where = `${file}#${id}`;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${file}: no such file`);
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
  return { name: typeof name === 'string' && name !== '' ? name : id, text, analysis: english(analyze({ text }), where) };
}

/** `ref:<id>`: a built-in reference snapshot (an analysis, with only the sentences it cites). */
function fromReference(arg: string): Policy {
  const id = arg.slice('ref:'.length);
  const all = referencesFrom(referencesFile);
  const ref = all.find((r) => r.id === id);
  if (!ref) throw new InputError(`${arg}: no built-in reference with this id (known: ${all.map((r) => r.id).join(', ')})`);
  return { name: `${ref.name} (snapshot ${ref.snapshot.date})`, text: '', analysis: ref.analysis };
}

const HTML_TITLE = /<title[^>]*>([\s\S]*?)<\/title>/i;
const decodeEntities = (s: string): string => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'");

function fromFile(path: string): Policy {
  if (/\.json$/i.test(path)) throw new InputError(`${path}: name an entry of the library export, as ${path}#<entry id>`);
  const where = path === '-' ? 'standard input' : path;
  const input = readPolicyInput(path);
  const source = analysisInput(input.text, input.kind, where);
  const analysis = english(analyze(source), where);
  const title = input.kind === 'html' ? decodeEntities(HTML_TITLE.exec(input.text)?.[1] ?? '').trim() : '';
  const headings = analysis.sentences.filter((s) => s.isHeading).slice(0, 3).map((s) => s.text);
  return { name: policyName(path === '-' ? 'standard input' : path, source.text, { ...(title ? { title } : {}), headings }), text: source.text, analysis };
}

function readInput(arg: string): Policy {
  if (arg.startsWith('seed:')) return fromSeed(arg);
  if (arg.startsWith('ref:')) return fromReference(arg);
  const hash = arg.lastIndexOf('#');
  // A file whose name holds '#' is still a file.
  if (hash > 0 && !existsSync(arg)) return fromLibrary(arg.slice(0, hash), arg.slice(hash + 1));
  return fromFile(arg);
}

/** Two columns of the same name are told apart by their place. */
function distinctNames(policies: Policy[]): Policy[] {
  const seen = new Map<string, number>();
  return policies.map((p) => {
    const n = (seen.get(p.name) ?? 0) + 1;
    seen.set(p.name, n);
    return n === 1 ? p : { ...p, name: `${p.name} (${n})` };
  });
}

export const compareCommand: Command = {
  name: 'compare',
  usage: `policylens compare <input> <input> [... up to ${MAX_INPUTS}] [--format text|markdown|json] [--out <file>]\n       policylens compare --diff <old input> <new input> [--format text|markdown|json] [--out <file>]\n  an input is a .txt/.md/.html file, - (standard input), library.json#<entry id>, seed:<provider id> or ref:<reference id>`,
  summary: 'compare 2-4 policies by question, or two versions of one',
  async run(argv) {
    const diffIndex = argv.indexOf('--diff');
    const isDiff = diffIndex >= 0;
    const parsed = parseFlags(isDiff ? [...argv.slice(0, diffIndex), ...argv.slice(diffIndex + 1)] : argv, { format: 'string', out: 'string' });
    const inputs = parsed.positionals;
    if (isDiff && inputs.length !== 2) throw new UsageError(`--diff compares two versions: give the old and the new (got ${inputs.length})`);
    if (!isDiff && (inputs.length < 2 || inputs.length > MAX_INPUTS)) throw new UsageError(`give 2 to ${MAX_INPUTS} policies to compare (got ${inputs.length})`);
    if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be given once');
    const format = choiceFlag(parsed, 'format', FORMATS, 'text');
    const policies = distinctNames(inputs.map(readInput));
    const sink = openSink(stringFlag(parsed, 'out'));
    if (isDiff) {
      const [previous, current] = policies as [Policy, Policy];
      const diff = diffPolicies(previous, current);
      const versions = { previous: previous.analysis.sentences, current: current.analysis.sentences };
      sink.write(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : format === 'markdown' ? policyDiffMarkdown(diff, versions) : policyDiffText(diff, versions));
    } else {
      const comparison = compareAnalyses(policies);
      sink.write(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : format === 'markdown' ? comparisonMarkdown(comparison) : comparisonText(comparison));
    }
    sink.close();
    return 0;
  },
};
