// The schema of the hand-made claim labels (test/claims/GUIDE.md): which keys each label file
// has, the values each key allows, and a reader that names every problem it finds. Used by
// `npm run claims:check` and `npm run eval:claims`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const YES_NO = ['yes', 'no', 'not-stated'] as const;
const YES = ['yes', 'not-stated'] as const;
const SIGNAL = ['honoured', 'not-honoured', 'not-stated'] as const;

/** Keys whose value is one word from a closed list. */
export const ENUM_KEYS = {
  'collect.contact': YES_NO,
  'collect.payment': YES_NO,
  'collect.government-id': YES_NO,
  'collect.precise-location': YES_NO,
  'collect.approximate-location': YES_NO,
  'collect.device': YES_NO,
  'collect.activity': YES_NO,
  'collect.content': YES_NO,
  'collect.contacts': YES_NO,
  'collect.sensitive': YES_NO,
  'collect.from-others': YES_NO,
  'share.service-providers': YES_NO,
  'share.affiliates': YES_NO,
  'share.advertisers': YES_NO,
  'share.authorities': YES_NO,
  'share.business-transfer': YES_NO,
  'share.public': YES_NO,
  'share.data-brokers': YES_NO,
  'share.other-third-parties': YES_NO,
  sell: ['no', 'yes', 'conditional', 'not-stated'],
  ads: YES_NO,
  tracking: YES_NO,
  'retention.indefinite': YES,
  'retention.as-needed': YES,
  'rights.access': YES_NO,
  'rights.delete': YES_NO,
  'rights.correct': YES_NO,
  'rights.portability': YES_NO,
  'choices.marketing-opt-out': YES_NO,
  'choices.ads-opt-out': YES_NO,
  'choices.cookie-controls': YES_NO,
  'choices.sale-opt-out': YES_NO,
  'security.measures': ['specific', 'general', 'not-stated'],
  'security.breach-notice': YES,
  changes: ['notice', 'posted', 'without-notice', 'not-stated'],
  children: ['min-age', 'not-directed', 'for-children', 'not-stated'],
  'signals.dnt': SIGNAL,
  'signals.gpc': SIGNAL,
  transfers: ['abroad', 'local', 'not-stated'],
  'contact.email': YES,
  'contact.postal': YES,
  'contact.phone': YES,
  'contact.form': YES,
  'contact.dpo': YES,
  'minimise.no-logs': YES,
  'minimise.e2e': YES,
  'minimise.no-account': YES,
} as const satisfies Record<string, readonly string[]>;

export type EnumKey = keyof typeof ENUM_KEYS;
export const HOW_KINDS = ['email', 'form', 'settings', 'postal', 'phone'] as const;
export type HowKind = (typeof HOW_KINDS)[number];

/** Keys with a structured value. */
export const LIST_KEYS = ['retention.periods', 'rights.how', 'updated'] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export const ALL_KEYS: readonly string[] = [...Object.keys(ENUM_KEYS), ...LIST_KEYS];

export interface LabelledPeriod {
  period: string;
  appliesTo: string;
}

export interface Answer<V> {
  value: V;
  quotes: string[];
  note?: string;
  age?: number | null;
  scope?: 'all' | 'some';
}

export interface ClaimLabels {
  id: string;
  service: string;
  file: string;
  enums: { [K in EnumKey]: Answer<(typeof ENUM_KEYS)[K][number]> };
  periods: Answer<LabelledPeriod[]>;
  how: Answer<HowKind[]>;
  updated: Answer<string | null>;
}

/** `ota-contrib:Signal/Privacy Policy` → `contrib__Signal.json` (the file name the guide asks for). */
export function labelFileName(id: string): string {
  const [collection = '', rest = ''] = id.split(':', 2);
  const service = rest.split('/')[0] ?? rest;
  const kind = rest.slice(service.length + 1);
  const suffix = kind === 'Privacy Policy' ? '' : `__${kind.replace(/[^A-Za-z0-9]+/g, '_')}`;
  return `${collection.replace(/^ota-/, '')}__${service.replace(/[^A-Za-z0-9]+/g, '_')}${suffix}.json`;
}

