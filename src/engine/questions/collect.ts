// What they collect: for each kind of data, yes (cited), no (the policy says it doesn't
// collect it), or not stated; with the items the policy names.
//
// An item counts in a sentence about collection (labelled First Party Collection/Use, naming a
// collecting verb, under a collection heading, or an item of a list introduced by one) unless
// a denial covers it ("we don't track your precise location", "your IP address is not logged":
// a "no"), it is optional ("we don't require your real name": neither), the sentence defines
// personal data ("personal data is any information ..., such as your name": neither), or
// other companies collect it (tracking, ./tracking.ts). A location counts as precise only in
// precise words (GPS, "precise", the device's location services); otherwise it is approximate.
// Statements conflict rarely; when they do, a plain "we collect X" beats a denial, since
// denials often cover one item of a kind or one moment ("we don't store your full card
// number"). Content the provider cannot read (end-to-end encrypted) is a "no" when nothing
// else says content is kept.
import { COLLECT_CONTEXT, COLLECT_HEADING, DATA_ITEM_RULES } from '../../rules/facts/collected.ts';
import {
  ADDRESS_AS_LOCATION, BLANKET_ITEMS, BLANKET_OBJECT, BLANKET_PASSIVE_TAIL, CHOICE_TO_GIVE, COARSE_LOCATION_LEVEL, COLLECT_DENIAL, COLLECT_HEADING_MORE, COLLECTED_NOT_KEPT, COLLECTING_ITEM,
  COLLECTS_LOOSELY, DATA_CATEGORY_LEAD, HELD_UNDER_SECTOR_LAW, MAY_BELONG_TO_CLASS, PERMISSION_SYSTEM, PROHIBITED_BEFORE, ROW_NO, ROW_TITLE_MAX, ROW_YES, DATA_LIST_INTRO, DATA_CATEGORY_TITLE, DEFINES_PERSONAL_DATA, DENIAL_OBJECT_END, DENIED_LIST_INTRO, DENIAL_SUBJECT_START, EXTRA_ITEM_RULES, GENERIC_SENSITIVE, HEDGED_DENIAL, JOB_APPLICANTS, JOB_HEADING, KIND_TO_ITEMS, NAMED_PROVIDER_COLLECTS,
  NARROW_SECTION, NOT_US_COLLECTS, PAYMENT_THROUGH_OTHERS, PEOPLE_SUBJECT, NEGATED_BEFORE, COMMUNICATIONS_FROM, OPTIONAL_NOT_DENIED, OTHER_PEOPLES, OTHERS_COLLECT, PERSON_CONDITION, PERSON_RECEIVES, PRECISE_IN_ITSELF, PRECISE_LOCATION_WORDS, REMOVED_ITEMS, REVEALED_ONLY, RULE_TO_ITEMS, SAYS_PRECISE, SCOPED_DENIAL,
  WE_AND_OTHERS, WHILE_YOU_REFUSE,
} from '../../rules/claims/collect/index.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import { readEndToEnd } from './minimise.ts';
import type { QuestionModule } from './module.ts';
import { capitalise, listJoin } from './words.ts';
import { COLLECT_ITEMS, type Answer, type Claims, type CollectItem, type YesNo } from './types.ts';

const ITEM_RULES = [...DATA_ITEM_RULES, ...EXTRA_ITEM_RULES];
/** Content rules for what the person writes to the provider itself (support requests). */
const INCIDENTAL_CONTENT_RULES: ReadonlySet<string> = new Set(['collect.content.support']);
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
    ctx.test(COLLECTS_LOOSELY, i) ||
    ctx.test(DATA_LIST_INTRO, i) ||
    ctx.test(NAMED_PROVIDER_COLLECTS, i) ||
    ctx.memo(`collect-heading ${ctx.sentences[i]?.headingIndex ?? ''}`, () => {
      const heading = ctx.heading(i);
      return COLLECT_HEADING.pattern.test(heading) || COLLECT_HEADING_MORE.test(heading);
    })
  );
}

/** The sentence introducing the list `i` is an item of ("Personal Data may include:"), if any. */
function listIntro(ctx: ReadContext, i: number): number | null {
  for (let j = i - 1; j >= 0 && j >= i - LIST_REACH; j--) {
    const text = ctx.texts[j] ?? '';
    if (text.endsWith(':')) return j;
    if (text.length > 200) return null;
    if (/[.!?]$/.test(text) && !/\band$/.test(text)) return ctx.memo(`collect-list-items ${i}`, () => introOfItems(ctx, i));
  }
  return null;
}

