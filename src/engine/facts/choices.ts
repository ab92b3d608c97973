// (5) Choices a person can make, each with how to make it (channels in or after the sentence).
import { CHOICE_KINDS, CHOICE_RULES } from '../../rules/facts/choices.ts';
import { channelsNear, mergeChannels } from './channels.ts';
import type { FactContext } from './context.ts';
import { cite, FactList, insertSorted } from './evidence.ts';
import type { Choice, ChoiceKind } from './types.ts';

const KIND_ORDER = new Map(CHOICE_KINDS.map((k, i) => [k.id, i]));
const KIND_NAME = new Map(CHOICE_KINDS.map((k) => [k.id, k.name]));

export function extractChoices(ctx: FactContext): Choice[] {
  const choices = new FactList<ChoiceKind, Choice>((kind) => ({ kind, name: KIND_NAME.get(kind) ?? kind, how: [], evidence: [], ruleIds: [] }));
  ctx.texts.forEach((_text, i) => {
    const fired = ctx.firing(CHOICE_RULES, i);
    if (fired.length === 0) return;
    const near = channelsNear(ctx, i);
    for (const rule of fired) {
      const choice = choices.get(rule.kind);
      cite(choice, i, rule.id);
      mergeChannels(choice.how, near.channels);
      for (const j of near.evidence) insertSorted(choice.evidence, j);
    }
  });
  return choices.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
}
