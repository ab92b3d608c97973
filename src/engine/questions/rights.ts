// What you can ask for: see, delete, correct or take a copy of your data, and how to ask
// (email, form, settings, post, phone); who gets extra rights (California, the EU, other
// states); identity checks, a response time, no penalty for asking.
//
// A right counts in a sentence about rights: the User Access label, the rights wording (a right
// named outright: "the right of access", "Art. 15 GDPR"), a list under "you have the right to:",
// or a request in a rights section; unless its clause denies it ("you cannot delete") or others
// do it ("third parties may access"). Rights in rights wording are cited before those read only
// from the label or the section. A right given to parents over their child's data still counts (as
// one for some people), cited after the others.
//
// How to ask (the guide's clarification 5) is read in ./rights-ways.ts.
import {
  RIGHT_RULES, RIGHTS_CONTEXT, RIGHTS_EXERCISE, RIGHTS_GENERIC, RIGHTS_RESPONSE_TIME, RIGHTS_VERIFICATION,
} from '../../rules/facts/rights.ts';
import { REGION_RULES } from '../../rules/facts/audiences.ts';
import {
  ACCESS_TAKEN_AWAY, ALSO_WAY, COMPLAINT_ONLY, COOKIE_OBJECT, EXTRA_RIGHT_RULES, GIVEN_ACCESS_BEFORE, NOT_YOUR_DATA, OTHER_REQUEST, REQUEST_CUE,
  RIGHT_NAMED, RIGHTS_CONTEXT_MORE, RIGHTS_HEADING, RIGHTS_LEAD_IN, SELF_SERVICE,
} from '../../rules/claims/rights.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { endsWithColon, has, howText, waysIn, type HowItem } from './rights-ways.ts';
import { listJoin } from './words.ts';
import { RIGHT_ITEMS, type Answer, type Claims, type RightItem, type Stated, type YesNo, type YesOnly } from './types.ts';

export { contactWays, howText, waysIn } from './rights-ways.ts';

const RULES = [...RIGHT_RULES, ...EXTRA_RIGHT_RULES];
const REGION_NAMES: Readonly<Record<string, string>> = {
  'california-ccpa': 'California', 'california-shine-the-light': 'California', california: 'California', eu: 'the EU and UK', 'other-us-states': 'other US states',
};
/** How many sentences after "you have the right to:" are read as its list. */
const LIST_SPAN = 10;
/** How far after a request a "you can also …" sentence still adds a way to it. */
const ALSO_SPAN = 3;

interface Way {
  items: RightItem[] | 'all';
  how: HowItem[];
  /** 0: a sentence on making a request or using a right; 1: one that names a way in passing.
   *  The first are cited first. */
  rank: number;
}

/** Someone else does it: "third parties may access", unless rights wording names the person
 *  before the match ("organizations and users of our Services have the ability to review"). */
function byOthers(ctx: ReadContext, i: number, at: number, actor: string): boolean {
  if (actor !== 'others') return false;
  const text = ctx.texts[i] ?? '';
  // "Most of our services allow you to change your profile": you do it.
  if (/\b(?:allows?|lets?|enables?|permits?) (?:you|users|members|customers) to (?:\w+ )?$/i.test(text.slice(Math.max(0, at - 40), at))) return false;
  if (!has(ctx, RIGHTS_CONTEXT_MORE.pattern, i)) return true;
  const before = text.slice(Math.max(0, at - 100), at);
  return !/\b(?:you|users?|customers?|members?|consumers?|individuals?|parents?|data subjects?)\b/i.test(before.slice(before.search(/[^.;]*$/)));
}

/** The provider does it to your data: "we reserve the right to access … your information",
 *  "we use cookies to access your information" (not "we give you access", not "request that we
 *  delete"). */
function byUs(text: string, at: number, objectOfRight: boolean): boolean {
  const before = text.slice(0, at);
  if (/\b(?:(?:reserves?|retains?)|[Ww]e (?:also )?have) the right to\s*$/.test(before)) return true;
  if (objectOfRight) return false;
  if (/\b(?:if you|at your request|upon (?:your )?request|on request|you (?:may|can) (?:ask|request))\b/i.test(before)) return false;
  // An item of a list of rights: "the right to (i) request access …; (ii) … that we hold; (iii)
  // request deletion".
  if (/\b(?:the|your|a|these) rights? to\b|\brights (?:available )?(?:may )?include\b/i.test(before) && /;\s*(?:\(?[ivx\d]{1,4}[.)]\s*)?(?:request|ask|obtain|to)\b[^;]*$/i.test(before)) return false;
  const we = before.search(/\bwe\b(?![^]*\bwe\b)/i);
  if (we < 0) return false;
  // The person named in an earlier item of a list ("… you enter; (b) to access your
  // information") is not the one acting in this one.
  const since = before.slice(we);
  const clause = since.slice(since.lastIndexOf(';') + 1);
  return !/\b(?:you|users?|customers?|members?|consumers?|individuals?|parents?)\b|\byour (?:ability|right|rights|choice|request)\b/i.test(clause);
}

