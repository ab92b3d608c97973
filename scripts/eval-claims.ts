// npm run -s eval:claims -- [--labels <dir>] [--split dev|holdout] [--batch 1|2] [--data <dev.jsonl>] [--privacyspy <dev.jsonl>]
//                          [--errors <key prefix>] [--policy <label file>] [--json]
// Measures the claims a person reads against the hand labels in test/claims/labels (written to
// test/claims/GUIDE.md) on modern policies from Open Terms Archive (read from ../shared by path;
// "Open Terms Archive contributors", ODC-BY 1.0):
// - accuracy per question and overall (each labelled answer is one item);
// - wrong claims: an answer PolicyLens gives that the label contradicts, with the sentence it
//   cites; "headline" ones are those a person acts on first (see HEADLINE);
// - silent misses: the policy answers and PolicyLens says it doesn't;
// - agreement with PrivacySpy's expert answers on the questions that map (evaluation only).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import type { Analysis } from '../src/engine/types.ts';
import { textFromMarkdown } from '../src/engine/text/markdown.ts';
import { ENUM_KEYS, HOW_KINDS, periodDays, readClaimSplits, readLabelDir, type ClaimLabels, type EnumKey } from './lib/claim-labels.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { DEFAULT_OTA_PATH, MissingOtaDataError, readOtaDocuments } from './lib/ota.ts';
import { privacySpyAgreement } from './lib/privacyspy.ts';

const args = parseArgs(process.argv.slice(2));
const labelDir = stringOption(args, 'labels') ?? resolve(import.meta.dirname, '../test/claims/labels');
const errorsFor = stringOption(args, 'errors');
const onlyPolicy = stringOption(args, 'policy');
const asJson = args.options.has('json');

/** Answers a person acts on first: a wrong one here is what the issue calls a wrong headline. */
const HEADLINE = new Set(['sell', 'ads', 'tracking', 'retention.indefinite', 'retention.stated', 'changes', 'children', 'signals.dnt', 'signals.gpc', 'rights.delete', 'rights.access', 'share.advertisers', 'share.data-brokers', 'collect.precise-location', 'collect.sensitive', 'contact.any']);

interface Item {
  policy: string;
  key: string;
  ours: string;
  gold: string;
  evidence: string;
}

function fail(message: string): never {
  console.error(`eval-claims: ${message}`);
  process.exit(2);
}

/** Our value for a label key. */
function ours(a: Analysis, key: EnumKey): string {
  const [q, item] = key.includes('.') ? (key.split('.') as [string, string]) : [key, key];
  const claims = a.claims as unknown as Record<string, Record<string, { value: string }>>;
  if (q === 'sell') return a.claims.sell.sell.value;
  const value = claims[q]?.[item]?.value;
  if (value === undefined) throw new Error(`no claim for label key ${key}`);
  if (key === 'children' && value === 'min-age') return `min-age ${a.claims.children.children.details[0]?.amount ?? '?'}`;
  return value;
}

function evidenceOf(a: Analysis, key: string): string {
  const [q, item] = key.includes('.') ? (key.split('.') as [string, string]) : [key, key];
  const claims = a.claims as unknown as Record<string, Record<string, { evidence: number[] }>>;
  const i = claims[q]?.[item]?.evidence[0];
  return i === undefined ? '' : (a.sentences[i]?.text ?? '').replace(/\s+/g, ' ').slice(0, 220);
}

function itemsFor(l: ClaimLabels, a: Analysis): Item[] {
  const items: Item[] = [];
  const push = (key: string, o: string, g: string): void => { items.push({ policy: l.file.split('/').pop() ?? l.file, key, ours: o, gold: g, evidence: o === g ? '' : evidenceOf(a, key) }); };
  for (const key of Object.keys(ENUM_KEYS) as EnumKey[]) {
    const gold = l.enums[key];
    const g = key === 'children' && gold.value === 'min-age' ? `min-age ${gold.age ?? '?'}` : gold.value;
    push(key, ours(a, key), g);
  }
  // Periods: does it state any, and which lengths (as days) both found.
  push('retention.stated', a.claims.retention.periods.value === 'stated' ? 'yes' : 'not-stated', l.periods.value.length > 0 ? 'yes' : 'not-stated');
  // Ways to ask: one item per kind of way.
  const ourHow = new Set(a.claims.rights.how.details.map((d) => d.kind));
  for (const kind of HOW_KINDS) push(`rights.how.${kind}`, ourHow.has(kind) ? 'yes' : 'not-stated', l.how.value.includes(kind) ? 'yes' : 'not-stated');
  // Any contact at all: the "gives no way to reach them" claim.
  const anyOurs = (['email', 'postal', 'phone', 'form', 'dpo'] as const).some((k) => a.claims.contact[k].value === 'yes');
  const anyGold = (['contact.email', 'contact.postal', 'contact.phone', 'contact.form', 'contact.dpo'] as const).some((k) => l.enums[k].value === 'yes');
  push('contact.any', anyOurs ? 'yes' : 'not-stated', anyGold ? 'yes' : 'not-stated');
  push('updated', a.policyDate ? 'stated' : 'not-stated', l.updated.value ? 'stated' : 'not-stated');
  return items;
}

function questionOf(key: string): string {
  return key.split('.')[0] ?? key;
}