/** Whitespace and quote marks as the check compares them: runs of space collapse, curly quotes straighten. */
export function normalizeForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A policy text as quotes are checked against: markdown emphasis and link targets removed. */
export function plainPolicyText(markdown: string): string {
  return normalizeForQuote(
    markdown
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')
      .replace(/[[\]]/g, '')
      .replace(/^#+\s*/gm, ''),
  );
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Parses one label file, pushing every problem (with the file name) to `problems`. */
export function parseClaimLabels(file: string, raw: string, problems: string[]): ClaimLabels | null {
  let json: unknown;
  try { json = JSON.parse(raw); } catch (error) { problems.push(`${file}: not JSON (${(error as Error).message})`); return null; }
  if (typeof json !== 'object' || json === null) { problems.push(`${file}: not an object`); return null; }
  const { id, service, answers } = json as { id?: unknown; service?: unknown; answers?: unknown };
  if (typeof id !== 'string' || typeof service !== 'string') { problems.push(`${file}: "id" and "service" must be strings`); return null; }
  if (labelFileName(id) !== file.split('/').pop()) problems.push(`${file}: for id ${JSON.stringify(id)} the file should be named ${labelFileName(id)}`);
  if (typeof answers !== 'object' || answers === null) { problems.push(`${file}: "answers" must be an object`); return null; }
  const got = answers as Record<string, unknown>;
  for (const key of Object.keys(got)) if (!ALL_KEYS.includes(key)) problems.push(`${file}: unknown key ${JSON.stringify(key)}`);
  const before = problems.length;
  const answer = (key: string): Answer<unknown> | null => {
    const a = got[key];
    if (typeof a !== 'object' || a === null || !('value' in a)) { problems.push(`${file}: ${key}: missing, or has no "value"`); return null; }
    const { value, quotes = [], note, age, scope } = a as Record<string, unknown>;
    if (!isStringArray(quotes)) { problems.push(`${file}: ${key}: "quotes" must be a list of strings`); return null; }
    if (note !== undefined && typeof note !== 'string') problems.push(`${file}: ${key}: "note" must be a string`);
    if (scope !== undefined && scope !== 'all' && scope !== 'some') problems.push(`${file}: ${key}: "scope" must be "all" or "some"`);
    if (age !== undefined && age !== null && (typeof age !== 'number' || !Number.isInteger(age) || age < 1 || age > 21)) problems.push(`${file}: ${key}: "age" must be a whole number of years or null`);
    return { value, quotes, ...(typeof note === 'string' ? { note } : {}), ...(typeof age === 'number' || age === null ? { age } : {}), ...(scope === 'all' || scope === 'some' ? { scope } : {}) };
  };
  const enums: Record<string, Answer<string>> = {};
  for (const [key, allowed] of Object.entries(ENUM_KEYS)) {
    const a = answer(key);
    if (!a) continue;
    if (typeof a.value !== 'string' || !(allowed as readonly string[]).includes(a.value)) { problems.push(`${file}: ${key}: value must be one of ${allowed.join(', ')}; got ${JSON.stringify(a.value)}`); continue; }
    if (a.value !== 'not-stated' && a.quotes.length === 0) problems.push(`${file}: ${key}: "${a.value}" needs at least one quote`);
    if (key === 'children' && a.value === 'min-age' && typeof a.age !== 'number') problems.push(`${file}: children: "min-age" needs "age"`);
    enums[key] = a as Answer<string>;
  }
  const periods = answer('retention.periods');
  if (periods) {
    const ok = Array.isArray(periods.value) && periods.value.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as LabelledPeriod).period === 'string' && typeof (p as LabelledPeriod).appliesTo === 'string');
    if (!ok) problems.push(`${file}: retention.periods: value must be a list of {"period","appliesTo"}`);
    else if ((periods.value as unknown[]).length > 0 && periods.quotes.length === 0) problems.push(`${file}: retention.periods: needs quotes`);
  }
  const how = answer('rights.how');
  if (how) {
    if (!isStringArray(how.value) || !how.value.every((h) => (HOW_KINDS as readonly string[]).includes(h))) problems.push(`${file}: rights.how: value must be a list from ${HOW_KINDS.join(', ')}`);
    else if (how.value.length > 0 && how.quotes.length === 0) problems.push(`${file}: rights.how: needs quotes`);
  }
  const updated = answer('updated');
  if (updated && updated.value !== null && typeof updated.value !== 'string') problems.push(`${file}: updated: value must be a string or null`);
  if (problems.length > before || !periods || !how || !updated) return null;
  return {
    id, service, file,
    enums: enums as ClaimLabels['enums'],
    periods: periods as Answer<LabelledPeriod[]>,
    how: how as Answer<HowKind[]>,
    updated: updated as Answer<string | null>,
  };
}

/** Every quote of a label, with the key it supports. */
export function quotesOf(labels: ClaimLabels): { key: string; quote: string }[] {
  const out: { key: string; quote: string }[] = [];
  for (const [key, a] of Object.entries(labels.enums)) for (const quote of a.quotes) out.push({ key, quote });
  for (const [key, a] of [['retention.periods', labels.periods], ['rights.how', labels.how], ['updated', labels.updated]] as const) for (const quote of a.quotes) out.push({ key, quote });
  return out;
}

export function readLabelDir(dir: string, problems: string[]): ClaimLabels[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseClaimLabels(join(dir, f), readFileSync(join(dir, f), 'utf8'), problems))
    .filter((l): l is ClaimLabels => l !== null);
}

export interface ClaimSplits {
  /** Label files never studied while changing rules. */
  holdout: ReadonlySet<string>;
  /** Label files by the labelling round they came from. */
  batches: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Reads test/claims/splits.json, naming the file and the field when it is malformed. */
export function readClaimSplits(file: string): ClaimSplits {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const names = (v: unknown, where: string): Set<string> => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${file}: ${where} must be a list of label file names`);
    return new Set(v as string[]);
  };
  if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: expected an object`);
  const r = raw as Record<string, unknown>;
  const batches = r['batches'];
  if (typeof batches !== 'object' || batches === null) throw new Error(`${file}: batches must be an object`);
  return {
    holdout: names(r['holdout'], 'holdout'),
    batches: new Map(Object.entries(batches).map(([k, v]) => [k, names(v, `batches.${k}`)])),
  };
}

/** Days in a labelled period ("up to 24 months" → 720); null when it has no number. */
export function periodDays(period: string): number | null {
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, thirteen: 13, eighteen: 18, twenty: 20, thirty: 30, a: 1, an: 1 };
  const m = /(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirteen|eighteen|twenty|thirty|a|an)\s*(?:\(\d+\)\s*)?(hour|day|week|month|year)s?/i.exec(period);
  if (!m) return null;
  const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : (words[(m[1] ?? '').toLowerCase()] ?? 0);
  const unit = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 }[(m[2] ?? 'day').toLowerCase() as 'day'] ?? 1;
  return Math.round(n * unit * 10) / 10;
}
