// Who gets it: for each kind of recipient, yes (cited), no (the policy says it doesn't give
// them data), or not stated. A mention is read against the nearest denial or exception before
// it in its clause ("we do not share … with advertisers, except …"), and is skipped when it is
// a source of data rather than a recipient ("we collect information from partners") or when the
// person directs the sharing. A blanket promise ("we will not disclose your data to any third
// parties") answers "no" for advertisers, data brokers and other third parties.
import { DEIDENTIFIED, RECIPIENT_RULES, SHARE_CONTEXT, SHARE_DENIAL, SHARE_EXCEPTION, VENDOR_LIMITS, VENDORS } from '../../rules/facts/recipients.ts';
import { BLANKET_DENIAL, EXTRA_RECIPIENT_RULES, FROM_SOURCE, INBOUND_VERB, KIND_TO_ITEM } from '../../rules/claims/share.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { listJoin } from './words.ts';
import { SHARE_ITEMS, type Answer, type Claims, type ShareItem, type YesNo, type YesOnly } from './types.ts';

const RULES = [...RECIPIENT_RULES, ...EXTRA_RECIPIENT_RULES];
const BLANKET_COVERS: readonly ShareItem[] = ['advertisers', 'data-brokers', 'other-third-parties'];

export const SHARE_NAMES: Readonly<Record<ShareItem, string>> = {
  'service-providers': 'service providers',
  affiliates: 'companies in its group',
  advertisers: 'advertisers',
  authorities: 'the authorities (police, courts, regulators)',
  'business-transfer': 'a buyer of the business',
  public: 'the public or other users',
  'data-brokers': 'data brokers',
  'other-third-parties': 'other companies',
  analytics: 'analytics companies',
  'emergency-services': 'emergency services',
  'credit-agencies': 'credit agencies',
};

interface Cue {
  at: number;
  denial: boolean;
}

function cuesIn(ctx: ReadContext, i: number): Cue[] {
  return [
    ...ctx.matches(SHARE_DENIAL.pattern, i).map((m) => ({ at: m.index, denial: true })),
    ...ctx.matches(SHARE_EXCEPTION.pattern, i).map((m) => ({ at: m.index, denial: false })),
  ].sort((a, b) => a.at - b.at);
}

/** Is a mention at `at` denied: the last cue before it, in the same clause, is a denial? */
function deniedAt(ctx: ReadContext, i: number, cues: readonly Cue[], at: number): boolean {
  let denied: Cue | null = null;
  for (const cue of cues) {
    if (cue.at >= at) break;
    denied = cue.denial ? cue : null;
  }
  if (!denied) return false;
  // A new clause between the denial and the mention ("we don't sell it; we share it with …").
  const between = (ctx.texts[i] ?? '').slice(denied.at, at);
  return !/[;:]|\.\s|\b(?:but|however|although|whereas|while)\b/i.test(between);
}

function isSource(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (FROM_SOURCE.test(before)) return true;
  const clause = before.split(/[;:]|,\s+(?:and\s+)?(?:we|they)\b/).pop() ?? '';
  return INBOUND_VERB.test(clause) && !/\b(?:share|disclose|provide|transfer|give|sell)\w*\b[^.;]*$/i.test(clause.replace(INBOUND_VERB, ''));
}