let docs: ReturnType<typeof readOtaDocuments>;
try {
  docs = readOtaDocuments(stringOption(args, 'data') ?? DEFAULT_OTA_PATH);
} catch (error) {
  if (error instanceof MissingOtaDataError) fail(`${error.message} Nothing to evaluate.`);
  throw error;
}
if (!existsSync(labelDir)) fail(`no label directory at ${labelDir}`);
const problems: string[] = [];
const split = stringOption(args, 'split');
if (split !== undefined && split !== 'dev' && split !== 'holdout') fail('--split must be dev or holdout');
const batch = stringOption(args, 'batch');
const splits = readClaimSplits(resolve(import.meta.dirname, '../test/claims/splits.json'));
if (batch !== undefined && !splits.batches.has(batch)) fail(`--batch must be one of ${[...splits.batches.keys()].join(', ')}`);
/** Held-out policies (test/claims/splits.json) are never studied: their figures show whether a
 *  change reads a kind of wording or only the sentences it was made for. */
const inSplit = (file: string): boolean => {
  const name = file.split('/').pop() ?? file;
  if (batch !== undefined && !splits.batches.get(batch)?.has(name)) return false;
  return split === undefined || (split === 'holdout') === splits.holdout.has(name);
};
const labels = readLabelDir(labelDir, problems).filter((l) => inSplit(l.file) && (!onlyPolicy || l.file.endsWith(onlyPolicy)));
if (problems.length > 0) fail(`invalid labels (run npm run -s claims:check):\n${problems.join('\n')}`);

const items: Item[] = [];
const periodStats = { labelled: 0, found: 0, ours: 0, matched: 0 };
const analyses = new Map<string, Analysis>();
for (const l of labels) {
  const doc = docs.get(l.id);
  if (!doc) fail(`${l.file}: document ${l.id} is not in the data`);
  const analysis = analyze(textFromMarkdown(doc.text));
  analyses.set(l.id, analysis);
  items.push(...itemsFor(l, analysis));
  const gold = l.periods.value.map((p) => periodDays(p.period)).filter((d): d is number => d !== null);
  const mine = analysis.claims.retention.periods.details.map((d) => d.amount ?? -1);
  periodStats.labelled += gold.length;
  periodStats.ours += mine.length;
  periodStats.matched += mine.filter((d) => gold.some((g) => Math.abs(g - d) <= Math.max(1, g * 0.05))).length;
  periodStats.found += gold.filter((g) => mine.some((d) => Math.abs(g - d) <= Math.max(1, g * 0.05))).length;
}

const byQuestion = new Map<string, { right: number; total: number }>();
for (const it of items) {
  const q = questionOf(it.key);
  const s = byQuestion.get(q) ?? { right: 0, total: 0 };
  s.total++;
  if (it.ours === it.gold) s.right++;
  byQuestion.set(q, s);
}
const right = items.filter((i) => i.ours === i.gold).length;
const wrong = items.filter((i) => i.ours !== i.gold && i.ours !== 'not-stated');
const opposite = (i: Item): boolean => (i.ours === 'yes' && i.gold === 'no') || (i.ours === 'no' && i.gold === 'yes');
const headline = wrong.filter((i) => HEADLINE.has(i.key) || opposite(i));
const silent = items.filter((i) => i.ours === 'not-stated' && i.gold !== 'not-stated');
const spy = privacySpyAgreement(stringOption(args, 'privacyspy'), analyses);

const round = (x: number): number => Math.round(x * 1000) / 1000;
const result = {
  policies: labels.length,
  items: items.length,
  accuracy: round(right / items.length),
  byQuestion: Object.fromEntries([...byQuestion].map(([q, s]) => [q, { accuracy: round(s.right / s.total), items: s.total }])),
  wrongClaims: wrong.length,
  headlineWrong: headline,
  silentMisses: silent.length,
  periods: { ...periodStats, precision: round(periodStats.matched / Math.max(1, periodStats.ours)), recall: round(periodStats.found / Math.max(1, periodStats.labelled)) },
  privacySpy: spy,
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const lines = [
    `Claims on ${labels.length} modern policies${split ? ` (${split} split)` : ''}${batch ? ` (batch ${batch})` : ''} (labels: ${labelDir.replace(`${process.cwd()}/`, '')}; texts: Open Terms Archive contributors, ODC-BY 1.0)`,
    '',
    `accuracy over all ${items.length} labelled answers: ${result.accuracy.toFixed(3)}   (target >= 0.95, no question under 0.90)`,
    '',
    'per question:',
    ...[...byQuestion].sort((a, b) => a[1].right / a[1].total - b[1].right / b[1].total).map(([q, s]) => `  ${q.padEnd(12)} ${(s.right / s.total).toFixed(3)}  (${s.right}/${s.total})${s.right / s.total < 0.9 ? '  < 0.90' : ''}`),
    '',
    `wrong claims (PolicyLens says something the label contradicts): ${wrong.length}; headline: ${headline.length} (target <= 2)`,
    ...headline.map((i) => `  ${i.policy} ${i.key}: ours ${i.ours}, label ${i.gold}\n      "${i.evidence}"`),
    '',
    `silent misses (the policy answers, PolicyLens says it doesn't): ${silent.length}`,
    `retention periods: ${periodStats.matched}/${periodStats.ours} of ours match a labelled length; ${periodStats.found}/${periodStats.labelled} labelled lengths found`,
    '',
    'PrivacySpy expert answers (evaluation only, GPLv3), agreement where the questions map:',
    ...(spy ? Object.entries(spy.byQuestion).map(([q, s]) => `  ${q.padEnd(22)} ${s.agree}/${s.total}`) : ['  (PrivacySpy data not found)']),
  ];
  if (errorsFor) {
    lines.push('', `errors for ${errorsFor}:`);
    for (const i of items.filter((x) => x.key.startsWith(errorsFor) && x.ours !== x.gold)) lines.push(`  ${i.policy} ${i.key}: ours ${i.ours}, label ${i.gold}${i.evidence ? `\n      "${i.evidence}"` : ''}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
