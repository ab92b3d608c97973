// Flags for the command-line tools, parsed the same strict way for every command: a flag the
// command does not know, or a flag missing its value, is a usage error that names it (it is
// never taken for a file name, nor ignored). `-` is a file name meaning standard input, and
// `--` ends the flags.

export type FlagKind = 'string' | 'boolean';
export type FlagSpec = Readonly<Record<string, FlagKind>>;

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Parsed {
  flags: Map<string, string | true>;
  positionals: string[];
}

export function parseFlags(argv: readonly string[], spec: FlagSpec): Parsed {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const kind = name === 'help' ? 'boolean' : spec[name];
    if (kind === undefined) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && (!next.startsWith('--') || next === '--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '' || value === '--') throw new UsageError(`--${name} needs a value`);
    if (flags.has(name)) throw new UsageError(`--${name} given twice`);
    flags.set(name, value);
  }
  return { flags, positionals };
}

export function stringFlag(parsed: Parsed, name: string): string | undefined {
  const v = parsed.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** A flag whose value must be one of `choices`. */
export function choiceFlag<T extends string>(parsed: Parsed, name: string, choices: readonly T[], fallback: T): T {
  const v = stringFlag(parsed, name);
  if (v === undefined) return fallback;
  if (!(choices as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got "${v}")`);
  return v as T;
}

export function intFlag(parsed: Parsed, name: string, fallback: number, min: number, max: number): number {
  const v = stringFlag(parsed, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${v}")`);
  return Number(v);
}
