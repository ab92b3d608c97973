// (6) Rights over your data and how to exercise them. A right's "how" comes from its own
// sentence or from a "To request access … contact us" sentence naming it; one speaking of
// "any other data rights" gives its channels to every right the policy grants.
import {
  RIGHT_KINDS, RIGHT_RULES, RIGHTS_CONTEXT, RIGHTS_EXERCISE, RIGHTS_GENERIC, RIGHTS_RESPONSE_TIME, RIGHTS_VERIFICATION,
} from '../../rules/facts/rights.ts';
import { channelsNear, mergeChannels } from './channels.ts';
import type { FactContext } from './context.ts';
import { cite, emptyEvidence, FactList, insertSorted } from './evidence.ts';
import type { Channel, ChannelKind, Evidenced, Right, RightKind, Rights } from './types.ts';

const KIND_ORDER = new Map(RIGHT_KINDS.map((k, i) => [k.id, i]));
const KIND_NAME = new Map(RIGHT_KINDS.map((k) => [k.id, k.name]));
/** Browser settings and e-mail links are ways to make choices, not to file a request. */
const REQUEST_CHANNELS: ReadonlySet<ChannelKind> = new Set(['email', 'phone', 'url', 'postal', 'web-form', 'officer', 'account']);

interface Way {
  kinds: RightKind[] | 'all';
  channels: Channel[];
  evidence: number[];
}

export function extractRights(ctx: FactContext): Rights {
  const rights = new FactList<RightKind, Right>((kind) => ({ kind, name: KIND_NAME.get(kind) ?? kind, how: [], evidence: [], ruleIds: [] }));
  const ways: Way[] = [];
  let verification: Evidenced | null = null;
  let responseDays: (Evidenced & { days: number }) | null = null;
  ctx.texts.forEach((text, i) => {
    if (!ctx.hasLabel(i, 'User Access, Edit and Deletion') && !ctx.test(RIGHTS_CONTEXT.pattern, i)) return;
    const fired = ctx.firing(RIGHT_RULES, i);
    for (const rule of fired) cite(rights.get(rule.kind), i, rule.id);
    const near = channelsNear(ctx, i);
    const channels = near.channels.filter((c) => REQUEST_CHANNELS.has(c.kind));
    if (channels.length > 0) {
      const generic = ctx.test(RIGHTS_GENERIC.pattern, i) || (fired.length === 0 && ctx.test(RIGHTS_EXERCISE.pattern, i));
      ways.push({ kinds: generic ? 'all' : fired.map((r) => r.kind), channels, evidence: near.evidence });
    }
    if (ctx.test(RIGHTS_VERIFICATION.pattern, i)) cite((verification ??= emptyEvidence()), i, RIGHTS_VERIFICATION.id);
    const days = RIGHTS_RESPONSE_TIME.pattern.exec(text)?.groups?.['days'];
    if (days) cite((responseDays ??= { days: Number(days), ...emptyEvidence() }), i, RIGHTS_RESPONSE_TIME.id);
  });
  const granted = rights.values();
  for (const way of ways) {
    for (const right of granted) {
      if (way.kinds !== 'all' && !way.kinds.includes(right.kind)) continue;
      mergeChannels(right.how, way.channels);
      for (const j of way.evidence) insertSorted(right.evidence, j);
    }
  }
  return {
    rights: granted.sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)),
    verification,
    responseDays,
  };
}
