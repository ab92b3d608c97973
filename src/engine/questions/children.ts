// Children: the minimum age (the lowest age the policy sets for using the service, from a ban,
// a requirement or "not directed to children under 13"), a service made for children too
// (child accounts with a parent's consent), not for children (no age), or not stated. Teen
// protections ("users under 18 get extra safeguards") are not a minimum age, and a gate for one
// feature ("18 to view mature content") is not the service's.
import { AGE_WORDS, CHILDREN_CONTEXT, CHILDREN_RULES, UNDER_AGE } from '../../rules/facts/audiences.ts';
import { AGE_GATE, FOR_CHILDREN, NARROW_GATE, NOT_DIRECTED } from '../../rules/claims/children.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, ChildrenValue, Claims } from './types.ts';

const GATE_KINDS = new Set(['no-knowing-collection', 'not-directed', 'min-age']);

function ageOf(raw: string | undefined): number | null {
  if (!raw) return null;
  const r = raw.toLowerCase();
  return /^\d+$/.test(r) ? Number(r) : (AGE_WORDS[r] ?? null);
}

export function readChildren(ctx: ReadContext): Claims['children'] {
  const gates: { age: number; sentence: number; ruleId: string }[] = [];
  const forChildren = new AnswerBuilder<ChildrenValue>('for-children');
  const notDirected = new AnswerBuilder<ChildrenValue>('not-directed');
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(CHILDREN_CONTEXT.pattern, i) && !ctx.hasLabel(i, 'International and Specific Audiences')) return;
    if (NARROW_GATE.test(text)) return;
    const gate = ctx.matches(AGE_GATE.pattern, i)[0];
    if (gate) {
      const age = ageOf(Object.values(gate.groups ?? {}).find((v) => v !== undefined));
      const r = ctx.reading(i, gate.index, gate.index + gate[0].length);
      if (age !== null && age >= 8 && age <= 21 && !r.conditional && !r.definition) gates.push({ age, sentence: i, ruleId: AGE_GATE.id });
    }
    for (const rule of CHILDREN_RULES) {
      if (!GATE_KINDS.has(rule.kind)) continue;
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      if (rule.kind === 'min-age' && !/\bnot\b|\bno\b|\bnever\b|\bmay not\b/i.test(text)) continue; // "children under 13" alone is not a gate
      const age = ageOf(m.groups?.['age'] ?? m.groups?.['age2']) ?? ageOf(UNDER_AGE.pattern.exec(text.slice(m.index))?.groups?.['age']);
      if (age !== null && age >= 8 && age <= 21) gates.push({ age, sentence: i, ruleId: rule.id });
      else if (rule.kind === 'not-directed') notDirected.cite(i, rule.id);
    }
    const fc = ctx.matches(FOR_CHILDREN.pattern, i)[0];
    if (fc) {
      const r = ctx.reading(i, fc.index, fc.index + fc[0].length);
      if (!r.negated && !r.conditional) forChildren.cite(i, FOR_CHILDREN.id);
    } else if (NOT_DIRECTED.test(text) && !gate) {
      notDirected.cite(i, 'children.not-directed');
    }
  });
  let children: Answer<ChildrenValue>;
  if (forChildren.hasEvidence) {
    children = forChildren.citeAll(gates.map((g) => g.sentence)).build();
  } else if (gates.length > 0) {
    const lowest = Math.min(...gates.map((g) => g.age));
    const b = new AnswerBuilder<ChildrenValue>('min-age');
    for (const g of gates.filter((x) => x.age === lowest)) b.cite(g.sentence, g.ruleId);
    for (const g of gates) b.cite(g.sentence, g.ruleId);
    b.detail(String(lowest), gates.filter((x) => x.age === lowest).map((g) => g.sentence), { amount: lowest });
    children = b.build();
  } else if (notDirected.hasEvidence) {
    children = notDirected.build();
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
