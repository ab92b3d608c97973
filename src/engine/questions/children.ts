// Children: the minimum age (the lowest age the policy sets for using the service, from a ban,
// a requirement or "not directed to children under 13"), a service made for children too
// (child accounts with a parent's consent), not for children (no age), or not stated. Teen
// protections ("users under 18 get extra safeguards") are not a minimum age, and a gate for one
// feature ("18 to view mature content") is not the service's.
import { AGE_WORDS, CHILDREN_CONTEXT, CHILDREN_RULES, UNDER_AGE } from '../../rules/facts/audiences.ts';
import { AGE_GATE, CHILD_DISCOVERED, FOR_CHILDREN, HEDGED_BEFORE, NARROW_GATE, NOT_DIRECTED, SALE_OF_MINORS, SERVICE_GATE, SOLD_TO_ADULTS, UNNUMBERED_GATE } from '../../rules/claims/children.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, ChildrenValue, Claims } from './types.ts';

const GATE_KINDS = new Set(['no-knowing-collection', 'not-directed', 'min-age']);
const GATE_RULES = CHILDREN_RULES.filter((r) => GATE_KINDS.has(r.kind));

/** Ages written as words below the ones the older rules know ("from the age of five"). */
const YOUNG_AGE_WORDS: Readonly<Record<string, number>> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function ageOf(raw: string | undefined): number | null {
  if (!raw) return null;
  const r = raw.toLowerCase();
  return /^\d+$/.test(r) ? Number(r) : (AGE_WORDS[r] ?? YOUNG_AGE_WORDS[r] ?? null);
}

/** The ages an age gate may give: outside them a number is something else. */
const plausibleAge = (age: number | null): age is number => age !== null && age >= 5 && age <= 21;

/** The age is for using the service (who it is for, who may sign up), not only the age below
 *  which it does not knowingly collect data. */
const USE_WORDS = /\b(?:directed|intended|designed|meant|targeted|aimed|allowed|permitted|eligible|register\w*|sign up|create an account|must be|for use by|may not use|use (?:of )?(?:the|our|this)|restrict\w*)\b/i;

/** Younger people are let in with a parent's consent or under supervision ("minors of 13 to 17
 *  may use a parent's account under supervision"): then the lowest age given is the minimum.
 *  "Collected … without parental consent" lets no one in. */