/** The line introducing a list whose items are blocks of a short lead and a sentence or two
 *  ("we collect data:" / "Directly from you. This includes ..." / "From other sources. These can
 *  include ..."), for an item's lead `i`: each block before it must open with a short lead. */
function introOfItems(ctx: ReadContext, i: number): number | null {
  const lead = (k: number): boolean => (ctx.texts[k] ?? '').length <= 60 && ctx.sentences[k - 1]?.blockIndex !== ctx.sentences[k]?.blockIndex;
  if (!lead(i)) return null;
  for (let j = i - 1, items = 0; j >= 0 && j >= i - LIST_REACH; j--) {
    if (ctx.sentences[j]?.blockIndex === ctx.sentences[j + 1]?.blockIndex) continue;
    // j ends a block: it is the intro, or the last sentence of an item led like i.
    if ((ctx.texts[j] ?? '').endsWith(':')) return items > 0 ? j : null;
    let k = j;
    while (k > 0 && ctx.sentences[k - 1]?.blockIndex === ctx.sentences[j]?.blockIndex) k--;
    if (!lead(k) || (ctx.texts[k] ?? '').endsWith(':')) return null;
    items++;
    j = k;
  }
  return null;
}

/** How strongly sentence `i` speaks of collection: 2 when it says so in its own words ("we
 *  collect", "information we receive") or is an item of a list introduced so, 1 when only its
 *  label, heading, looser words or a data-category title before it do, 0 when it is not about
 *  collection. */
function collectionStrength(ctx: ReadContext, i: number): number {
  return ctx.memo(`collect-strength ${i}`, () => {
    if (ctx.firing(COLLECT_CONTEXT, i).length > 0) return 2;
    const intro = listIntro(ctx, i);
    if (intro !== null && ctx.firing(COLLECT_CONTEXT, intro).length > 0) return 2;
    if (isCollectionSentence(ctx, i) || (intro !== null && isCollectionSentence(ctx, intro))) return 1;
    const previous = ctx.texts[i - 1] ?? '';
    return (previous.length <= 60 && DATA_CATEGORY_TITLE.test(previous)) || DATA_CATEGORY_LEAD.test(ctx.texts[i] ?? '') ? 1 : 0;
  });
}

/** The answers a location match speaks for: precise in precise words, unless the sentence (or
 *  the line introducing its list) puts it at a town or city level without saying "precise". */
function locationItems(ctx: ReadContext, i: number, matched: string, items: readonly CollectItem[]): readonly CollectItem[] {
  const location = items.includes('approximate-location') || items.includes('precise-location');
  if (!location) return items;
  if (ADDRESS_AS_LOCATION.test(matched)) return [];
  const precise = items.includes('precise-location') || PRECISE_LOCATION_WORDS.test(matched);
  if (!precise) return ['approximate-location'];
  const text = ctx.texts[i] ?? '';
  const intro = listIntro(ctx, i);
  const coarse = (COARSE_LOCATION_LEVEL.test(text) || (intro !== null && COARSE_LOCATION_LEVEL.test(ctx.texts[intro] ?? '')))
    && !SAYS_PRECISE.test(text) && !(intro === null && PRECISE_IN_ITSELF.test(text));
  return coarse ? ['approximate-location'] : ['precise-location'];
}

interface Denial {
  /** Character span of the sentence the denial covers. */
  start: number;
  end: number;
  /** "We don't require it": optional, neither denied nor collected. */
  optional: boolean;
  /** Denies collecting personal data as a whole (BLANKET_ITEMS). */
  blanket: boolean;
}