/** "You can delete Flash cookies in the add-on's settings": cookies, not your data. */
function aboutCookies(text: string, end: number): boolean {
  const after = text.slice(end, end + 80).split(/[.;]/)[0] ?? '';
  return COOKIE_OBJECT.test(after) && !/\b(?:account|profile|personal (?:data|information))\b/i.test(after);
}

/** Words one of which rights wording (RIGHTS_CONTEXT_MORE, RIGHT_NAMED) always has. */
const RIGHTS_WORDS = /[Rr]ight|[Rr]equest|[Aa]bilit|[Oo]ption|[Oo]pportun|[Pp]ortable|\b[Aa]rt|RIGHT|REQUEST/;

/** The sentences read as being about rights, and which of them in rights wording (not only the
 *  label or the section). */
function rightsSentences(ctx: ReadContext): { about: boolean[]; worded: boolean[] } {
  const n = ctx.texts.length;
  const about = new Array<boolean>(n).fill(false);
  const worded = new Array<boolean>(n).fill(false);
  const rightsHeading = new Map<number, boolean>();
  let listLeft = 0;
  for (let i = 0; i < n; i++) {
    const text = ctx.texts[i] ?? '';
    const sentence = ctx.sentences[i];
    const heading = sentence?.isHeading ?? false;
    const colon = endsWithColon(text);
    const leadIn = colon && has(ctx, RIGHTS_LEAD_IN.pattern, i);
    if (heading && !RIGHTS_HEADING.test(text)) listLeft = 0;
    else if (!heading && listLeft > 0 && !leadIn && colon) listLeft = 0;
    const wordy = ctx.test(RIGHTS_CONTEXT.pattern, i) || ((has(ctx, RIGHTS_CONTEXT_MORE.pattern, i) || has(ctx, RIGHT_NAMED.pattern, i)) && RIGHTS_WORDS.test(text));
    const inList = listLeft > 0;
    if (listLeft > 0) listLeft--;
    if (leadIn) listLeft = LIST_SPAN;
    const h = sentence?.headingIndex;
    let underRights = false;
    if (h !== undefined) {
      underRights = rightsHeading.get(h) ?? RIGHTS_HEADING.test(ctx.texts[h] ?? '');
      rightsHeading.set(h, underRights);
    }
    const inSection = underRights && !wordy && !inList && (has(ctx, REQUEST_CUE.pattern, i) || has(ctx, SELF_SERVICE.pattern, i));
    worded[i] = wordy || inList;
    about[i] = worded[i] || inSection || ctx.hasLabel(i, 'User Access, Edit and Deletion');
  }
  return { about, worded };
}

