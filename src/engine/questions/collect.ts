// What they collect: for each kind of data, yes (cited), no (the policy says it doesn't
// collect it), or not stated; with the items the policy names.
//
// An item counts in a sentence about collection (labelled First Party Collection/Use, naming a
// collecting verb, under a collection heading, or an item of a list introduced by one) unless
// its clause denies it ("we don't track your precise location") or makes it optional ("we
// don't require your real name"): a denial by the provider is a "no", an optional item is
// neither. Items other companies collect are tracking (./tracking.ts), not this answer.
import { COLLECT_CONTEXT, COLLECT_HEADING, DATA_ITEM_RULES } from '../../rules/facts/collected.ts';
import { COLLECT_DENIAL, EXTRA_ITEM_RULES, KIND_TO_ITEMS, OPTIONAL_NOT_DENIED, RULE_TO_ITEMS } from '../../rules/claims/collect.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { capitalise, listJoin } from './words.ts';
import { COLLECT_ITEMS, type Answer, type Claims, type CollectItem, type YesNo } from './types.ts';

const ITEM_RULES = [...DATA_ITEM_RULES, ...EXTRA_ITEM_RULES];
/** How far back a list item ("Your Name;") may be from the line that introduces it. */
const LIST_REACH = 12;

export const COLLECT_NAMES: Readonly<Record<CollectItem, string>> = {
  contact: 'contact details',
  payment: 'payment details',
  'government-id': 'government ID numbers',
  'precise-location': 'precise location',
  'approximate-location': 'approximate location',
  device: 'device and connection data',
  activity: 'what you do on the service',
  content: 'what you post, upload or send',
  contacts: 'your address book',
  sensitive: 'sensitive data',
  'from-others': 'data about you from other companies',
  credentials: 'log-in details',
  demographics: 'age and gender',
  'social-media': 'social-media profiles',
  cookies: 'cookies and similar trackers',
  'call-records': 'call records',
};

function itemsOf(rule: { id: string; kind: string }): readonly CollectItem[] {
  return RULE_TO_ITEMS[rule.id] ?? KIND_TO_ITEMS[rule.kind] ?? (COLLECT_ITEMS.includes(rule.kind as CollectItem) ? [rule.kind as CollectItem] : []);
}

function isCollectionSentence(ctx: ReadContext, i: number): boolean {
  return (
    ctx.hasLabel(i, 'First Party Collection/Use') ||
    ctx.firing(COLLECT_CONTEXT, i).length > 0 ||
    ctx.memo(`collect-heading ${ctx.sentences[i]?.headingIndex ?? ''}`, () => COLLECT_HEADING.pattern.test(ctx.heading(i)))
  );
}

/** The sentence introducing the list `i` is an item of ("Personal Data may include:"), if any. */
function listIntro(ctx: ReadContext, i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - LIST_REACH; j--) {
    const text = ctx.texts[j] ?? '';
    if (text.endsWith(':')) return j;
    if (text.length > 200 || (/[.!?]$/.test(text) && !/\band$/.test(text))) return null;
  }
  return null;
}

function countsAsCollection(ctx: ReadContext, i: number): boolean {
  if (isCollectionSentence(ctx, i)) return true;
  const intro = listIntro(ctx, i);
  return intro !== null && isCollectionSentence(ctx, intro);
}