export function readShare(ctx: ReadContext): Claims['share'] {
  const yes = new Map<ShareItem, AnswerBuilder<YesNo>>();
  const no = new Map<ShareItem, AnswerBuilder<YesNo>>();
  const deidentifiedOnly = new Map<ShareItem, boolean>();
  const blanket = new AnswerBuilder<YesNo>('no');
  const vendorLimits = new AnswerBuilder<YesOnly>('yes');
  const get = (map: Map<ShareItem, AnswerBuilder<YesNo>>, item: ShareItem, value: YesNo): AnswerBuilder<YesNo> => {
    let b = map.get(item);
    if (!b) map.set(item, (b = new AnswerBuilder<YesNo>(value)));
    return b;
  };
  ctx.texts.forEach((text, i) => {
    if (ctx.test(VENDOR_LIMITS.pattern, i) && (ctx.hasLabel(i, 'Third Party Sharing/Collection') || ctx.test(VENDORS.pattern, i))) vendorLimits.cite(i, VENDOR_LIMITS.id);
    const blanketMatch = ctx.matches(BLANKET_DENIAL.pattern, i)[0];
    if (blanketMatch) {
      const r = ctx.reading(i, blanketMatch.index, blanketMatch.index + blanketMatch[0].length);
      if (!r.conditional && !r.minors && !r.objectOfRight && r.actor !== 'others' && !/\b(?:sell|sold|rent)\b/i.test(blanketMatch[0])) blanket.cite(i, BLANKET_DENIAL.id);
    }
    if (!ctx.hasLabel(i, 'Third Party Sharing/Collection') && !ctx.test(SHARE_CONTEXT.pattern, i)) return;
    const cues = cuesIn(ctx, i);
    const deidentified = ctx.test(DEIDENTIFIED.pattern, i);
    for (const rule of ctx.firing(RULES, i)) {
      const item = KIND_TO_ITEM[rule.kind] ?? (rule.kind as ShareItem);
      for (const m of ctx.matches(rule.pattern, i)) {
        if (isSource(text, m.index)) continue;
        const r = ctx.reading(i, m.index, m.index + m[0].length);
        if (r.conditional && r.actor === 'you') continue;
        if (deniedAt(ctx, i, cues, m.index)) {
          if (!r.conditional && !r.minors) get(no, item, 'no').cite(i, rule.id);
          continue;
        }
        get(yes, item, 'yes').cite(i, rule.id);
        deidentifiedOnly.set(item, (deidentifiedOnly.get(item) ?? true) && deidentified);
        break;
      }
    }
  });
  const claim = {} as Record<ShareItem, Answer<YesNo>>;
  for (const item of SHARE_ITEMS) {
    const y = yes.get(item);
    // Parties that only ever get aggregate or anonymised data do not get *your* data.
    if (y && !deidentifiedOnly.get(item)) claim[item] = y.build();
    else if (no.get(item)) claim[item] = no.get(item)!.build();
    else if (BLANKET_COVERS.includes(item) && blanket.hasEvidence) claim[item] = blanket.build();
    else claim[item] = notStated<YesNo>() as Answer<YesNo>;
  }
  return { ...claim, 'vendor-limits': vendorLimits.hasEvidence ? vendorLimits.build() : notStated<YesOnly>() as Answer<YesOnly> };
}

const LINE_ORDER: readonly ShareItem[] = [
  'service-providers', 'affiliates', 'advertisers', 'analytics', 'data-brokers', 'other-third-parties', 'authorities', 'business-transfer',
  'public', 'emergency-services', 'credit-agencies',
];
/** Recipients that make a policy worse for the person, most first. */
const RANK: Readonly<Record<ShareItem, number>> = {
  'data-brokers': -4, advertisers: -3, 'other-third-parties': -2, analytics: -1, public: -1, affiliates: -1, 'credit-agencies': -1,
  'service-providers': -0.5, authorities: -0.5, 'business-transfer': -0.5, 'emergency-services': 0,
};

export const shareQuestion: QuestionModule<'share'> = {
  id: 'share',
  heading: 'Who gets it',
  read: readShare,
  lines: (claim) => {
    const given = LINE_ORDER.filter((item) => claim[item].value === 'yes');
    const refused = LINE_ORDER.filter((item) => claim[item].value === 'no');
    const lines = [];
    if (given.length === 0) {
      lines.push({ id: 'share.not-stated', question: 'share' as const, text: "The policy doesn't say who it shares your data with.", evidence: [] });
    } else {
      const risky = given.filter((item) => RANK[item] <= -2);
      lines.push({
        id: 'share.recipients',
        question: 'share' as const,
        text: `Shares your data with ${listJoin(given.map((item) => SHARE_NAMES[item]))}.`,
        ...(risky.length > 0 ? { flag: 'caution' as const } : {}),
        // The riskiest recipients' sentences first: they are what a person checks.
        evidence: [...given].sort((a, b) => RANK[a] - RANK[b]).flatMap((item) => claim[item].evidence.slice(0, 2)),
      });
    }
    if (refused.length > 0) {
      lines.push({
        id: 'share.refuses',
        question: 'share' as const,
        text: `Says it does not give your data to ${listJoin(refused.map((item) => SHARE_NAMES[item]), 'or')}.`,
        flag: 'good' as const,
        evidence: refused.flatMap((item) => claim[item].evidence),
      });
    }
    if (claim['vendor-limits'].value === 'yes' && given.includes('service-providers')) {
      lines.push({ id: 'share.vendor-limits', question: 'share' as const, text: 'Binds its service providers to use your data only for it.', evidence: claim['vendor-limits'].evidence });
    }
    return lines;
  },
  items: Object.fromEntries(SHARE_ITEMS.map((item) => [item, {
    yes: { says: `shares your data with ${SHARE_NAMES[item]}`, rank: RANK[item] },
    no: { says: `does not share your data with ${SHARE_NAMES[item]}`, rank: 1 },
    'not-stated': { says: `doesn't mention sharing with ${SHARE_NAMES[item]}`, rank: 0 },
  }])) as QuestionModule<'share'>['items'],
};
