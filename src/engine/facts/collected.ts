// (1) What the provider collects, by kind, with the items the policy names.
import { COLLECT_CONTEXT, COLLECT_HEADING, COLLECT_NEGATION, DATA_ITEM_RULES, DATA_KINDS } from '../../rules/facts/collected.ts';
import type { FactContext } from './context.ts';
import { cite, FactList } from './evidence.ts';
import type { CollectedData, DataKindId } from './types.ts';

const KIND_ORDER = new Map(DATA_KINDS.map((k, i) => [k.id, i]));
const KIND_NAME = new Map(DATA_KINDS.map((k) => [k.id, k.name]));
/** How far back a list item ("Your Name;") may be from the line that introduces it. */
const LIST_REACH = 12;

function isCollectionSentence(ctx: FactContext, i: number): boolean {
  return (
    ctx.hasLabel(i, 'First Party Collection/Use') ||
    ctx.firing(COLLECT_CONTEXT, i).length > 0 ||
    ctx.memo(`collect-heading ${ctx.sentences[i]?.headingIndex ?? ''}`, () => COLLECT_HEADING.pattern.test(ctx.heading(i)))
  );
}

/** The sentence introducing the list `i` is an item of ("Personal Data may include:"), if any:
 *  walk up through short item-like lines to one ending with a colon. */
function listIntro(ctx: FactContext, i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - LIST_REACH; j--) {
    const text = ctx.texts[j] ?? '';
    if (text.endsWith(':')) return j;
    if (text.length > 200 || (/[.!?]$/.test(text) && !/\band$/.test(text))) return null;
  }
  return null;
}

function countsAsCollection(ctx: FactContext, i: number): boolean {
  if (isCollectionSentence(ctx, i)) return true;
  const intro = listIntro(ctx, i);
  return intro !== null && isCollectionSentence(ctx, intro);
}

export function extractCollected(ctx: FactContext): CollectedData[] {
  const kinds = new FactList<DataKindId, CollectedData>((kind) => ({ kind, name: KIND_NAME.get(kind) ?? kind, items: [], evidence: [], ruleIds: [] }));
  ctx.texts.forEach((_text, i) => {
    if (!countsAsCollection(ctx, i) || ctx.test(COLLECT_NEGATION.pattern, i)) return;
    for (const rule of ctx.firing(DATA_ITEM_RULES, i)) {
      const fact = kinds.get(rule.kind);
      if (!fact.items.includes(rule.name)) fact.items.push(rule.name);
      cite(fact, i, rule.id);
    }
  });
  return kinds.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
}