export function readRights(ctx: ReadContext): Claims['rights'] {
  const strong = new Map<RightItem, AnswerBuilder<YesNo>>();
  const weak = new Map<RightItem, AnswerBuilder<YesNo>>();
  const ways: Way[] = [];
  const verification = new AnswerBuilder<YesOnly>('yes');
  const nonDiscrimination = new AnswerBuilder<YesOnly>('yes');
  const response = new AnswerBuilder<Stated>('stated');
  const regions = new AnswerBuilder<Stated>('stated');
  const { about, worded } = rightsSentences(ctx);
  let lastRequest: { at: number; items: RightItem[] | 'all' } | null = null;
  ctx.texts.forEach((text, i) => {
    for (const rule of ctx.firing(REGION_RULES, i)) {
      const name = REGION_NAMES[rule.kind];
      if (name) regions.cite(i, rule.id).detail(name, i);
    }
    if (!about[i]) {
      // "You can also write to us at …" after a request: another way to make it.
      if (lastRequest && i - lastRequest.at <= ALSO_SPAN && ALSO_WAY.test(text) && !COMPLAINT_ONLY.test(text)) {
        const how = waysIn(ctx, i, []);
        if (how.length > 0) ways.push({ items: lastRequest.items, how, rank: 0 });
      }
      return;
    }
    const granted: RightItem[] = [];
    for (const rule of ctx.firing(RULES, i)) {
      if (rule.kind === 'opt-out-sale') continue;
      if (rule.kind === 'non-discrimination') { nonDiscrimination.cite(i, rule.id); continue; }
      const item = rule.kind as RightItem;
      // One reading per right and sentence: a second rule for it only adds its id.
      if (granted.includes(item)) { (worded[i] ? strong : weak).get(item)?.cite(i, rule.id); continue; }
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if ((r.negated && !r.objectOfRight) || byOthers(ctx, i, m.index, r.actor) || byUs(text, m.index, r.objectOfRight)) continue;
      if (aboutCookies(text, m.index + m[0].length) || NOT_YOUR_DATA.test(text.slice(m.index + m[0].length))) continue;
      // Access to the service taken away, or people given access to what you share, viewing it.
      if (item === 'access' && (ACCESS_TAKEN_AWAY.test(text.slice(Math.max(0, m.index - 40), m.index)) || GIVEN_ACCESS_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index)))) continue;
      // Parents' rights over their child's data count when stated as rights.
      if (r.minors && !worded[i]) continue;
      const builders = worded[i] && !r.minors ? strong : weak;
      let b = builders.get(item);
      if (!b) builders.set(item, (b = new AnswerBuilder<YesNo>('yes')));
      b.cite(i, rule.id);
      granted.push(item);
    }
    const complaint = COMPLAINT_ONLY.test(text) && granted.length === 0 && !has(ctx, REQUEST_CUE.pattern, i);
    // Where only the label says rights, an account mentioned in passing ("so you can log into
    // your account") is not a way to make a request.
    const labelOnly = !worded[i] && !has(ctx, REQUEST_CUE.pattern, i) && !has(ctx, SELF_SERVICE.pattern, i);
    const how = complaint ? [] : waysIn(ctx, i, granted).filter((h) => !(labelOnly && h.kind === 'settings'));
    // "To exercise the rights above" is every right; "to suppress or limit our use" another one.
    const generic = ctx.test(RIGHTS_GENERIC.pattern, i) || (/\brights\b/i.test(text) && ctx.test(RIGHTS_EXERCISE.pattern, i))
      || (granted.length === 0 && (ctx.test(RIGHTS_EXERCISE.pattern, i) || has(ctx, REQUEST_CUE.pattern, i)) && !OTHER_REQUEST.test(text));
    const also = lastRequest && i - lastRequest.at <= ALSO_SPAN && ALSO_WAY.test(text) ? lastRequest.items : null;
    const items = generic ? 'all' : granted.length === 0 && also ? also : granted;
    if (how.length > 0) ways.push({ items, how, rank: ctx.test(RIGHTS_EXERCISE.pattern, i) || has(ctx, REQUEST_CUE.pattern, i) ? 0 : 1 });
    if (items === 'all' || items.length > 0) lastRequest = { at: i, items };
    if (ctx.test(RIGHTS_VERIFICATION.pattern, i)) verification.cite(i, RIGHTS_VERIFICATION.id);
    const days = RIGHTS_RESPONSE_TIME.pattern.exec(text)?.groups?.['days'];
    if (days && !response.hasEvidence) response.cite(i, RIGHTS_RESPONSE_TIME.id).detail(`${days} days`, i, { amount: Number(days) });
  });
  // Strong evidence first; a right read only from weak sentences still counts.
  const rights = new Map<RightItem, AnswerBuilder<YesNo>>();
  for (const item of RIGHT_ITEMS) {
    const s = strong.get(item);
    const w = weak.get(item);
    if (!s && !w) continue;
    const b = new AnswerBuilder<YesNo>('yes');
    for (const src of [s, w]) if (src) { const built = src.build(); for (const e of built.evidence) b.cite(e); for (const id of built.ruleIds) b.cite(built.evidence[0] ?? 0, id); }
    rights.set(item, b);
  }
  const how = new AnswerBuilder<Stated>('stated');
  for (const way of [...ways].sort((a, b) => a.rank - b.rank)) {
    const applies = way.items === 'all' ? [...rights.keys()] : way.items.filter((item) => rights.has(item));
    if (applies.length === 0) continue;
    for (const h of way.how) {
      for (const item of applies) rights.get(item)?.citeAll(h.evidence);
      how.citeAll(h.evidence, 'rights.how').detail(h.text, h.evidence, { kind: h.kind });
    }
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