/** The denials of collecting in sentence `i`, each with the span of the items it covers. */
function denialsIn(ctx: ReadContext, i: number): Denial[] {
  const text = ctx.texts[i] ?? '';
  const out: Denial[] = [];
  if (ctx.test(HEDGED_DENIAL, i)) return out;
  // "We do NOT do any of the following:" / "Log users' traffic": the item line is denied whole.
  if (ctx.test(COLLECTING_ITEM, i)) {
    const intro = listIntro(ctx, i);
    if (intro !== null && ctx.test(DENIED_LIST_INTRO, intro)) out.push({ start: 0, end: text.length, optional: false, blanket: false });
  }
  // "our payment provider – not Acme – collects your financial information".
  for (const m of ctx.matches(NOT_US_COLLECTS, i)) {
    const after = m.index + m[0].length;
    const stop = DENIAL_OBJECT_END.exec(text.slice(after));
    out.push({ start: after, end: after + (stop ? stop.index : Math.min(text.length - after, 400)), optional: false, blanket: false });
  }
  for (const m of ctx.matches(COLLECT_DENIAL.pattern, i)) {
    const r = ctx.reading(i, m.index, m.index + m[0].length);
    if (r.conditional || r.definition || r.minors || r.narrowItem || r.objectOfRight || ctx.test(WHILE_YOU_REFUSE, i)) continue;
    // Only the provider's denials answer, not what users or members don't do ("other members
    // never store the email addresses you send them").
    if (!/^(?:is|are|be|no)\b/i.test(m[0]) && PEOPLE_SUBJECT.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // Other companies' denials are theirs ("third parties do not collect ..."); "none of the
    // software on our apps" is the provider's.
    const upTo = text.slice(Math.max(0, m.index - 80), m.index + m[0].length);
    if (OTHERS_COLLECT.test(upTo) && !WE_AND_OTHERS.test(upTo)) continue;
    const optional = OPTIONAL_NOT_DENIED.test(m[0]) || /\byou\s+$/i.test(text.slice(0, m.index));
    const after = m.index + m[0].length;
    const passive = /^(?:is|are|be)\b/i.test(m[0]);
    // A blanket denial right after a sentence on cookies or analytics continues that topic.
    const wholeService = !SCOPED_DENIAL.test(text) && !NARROW_SECTION.test(ctx.heading(i)) && !NARROW_SECTION.test(ctx.texts[i - 1] ?? '');
    if (/^no\b/i.test(m[0])) {
      out.push({ start: m.index, end: after, optional, blanket: wholeService && BLANKET_PASSIVE_TAIL.test(text.slice(after)) });
      continue;
    }
    if (passive) {
      let start = 0;
      for (const b of text.slice(0, m.index).matchAll(DENIAL_SUBJECT_START)) start = b.index + b[0].length;
      if (COLLECTED_NOT_KEPT.test(text.slice(start, m.index))) continue;
      out.push({ start, end: m.index, optional, blanket: false });
      continue;
    }
    const rest = text.slice(after);
    const stop = DENIAL_OBJECT_END.exec(rest);
    const end = after + (stop ? stop.index : Math.min(rest.length, 400));
    out.push({ start: after, end, optional, blanket: wholeService && r.actor === 'we' && BLANKET_OBJECT.test(rest) });
  }
  return out;
}

/** "you may receive offers from our partners": what comes from the source goes to the person. */
function receivedByThePerson(text: string, start: number, end: number): boolean {
  const from = text.toLowerCase().lastIndexOf('from', end);
  return PERSON_RECEIVES.test(text.slice(Math.max(0, start - 60), end)) || (from >= 0 && COMMUNICATIONS_FROM.test(text.slice(Math.max(0, from - 50), from)));
}

/** The denial covering the match [start, end), if any. */
function coveringDenial(denials: readonly Denial[], start: number, end: number): Denial | undefined {
  return denials.find((d) => start >= d.start && end <= d.end);
}

/** The first cell of the table row sentence `i` is in ("Job Applicants; If you apply ...", as
 *  text from markdown joins cells, or "| Job Applicants | ..."), or '' when there is none. */
function rowTopic(ctx: ReadContext, i: number): string {
  const block = ctx.sentences[i]?.blockIndex;
  let j = i;
  while (j > 0 && j > i - 8 && ctx.sentences[j - 1]?.blockIndex === block) j--;
  return /^\|?\s*([^|;.]{2,40}?)\s*[|;]\s/.exec(ctx.texts[j] ?? '')?.[1] ?? '';
}

/** A category table row answering "No" to whether it is collected: its cells ("E. Biometric
 *  information; Fingerprints …; No", a "No" cell and no "Yes" one), or a short title line
 *  followed by a line "No" ("Biometric information" / "No"). */
function rowSaysNo(ctx: ReadContext, i: number): boolean {
  const text = ctx.texts[i] ?? '';
  if (text.includes(';')) {
    const cells = text.split(';').map((c) => c.trim());
    return cells.some((c) => ROW_NO.test(c)) && !cells.some((c) => ROW_YES.test(c));
  }
  return text.length <= ROW_TITLE_MAX && ROW_NO.test((ctx.texts[i + 1] ?? '').trim());
}

export function readCollect(ctx: ReadContext): Claims['collect'] {
  /** Per item, the sentences saying it is collected, with their strength and the rule. */
  /** `weak`: a mention a denial outweighs (sensitive data named only as a class, a payment
   *  made through another company). */
  const yes = new Map<CollectItem, { i: number; strength: number; ruleId: string; name: string; weak: boolean }[]>();
  const no = new Map<CollectItem, AnswerBuilder<YesNo>>();
  const deny = (item: CollectItem, i: number, name?: string): void => {
    let b = no.get(item);
    if (!b) no.set(item, (b = new AnswerBuilder<YesNo>('no')));
    b.cite(i, COLLECT_DENIAL.id);
    if (name !== undefined && name !== COLLECT_NAMES[item]) b.detail(name, i);
  };
  ctx.texts.forEach((text, i) => {
    const fired = ctx.firing(ITEM_RULES, i);
    const denials = fired.length > 0 || ctx.test(COLLECT_DENIAL.pattern, i) ? denialsIn(ctx, i) : [];
    for (const d of denials) if (d.blanket && !d.optional) for (const item of BLANKET_ITEMS) deny(item, i);
    if (fired.length === 0) return;
    // A section, or a table row, for job applicants speaks of other people than the service's users.
    if (ctx.memo(`collect-job-heading ${ctx.sentences[i]?.headingIndex ?? ''}`, () => JOB_HEADING.test(ctx.heading(i))) || JOB_HEADING.test(rowTopic(ctx, i))) return;
    if (rowSaysNo(ctx, i) || ctx.test(PERMISSION_SYSTEM, i)) return;
    const strength = collectionStrength(ctx, i);
    const throughOthers = ctx.test(PAYMENT_THROUGH_OTHERS, i);
    const defines = ctx.test(DEFINES_PERSONAL_DATA, i);
    const found: { start: number; end: number; items: readonly CollectItem[]; rule: (typeof ITEM_RULES)[number] }[] = [];
    for (const rule of fired) {
      for (const m of ctx.matches(rule.pattern, i)) found.push({ start: m.index, end: m.index + m[0].length, items: locationItems(ctx, i, m[0], itemsOf(rule)), rule });
    }
    // A location read as precise and one read as approximate at the same words are one location.
    const precise = found.filter((f) => f.items.includes('precise-location'));
    /** Rules (with the answer they gave) already read as collected in this sentence: one match
     *  each is enough, and reading a clause is the costly step. */
    const done = new Set<string>();
    for (const { start, end, items, rule } of found) {
      if (items.length === 0) continue;
      if (items[0] === 'approximate-location' && precise.some((p) => p.start < end && start < p.end)) continue;
      if (!items.includes('contacts') && OTHER_PEOPLES.test(text.slice(end, end + 60))) continue;
      if (JOB_APPLICANTS.test(text.slice(end, end + 50))) continue;
      if (HELD_UNDER_SECTOR_LAW.test(text.slice(end, end + 120))) continue;
      const denial = coveringDenial(denials, start, end);
      if (denial) {
        if (!denial.optional) for (const item of items) deny(item, i, item === 'approximate-location' && /precise/.test(rule.name) ? COLLECT_NAMES[item] : rule.name);
        continue;
      }
      const key = `${rule.id} ${items[0] ?? ''}`;
      if (strength === 0 || defines || done.has(key)) continue;
      const r = ctx.reading(i, start, end);
      if (r.negated) continue;
      // Sensitive data named only as a class, by the law's words ("may be considered sensitive
      // data under applicable law", "sensitive personal information as defined by the CCPA").
      const generic = items.includes('sensitive') && GENERIC_SENSITIVE.test(text.slice(start, end));
      if (generic && (r.deemed || r.definition || MAY_BELONG_TO_CLASS.test(text.slice(Math.max(0, start - 80), end)))) continue;
      const before = text.slice(0, start);
      // "if we collect" asserts nothing; "if you post comments, we store them" does.
      if (r.conditional && !PERSON_CONDITION.test(text.slice(0, end))) continue;
      if (REMOVED_ITEMS.test(before) || NEGATED_BEFORE.test(before) || PROHIBITED_BEFORE.test(before)) continue;
      if (!items.includes('sensitive') && REVEALED_ONLY.test(before)) continue;
      // "opt out of" or "request deletion of" an item is not collecting it; "you can choose to
      // import your contacts" is.
      if (r.objectOfRight && !CHOICE_TO_GIVE.test(before)) continue;
      // Other companies collecting it is tracking; a source named by the item ("from partners")
      // is the answer itself, unless the person is the one receiving ("you may receive offers
      // from partners").
      const near = before.slice(-100);
      if (items.includes('from-others') ? receivedByThePerson(text, start, end) : OTHERS_COLLECT.test(near) && !WE_AND_OTHERS.test(near)) continue;
      done.add(key);
      for (const item of items) {
        let list = yes.get(item);
        if (!list) yes.set(item, (list = []));
        const name = item === 'approximate-location' && /precise/.test(rule.name) ? COLLECT_NAMES[item] : rule.name;
        list.push({ i, strength, ruleId: rule.id, name, weak: generic || (item === 'payment' && throughOthers) });
      }
    }
  });
  const claim = {} as Record<CollectItem, Answer<YesNo>>;
  for (const item of COLLECT_ITEMS) {
    const found = yes.get(item);
    // A denial outweighs weak mentions: "We do not collect any of the special categories of
    // data" beside a CCPA heading "Sensitive Personal Information"; "our payment provider – not
    // us – collects your financial information" beside "you pay by card through that provider".
    // Precise location is one item, so a denial of it is a dedicated statement about the whole
    // kind: it outweighs mentions that do not say "we collect" in their own words (a consent
    // vendor list appended to the policy: "your precise location may be used").
    const denied = no.get(item);
    if (found && denied && found.every((f) => f.weak || (item === 'precise-location' && f.strength < 2))) {
      claim[item] = denied.build();
    } else if (found) {
      // The deciding sentence first: one that says "we collect" in its own words or lists several
      // items of the kind, then the rest in the order of the policy.
      const b = new AnswerBuilder<YesNo>('yes');
      // Headings ("Payment Information") name a kind without saying it is collected: cited last.
      const headings = ctx.memo('collect headings', () => new Set(ctx.sentences.map((x) => x.headingIndex).filter((h) => h !== undefined)));
      // A sentence naming several items of the kind ("your IP address, browser type, device
      // IDs") decides better than one mentioning a single item in passing.
      const rulesIn = new Map<number, Set<string>>();
      for (const f of found) {
        let set = rulesIn.get(f.i);
        if (!set) rulesIn.set(f.i, (set = new Set()));
        set.add(f.ruleId);
      }
      const rank = (f: { i: number; strength: number }): number => (headings.has(f.i) ? 0 : f.strength + ((rulesIn.get(f.i)?.size ?? 0) >= 2 ? 1.5 : 0));
      const ordered = found.map((f, k) => ({ ...f, k })).sort((a, c) => rank(c) - rank(a) || a.k - c.k);
      for (const f of ordered) b.cite(f.i, f.ruleId).detail(f.name, f.i);
      claim[item] = b.build();
    } else {
      claim[item] = no.get(item)?.build() ?? (notStated<YesNo>() as Answer<YesNo>);
    }
  }
  // Content only the person can read is not collected (GUIDE: end-to-end encrypted → no),
  // when nothing but what the person writes to support says content is kept.
  const incidental = (yes.get('content') ?? []).every((f) => INCIDENTAL_CONTENT_RULES.has(f.ruleId));
  if (claim.content.value !== 'no' && incidental) {
    const e2e = readEndToEnd(ctx);
    if (e2e.value === 'yes') claim.content = { value: 'no', details: [], evidence: [...e2e.evidence], ruleIds: [...e2e.ruleIds] };
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
        // Name what a denial covers when it is one item of a broad kind ("your IP address is
        // not logged" denies the IP address, not every device detail).
        text: `Says it does not collect ${listJoin(denied.map((item) => {
          const items = claim[item].details.map((d) => d.text);
          return items.length > 0 ? `${COLLECT_NAMES[item]} (${listJoin(items.slice(0, 3))})` : COLLECT_NAMES[item];
        }))}.`,
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


