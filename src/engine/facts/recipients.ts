// (2) Who the provider gives data to. Each mention is read against the nearest cue before it:
// after a denial ("we do not share … with") it is not a recipient; after an exception
// ("… other than our affiliates") it is one again.
import { DEIDENTIFIED, RECIPIENT_KINDS, RECIPIENT_RULES, SHARE_CONTEXT, SHARE_DENIAL, SHARE_EXCEPTION, VENDOR_LIMITS, VENDORS } from '../../rules/facts/recipients.ts';
import type { FactContext } from './context.ts';
import { cite, emptyEvidence, FactList } from './evidence.ts';
import type { Evidenced, Recipient, RecipientKind, Recipients } from './types.ts';

const KIND_ORDER = new Map(RECIPIENT_KINDS.map((k, i) => [k.id, i]));
const KIND_NAME = new Map(RECIPIENT_KINDS.map((k) => [k.id, k.name]));

interface Cue {
  at: number;
  denial: boolean;
}

function cuesIn(ctx: FactContext, i: number): Cue[] {
  return [
    ...ctx.matches(SHARE_DENIAL.pattern, i).map((m) => ({ at: m.index, denial: true })),
    ...ctx.matches(SHARE_EXCEPTION.pattern, i).map((m) => ({ at: m.index, denial: false })),
  ].sort((a, b) => a.at - b.at);
}

function deniedAt(cues: readonly Cue[], at: number): boolean {
  let denied = false;
  for (const cue of cues) {
    if (cue.at >= at) break;
    denied = cue.denial;
  }
  return denied;
}

export function extractRecipients(ctx: FactContext): Recipients {
  const parties = new FactList<RecipientKind, Recipient>((kind) => ({ kind, name: KIND_NAME.get(kind) ?? kind, deidentifiedOnly: true, evidence: [], ruleIds: [] }));
  let vendorLimits: Evidenced | null = null;
  ctx.texts.forEach((_text, i) => {
    if (ctx.test(VENDOR_LIMITS.pattern, i) && (ctx.hasLabel(i, 'Third Party Sharing/Collection') || ctx.test(VENDORS.pattern, i))) {
      cite((vendorLimits ??= emptyEvidence()), i, VENDOR_LIMITS.id);
    }
    if (!ctx.hasLabel(i, 'Third Party Sharing/Collection') && !ctx.test(SHARE_CONTEXT.pattern, i)) return;
    const cues = cuesIn(ctx, i);
    const deidentified = ctx.test(DEIDENTIFIED.pattern, i);
    for (const rule of RECIPIENT_RULES) {
      if (!ctx.matches(rule.pattern, i).some((m) => !deniedAt(cues, m.index))) continue;
      const party = parties.get(rule.kind);
      party.deidentifiedOnly &&= deidentified;
      cite(party, i, rule.id);
    }
  });
  return {
    parties: parties.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)),
    vendorLimits,
  };
}