const LETS_YOUNGER_IN = /(?<!\bwithout (?:(?:verifiable|prior|the|their|a) )?)\b(?:parental (?:consent|permission|supervision) (?:is|are) (?:required|needed)|(?:with|under) (?:the |their |a parent'?s? )?supervision|use (?:a|their|your) parent(?:'s|’s)?(?: or (?:legal )?guardian(?:'s|’s)?)? account|with (?:the )?(?:(?:verifiable )?parental|(?:a |their |your )?parents?'?s?|(?:a |their |your )?guardians?'?s?) (?:consent|permission|supervision|involvement)|with (?:the )?(?:consent|permission|involvement) (?:of|from) (?:a |their |your )?(?:parents?|guardians?))\b/i;

/** "Access to services directed at children": other services, not this one. */
const OTHER_SERVICES_BEFORE = /\b(?:access to|other|third[- ]party)\s+(?:[\w-]+\s+)?(?:services?|sites?|websites?|apps?|content)\s+(?:that (?:are|is) )?$/i;

/** "(collected in) areas directed to children": a part of the service, which does not outweigh a
 *  policy-wide "not directed to children" or an age gate. */
const PART_BEFORE = /\b(?:areas?|portions?|parts?|sections?|pages?|features?)\b(?: of (?:our|the) (?:services?|sites?|websites?|apps?))?(?: that| which)?(?: are| is)? $/i;

/** The condition is the reader's own age: "if you are under 16, …". */
const IF_YOU_ARE = /\bif you are (?:a )?(?:user )?(?:under|below|younger)\b/i;

const NAMES_CHILDREN = /\b(?:child|children|minors?|kids)\b/i;

/** The service is for children too: a FOR_CHILDREN match that is asserted, not hedged ("areas
 *  that may be directed to children") and not what is done to a child found by mistake ("if we
 *  learn …, we will close the child's account"). */
function forChildrenMatch(ctx: ReadContext, i: number): 'service' | 'part' | null {
  const matches = ctx.matches(FOR_CHILDREN.pattern, i);
  if (matches.length === 0) return null;
  const text = ctx.texts[i] ?? '';
  if (CHILD_DISCOVERED.test(text) || SOLD_TO_ADULTS.test(text)) return null;
  let found: 'service' | 'part' | null = null;
  for (const m of matches) {
    const r = ctx.reading(i, m.index, m.index + m[0].length);
    if (r.negated || r.conditional || HEDGED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || OTHER_SERVICES_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    if (!PART_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return 'service';
    found = 'part';
  }
  return found;
}

export function readChildren(ctx: ReadContext): Claims['children'] {
  /** `use`: an age for using the service, not only for collecting data. */
  const gates: { age: number; sentence: number; ruleId: string; use: boolean }[] = [];
  let letsYoungerIn = false;
  const forChildren = new AnswerBuilder<ChildrenValue>('for-children');
  const notDirected = new AnswerBuilder<ChildrenValue>('not-directed');
  const forChildrenPart = new AnswerBuilder<ChildrenValue>('for-children');
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(CHILDREN_CONTEXT.pattern, i) && !ctx.hasLabel(i, 'International and Specific Audiences')) {
      // "A version designed for younger users" names no child word: the rule is specific enough.
      const part = forChildrenMatch(ctx, i);
      if (part) (part === 'service' ? forChildren : forChildrenPart).cite(i, FOR_CHILDREN.id);
      return;
    }
    const gateMatch = ctx.matches(AGE_GATE.pattern, i)[0];
    const fired = ctx.firing(GATE_RULES, i);
    const fc = forChildrenMatch(ctx, i);
    const unnumbered = !gateMatch && (NOT_DIRECTED.test(text) || UNNUMBERED_GATE.test(text));
    if (!letsYoungerIn && LETS_YOUNGER_IN.test(text)) letsYoungerIn = true;
    if (!gateMatch && fired.length === 0 && !fc && !unnumbered) return;
    if (NARROW_GATE.test(text)) return;
    // An age for selling minors' data is the law's, not the service's (no gate read from it).
    const saleAge = (gateMatch !== undefined || fired.length > 0) && SALE_OF_MINORS.test(text) && !SERVICE_GATE.test(text);
    const gate = saleAge ? undefined : gateMatch;
    if (gate) {
      const age = ageOf(Object.values(gate.groups ?? {}).find((v) => v !== undefined));
      const r = ctx.reading(i, gate.index, gate.index + gate[0].length);
      // "If you are under 13, do not use the app": the person's age is the condition, the ban the rule.
      const ownAge = r.conditional && IF_YOU_ARE.test(text.slice(Math.max(0, gate.index - 24), gate.index + 6));
      if (plausibleAge(age) && (!r.conditional || ownAge) && !r.definition) gates.push({ age, sentence: i, ruleId: AGE_GATE.id, use: true });
    }
    for (const rule of fired) {
      if (saleAge) break;
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      if (rule.kind === 'min-age' && !/\bnot\b|\bno\b|\bnever\b|\bmay not\b/i.test(text)) continue; // "children under 13" alone is not a gate
      const age = ageOf(m.groups?.['age'] ?? m.groups?.['age2']) ?? ageOf(UNDER_AGE.pattern.exec(text.slice(m.index))?.groups?.['age']);
      if (plausibleAge(age)) gates.push({ age, sentence: i, ruleId: rule.id, use: rule.kind !== 'no-knowing-collection' && USE_WORDS.test(text) });
      // "We do not knowingly collect data from children" with no age: not for children.
      else if (rule.kind === 'not-directed' || (rule.kind === 'no-knowing-collection' && NAMES_CHILDREN.test(text))) notDirected.cite(i, rule.id);
    }
    if (fc) (fc === 'service' ? forChildren : forChildrenPart).cite(i, FOR_CHILDREN.id);
    else if (unnumbered) notDirected.cite(i, 'children.not-directed');
  });
  let children: Answer<ChildrenValue>;
  if (forChildren.hasEvidence) {
    children = forChildren.citeAll(gates.map((g) => g.sentence)).build();
  } else if (gates.length > 0) {
    // The age below which the service is for no one (Clarification 9 of the labelling guide): a
    // lower age below which it only does not knowingly collect data does not lower it, unless
    // younger people are let in with a parent's consent or supervision.
    const useAges = gates.filter((g) => g.use).map((g) => g.age);
    const useAge = useAges.length > 0 ? Math.min(...useAges) : null;
    const counted = useAge !== null && !letsYoungerIn ? gates.filter((g) => g.use || g.age >= useAge) : gates;
    const lowest = Math.min(...counted.map((g) => g.age));
    const b = new AnswerBuilder<ChildrenValue>('min-age');
    for (const g of counted.filter((x) => x.age === lowest)) b.cite(g.sentence, g.ruleId);
    for (const g of counted) b.cite(g.sentence, g.ruleId);
    b.detail(String(lowest), counted.filter((x) => x.age === lowest).map((g) => g.sentence), { amount: lowest });
    children = b.build();
  } else if (notDirected.hasEvidence) {
    children = notDirected.build();
  } else if (forChildrenPart.hasEvidence) {
    children = forChildrenPart.build();
  } else {
    children = notStated<ChildrenValue>() as Answer<ChildrenValue>;
  }
  return { children };
}

/** The minimum age when the claim names one. */
export function minimumAge(claim: Claims['children']): number | null {
  return claim.children.value === 'min-age' ? (claim.children.details[0]?.amount ?? null) : null;
}

export const childrenQuestion: QuestionModule<'children'> = {
  id: 'children',
  heading: 'Children',
  read: readChildren,
  lines: (claim) => {
    const c = claim.children;
    const age = minimumAge(claim);
    return [
      c.value === 'min-age' ? { id: 'children.min-age', question: 'children', text: `Not for children under ${age ?? '?'}.`, evidence: c.evidence }
      : c.value === 'for-children' ? { id: 'children.for-children', question: 'children', text: "Children can use it too, with a parent's or school's consent.", evidence: c.evidence }
      : c.value === 'not-directed' ? { id: 'children.not-directed', question: 'children', text: 'Says it is not meant for children (no age given).', evidence: c.evidence }
      : { id: 'children.not-stated', question: 'children', text: "The policy doesn't say anything about children.", evidence: [] },
    ];
  },
  items: {
    children: {
      'min-age': { says: 'sets a minimum age', rank: 1 },
      'for-children': { says: 'is meant for children too', rank: 1 },
      'not-directed': { says: 'says it is not meant for children', rank: 1 },
      'not-stated': { says: "doesn't mention children", rank: 0 },
    },
  },
  detailItems: ['children'],
};
