// What you can ask for: see, delete, correct or take a copy of your data, and how to ask
// (email, form, settings, post, phone); who gets extra rights (California, the EU, other
// states); identity checks, a response time, no penalty for asking. A right counts in a
// sentence about rights (the User Access label or the rights wording) unless its clause denies
// it ("you cannot delete") or makes it a condition.
import {
  RIGHT_RULES, RIGHTS_CONTEXT, RIGHTS_EXERCISE, RIGHTS_GENERIC, RIGHTS_RESPONSE_TIME, RIGHTS_VERIFICATION,
} from '../../rules/facts/rights.ts';
import { REGION_RULES } from '../../rules/facts/audiences.ts';
import { EXTRA_RIGHT_RULES, HOW_OF_CHANNEL } from '../../rules/claims/rights.ts';
import { channelsNear } from '../facts/channels.ts';
import type { Channel } from '../facts/types.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { channelPhrase, listJoin } from './words.ts';
import { RIGHT_ITEMS, type Answer, type Claims, type RightItem, type Stated, type YesNo, type YesOnly } from './types.ts';

const RULES = [...RIGHT_RULES, ...EXTRA_RIGHT_RULES];
const REGION_NAMES: Readonly<Record<string, string>> = {
  'california-ccpa': 'California', 'california-shine-the-light': 'California', california: 'California', eu: 'the EU and UK', 'other-us-states': 'other US states',
};

interface Way {
  items: RightItem[] | 'all';
  channels: Channel[];
  evidence: number[];
}

export function readRights(ctx: ReadContext): Claims['rights'] {
  const rights = new Map<RightItem, AnswerBuilder<YesNo>>();
  const ways: Way[] = [];
  const verification = new AnswerBuilder<YesOnly>('yes');
  const nonDiscrimination = new AnswerBuilder<YesOnly>('yes');
  const response = new AnswerBuilder<Stated>('stated');
  const regions = new AnswerBuilder<Stated>('stated');
  ctx.texts.forEach((text, i) => {
    for (const rule of ctx.firing(REGION_RULES, i)) {
      const name = REGION_NAMES[rule.kind];
      if (name) regions.cite(i, rule.id).detail(name, i);
    }
    if (!ctx.hasLabel(i, 'User Access, Edit and Deletion') && !ctx.test(RIGHTS_CONTEXT.pattern, i)) return;
    const granted: RightItem[] = [];
    for (const rule of ctx.firing(RULES, i)) {
      if (rule.kind === 'opt-out-sale') continue;
      if (rule.kind === 'non-discrimination') { nonDiscrimination.cite(i, rule.id); continue; }
      const item = rule.kind as RightItem;
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if ((r.negated && !r.objectOfRight) || r.actor === 'others' || r.minors) continue;
      let b = rights.get(item);
      if (!b) rights.set(item, (b = new AnswerBuilder<YesNo>('yes')));
      b.cite(i, rule.id);
      granted.push(item);
    }
    const near = channelsNear(ctx, i);
    const channels = near.channels.filter((c) => HOW_OF_CHANNEL[c.kind] !== undefined);
    if (channels.length > 0) {
      const generic = ctx.test(RIGHTS_GENERIC.pattern, i) || (granted.length === 0 && ctx.test(RIGHTS_EXERCISE.pattern, i));
      ways.push({ items: generic ? 'all' : granted, channels, evidence: near.evidence });
    }
    if (ctx.test(RIGHTS_VERIFICATION.pattern, i)) verification.cite(i, RIGHTS_VERIFICATION.id);
    const days = RIGHTS_RESPONSE_TIME.pattern.exec(text)?.groups?.['days'];
    if (days && !response.hasEvidence) response.cite(i, RIGHTS_RESPONSE_TIME.id).detail(`${days} days`, i, { amount: Number(days) });
  });
  const how = new AnswerBuilder<Stated>('stated');
  for (const way of ways) {
    const applies = way.items === 'all' ? [...rights.keys()] : way.items.filter((item) => rights.has(item));
    if (applies.length === 0) continue;
    for (const item of applies) rights.get(item)?.citeAll(way.evidence);
    for (const c of way.channels) how.citeAll(way.evidence, 'rights.how').detail(c.value, way.evidence, { kind: HOW_OF_CHANNEL[c.kind] ?? c.kind });
  }
  const claim = {} as Record<RightItem, Answer<YesNo>>;
  for (const item of RIGHT_ITEMS) claim[item] = yesIf(rights.get(item) ?? new AnswerBuilder<YesNo>('yes')) as Answer<YesNo>;
  return {
    ...claim,
    how: how.hasEvidence ? how.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    'non-discrimination': yesIf(nonDiscrimination),
    verification: yesIf(verification),
    'response-time': response.hasEvidence ? response.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    regions: regions.hasEvidence ? regions.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
  };
}

