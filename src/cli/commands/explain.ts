// policylens explain "<sentence or passage>" [--json]     (or: explain --in <file|->)
//   Why PolicyLens reads a text the way it does: for each sentence, the categories it gets with
//   the classification rules that fired (what each says, and which of its patterns matched:
//   its number in the rule and the rule's example for it), then every claim the text makes
//   to a question, with the claim rules behind it and how the clause was read (denied,
//   conditional, a definition, the object of a right, about minors, who acts).
import { analyze } from '../../engine/analyze.ts';
import { readClause, type Reading } from '../../engine/clause/read.ts';
import { normalizeForFacts } from '../../engine/facts/context.ts';
import { QUESTION_ORDER } from '../../engine/questions/index.ts';
import type { Answer } from '../../engine/questions/types.ts';
import { CLAIM_RULES } from '../../rules/claims/index.ts';
import { FACT_RULES } from '../../rules/facts/index.ts';
import { RULES } from '../../rules/index.ts';
import { parseFlags, stringFlag, UsageError } from '../args.ts';
import { readPolicyInput } from '../input.ts';
import { openSink } from '../output.ts';
import { describePattern, patternsMatched } from '../pattern-of.ts';
import { analysisInput } from '../read-policy.ts';
import type { Command } from './types.ts';

const GLOSS = new Map<string, string>([
  ...RULES.map((r) => [r.id, r.gloss] as const),
  ...FACT_RULES.map((r) => [r.id, r.gloss] as const),
  ...CLAIM_RULES.map((r) => [r.rule.id, r.rule.gloss] as const),
]);
const PATTERN = new Map<string, RegExp>([...FACT_RULES.map((r) => [r.id, r.pattern] as const), ...CLAIM_RULES.map((r) => [r.rule.id, r.rule.pattern] as const)]);
const FLAGS: ReadonlyArray<[keyof Reading, string]> = [
  ['negated', 'denied'], ['conditional', 'in a condition or question'], ['definition', 'a definition'], ['quoted', 'a quoted term'],
  ['deemed', 'named so by a law'], ['epistemic', 'about knowing, not doing'], ['objectOfRight', 'what a right or choice is about'],
  ['minors', 'about children only'], ['narrowItem', 'about one item only'], ['deidentified', 'about de-identified data'], ['excepted', 'with an exception'],
];

function readingOf(ruleId: string, text: string): string | null {
  const pattern = PATTERN.get(ruleId);
  const t = normalizeForFacts(text);
  const m = pattern?.exec(t);
  if (!m) return null;
  const r = readClause(t, m.index, m.index + m[0].length);
  const flags = FLAGS.filter(([k]) => r[k] === true).map(([, say]) => say);
  return `"${m[0]}": ${[...flags, `actor ${r.actor}`].join(', ')}`;
}

export const explainCommand: Command = {
  name: 'explain',
  usage: 'policylens explain "<sentence or passage>" [--json]\n       policylens explain --in <file|-> [--json]',
  summary: 'show the rules and claims a text fires, and why',
  async run(argv) {
    const parsed = parseFlags(argv, { in: 'string', json: 'boolean' });
    const file = stringFlag(parsed, 'in');
    if (file === undefined && parsed.positionals.length === 0) throw new UsageError('give the text to explain, in quotes (or --in <file>)');
    if (file !== undefined && parsed.positionals.length > 0) throw new UsageError('give either a text or --in <file>, not both');
    const source = file !== undefined ? (() => { const i = readPolicyInput(file); return analysisInput(i.text, i.kind, file); })() : { text: parsed.positionals.join(' ') };
    const analysis = analyze(source);
    const claims: { sentence: number; question: string; item: string; value: string; rules: { id: string; gloss: string; reading: string | null }[] }[] = [];
    for (const q of QUESTION_ORDER) {
      for (const [item, a] of Object.entries(analysis.claims[q] as unknown as Record<string, Answer>)) {
        if (a.value === 'not-stated') continue;
        for (const i of a.evidence) {
          const text = analysis.sentences[i]?.text ?? '';
          claims.push({ sentence: i, question: q, item, value: a.value, rules: a.ruleIds.map((id) => ({ id, gloss: GLOSS.get(id) ?? '', reading: readingOf(id, text) })).filter((r) => r.reading !== null || a.ruleIds.length === 1) });
        }
      }
    }
    const sink = openSink(undefined);
    if (parsed.flags.has('json')) {
      const patterns = (text: string, ruleIds: readonly string[]) => ruleIds.flatMap((rule) => patternsMatched(rule, text).map((m) => ({ rule, ...m })));
      sink.write(`${JSON.stringify({ sentences: analysis.sentences.map((s) => ({ index: s.index, text: s.text, labels: s.labels, patterns: patterns(s.text, [...new Set(s.labels.flatMap((l) => l.ruleIds))]) })), claims }, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const s of analysis.sentences) {
      lines.push(`[${s.index}] ${s.text}`);
      if (s.labels.length === 0) lines.push('    categories: none');
      for (const l of s.labels) {
        lines.push(`    category ${l.label} (${Math.round(l.score * 100)}%${l.viaHeading ? ', from its heading' : ''})`);
        for (const id of l.ruleIds) {
          lines.push(`      rule ${id}: ${GLOSS.get(id) ?? ''}`);
          const matched = patternsMatched(id, s.text);
          if (matched.length === 0 && l.viaHeading) lines.push('        matched its heading');
          for (const m of matched) lines.push(`        ${describePattern(m)}`);
        }
      }
      for (const c of claims.filter((x) => x.sentence === s.index)) {
        lines.push(`    claim ${c.question}${c.item === c.question ? '' : `.${c.item}`} = ${c.value}`);
        for (const r of c.rules) lines.push(`      rule ${r.id}: ${r.gloss}${r.reading ? `\n        read as ${r.reading}` : ''}`);
      }
    }
    if (analysis.language !== 'en') lines.push('(not read as English: PolicyLens reads English policies only)');
    sink.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