export function readCollect(ctx: ReadContext): Claims['collect'] {
  const yes = new Map<CollectItem, AnswerBuilder<YesNo>>();
  const no = new Map<CollectItem, AnswerBuilder<YesNo>>();
  const builder = (map: Map<CollectItem, AnswerBuilder<YesNo>>, item: CollectItem, value: YesNo): AnswerBuilder<YesNo> => {
    let b = map.get(item);
    if (!b) map.set(item, (b = new AnswerBuilder<YesNo>(value)));
    return b;
  };
  ctx.texts.forEach((_text, i) => {
    const fired = ctx.firing(ITEM_RULES, i);
    if (fired.length === 0) return;
    const collection = countsAsCollection(ctx, i);
    const denial = ctx.matches(COLLECT_DENIAL.pattern, i)[0];
    for (const rule of fired) {
      for (const m of ctx.matches(rule.pattern, i)) {
        const r = ctx.reading(i, m.index, m.index + m[0].length);
        if (r.negated) {
          // "We don't track your precise location": a denial by the provider, for this item.
          const deniedHere = denial && denial.index < m.index && !OPTIONAL_NOT_DENIED.test(denial[0]) && r.actor !== 'others' && !r.conditional;
          if (deniedHere) for (const item of itemsOf(rule)) builder(no, item, 'no').cite(i, COLLECT_DENIAL.id);
          continue;
        }
        if (!collection || r.conditional || r.actor === 'others' || r.objectOfRight) continue;
        for (const item of itemsOf(rule)) builder(yes, item, 'yes').cite(i, rule.id).detail(rule.name, i);
        break;
      }
    }
  });
  const claim = {} as Record<CollectItem, Answer<YesNo>>;
  for (const item of COLLECT_ITEMS) {
    const found = yes.get(item) ?? no.get(item);
    claim[item] = found ? found.build() : notStated<YesNo>() as Answer<YesNo>;
  }
  return claim;
}

/** Kinds a person is wary of: shown with a caution flag. */
const WARY: ReadonlySet<CollectItem> = new Set(['government-id', 'precise-location', 'sensitive', 'contacts', 'from-others', 'content']);
/** The order of the summary line: what identifies you, then what you do, then where from. */
const LINE_ORDER: readonly CollectItem[] = [
  'contact', 'payment', 'government-id', 'precise-location', 'approximate-location', 'device', 'activity', 'call-records', 'content', 'contacts',
  'sensitive', 'demographics', 'credentials', 'social-media', 'cookies', 'from-others',
];

export const collectQuestion: QuestionModule<'collect'> = {
  id: 'collect',
  heading: 'What they collect',
  read: readCollect,
  lines: (claim) => {
    const collected = LINE_ORDER.filter((item) => claim[item].value === 'yes');
    const denied = LINE_ORDER.filter((item) => claim[item].value === 'no');
    const lines = [];
    if (collected.length === 0) {
      lines.push({ id: 'collect.not-stated', question: 'collect' as const, text: "The policy doesn't say what data it collects.", evidence: [] });
    }
    for (const item of collected) {
      const a = claim[item];
      const items = a.details.map((d) => d.text).filter((t) => t !== COLLECT_NAMES[item]);
      const text = item === 'from-others' ? `Gets ${COLLECT_NAMES[item]}${items.length > 0 ? ` (${listJoin(items.slice(0, 4))})` : ''}.`
        : `${capitalise(COLLECT_NAMES[item])}${items.length > 0 ? `: ${listJoin(items.slice(0, 5))}` : ''}.`;
      lines.push({ id: `collect.${item}`, question: 'collect' as const, text, ...(WARY.has(item) ? { flag: 'caution' as const } : {}), evidence: a.evidence });
    }
    if (denied.length > 0) {
      lines.push({
        id: 'collect.denies',
        question: 'collect' as const,
        text: `Says it does not collect ${listJoin(denied.map((item) => COLLECT_NAMES[item]))}.`,
        flag: 'good' as const,
        evidence: denied.flatMap((item) => claim[item].evidence),
      });
    }
    return lines;
  },
  items: Object.fromEntries(COLLECT_ITEMS.map((item) => [item, {
    yes: { says: `collects ${COLLECT_NAMES[item]}`, rank: WARY.has(item) ? -2 : -1 },
    no: { says: `does not collect ${COLLECT_NAMES[item]}`, rank: 1 },
    'not-stated': { says: `doesn't mention collecting ${COLLECT_NAMES[item]}`, rank: 0 },
  }])) as QuestionModule<'collect'>['items'],
};