const VERBS: ReadonlyArray<[RightItem, string]> = [['access', 'see'], ['correct', 'correct'], ['delete', 'delete'], ['portability', 'take a copy of']];
const HOW_ORDER = ['settings', 'form', 'email', 'phone', 'postal'];

/** The ways to ask, most direct first, as phrases. */
export function howText(how: Answer<Stated>, max = 3): string {
  const sorted = [...how.details].sort((a, b) => HOW_ORDER.indexOf(a.kind ?? '') - HOW_ORDER.indexOf(b.kind ?? ''));
  const kinds = new Set<string>();
  const chosen = sorted.filter((d) => (kinds.has(d.kind ?? '') ? false : (kinds.add(d.kind ?? ''), true))).slice(0, max);
  return listJoin(chosen.map((d) => channelPhrase({ kind: ({ settings: 'account', form: 'web-form' } as Record<string, Channel['kind']>)[d.kind ?? ''] ?? (d.kind as Channel['kind']), value: d.text })), 'or');
}

export const rightsQuestion: QuestionModule<'rights'> = {
  id: 'rights',
  heading: 'What you can ask for',
  read: readRights,
  lines: (claim) => {
    const verbs = VERBS.filter(([item]) => claim[item].value === 'yes').map(([, verb]) => verb);
    if (verbs.length === 0) return [{ id: 'rights.not-stated', question: 'rights', text: "The policy doesn't say you can see or delete your data.", flag: 'caution', evidence: [] }];
    const how = claim.how.value === 'stated' ? `: ${howText(claim.how)}` : " (it doesn't say how)";
    const where = claim.regions.value === 'stated' ? claim.regions.details.map((d) => d.text) : [];
    const extras = [
      ...(claim.verification.value === 'yes' ? ['it checks who you are first'] : []),
      ...(claim['response-time'].value === 'stated' ? [`it answers within ${claim['response-time'].details[0]?.text ?? ''}`] : []),
      ...(claim['non-discrimination'].value === 'yes' ? ["you won't be penalised for asking"] : []),
    ];
    const lines = [{
      id: 'rights.requests',
      question: 'rights' as const,
      text: `You can ask to ${listJoin(verbs, 'or')} your data${how}${extras.length > 0 ? `; ${listJoin(extras)}` : ''}.`,
      ...(claim.delete.value === 'yes' && claim.how.value === 'stated' ? { flag: 'good' as const } : {}),
      evidence: [...RIGHT_ITEMS.flatMap((item) => claim[item].evidence.slice(0, 2)), ...claim.how.evidence.slice(0, 2)],
    }];
    if (where.length > 0) lines.push({ id: 'rights.regions', question: 'rights' as const, text: `Names extra rights for people in ${listJoin(where)}.`, evidence: claim.regions.evidence.slice(0, 3) });
    return lines;
  },
  items: {
    ...Object.fromEntries(RIGHT_ITEMS.map((item) => [item, {
      yes: { says: `lets you ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: 1 },
      no: { says: `does not let you ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: -1 },
      'not-stated': { says: `doesn't say you can ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: 0 },
    }])),
    how: { stated: { says: 'says how to make a request', rank: 1 }, 'not-stated': { says: "doesn't say how to make a request", rank: 0 } },
  } as QuestionModule<'rights'>['items'],
  detailItems: ['how'],
};
