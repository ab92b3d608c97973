// How long data is kept. A period counts only when the sentence is about keeping data
// (RETENTION_CONTEXT or the Data Retention label) and the number is a duration of keeping:
// "for up to twenty-four (24) months", "for 7 years", "90 days after" — not "over the preceding
// 12 months" (a CCPA right) nor "within 45 days" (a response time) nor "18 years of age".
import type { TimeUnit } from '../../engine/facts/types.ts';
import type { FactRule } from './types.ts';

/** Spelled-out numbers policies use for periods ("twenty-four (24) months", "seven years"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24, thirty: 30, 'thirty-six': 36,
  forty: 40, 'forty-five': 45, sixty: 60, ninety: 90, hundred: 100,
};

export const UNITS: Readonly<Record<string, TimeUnit>> = { day: 'day', week: 'week', month: 'month', year: 'year' };

const NUM = `(?<num>\\d{1,4}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
const BOUND = '(?:(?<bound>up to|at least|a maximum of|a minimum of|no (?:more|longer) than|not more than|approximately|about)\\s+)?';
const AMOUNT = `${BOUND}${NUM}(?:\\s*\\((?<digits>\\d{1,4})\\))?\\s+(?<unit>day|week|month|year)s?\\b`;

/** Period rules: named groups bound, num, digits, unit. */
export const PERIOD_RULES: readonly FactRule[] = [
  {
    id: 'retention.period.for',
    pattern: new RegExp(`(?<=\\b(?:for|period of|period is)\\s+(?:a period of\\s+)?)${AMOUNT}`, 'i'),
    gloss: 'Says data is kept for a stated time',
    examples: {
      match: ['We treat this information as private and retain it in for up to twenty-four (24) months.', 'We retain call detail records for 7 years.'],
      noMatch: ['You have the right to know what we collected over the preceding 12 months.', 'Fusion will respond within 45 days.', 'you must be at least 18 years of age'],
    },
  },
  {
    // "identifying details are removed after 90 days": the period follows the deletion verb.
    id: 'retention.period.removed-after',
    pattern: new RegExp(`(?<=\\b(?:remov\\w*|delet\\w*|purg\\w*|eras\\w*|destroy\\w*|anonymi[sz]\\w*|de-identif\\w*|dispos\\w*)\\b[^.;]{0,80}?\\b(?:after|older than)\\s+)${AMOUNT}`, 'i'),
    gloss: 'Says data is deleted or de-identified after a stated time',
    examples: {
      match: ['We anonymise survey answers after 60 days.', 'We delete logs older than 30 days.'],
      noMatch: ['You can delete your account after you sign in.', 'We will respond to your deletion request within 45 days.'],
    },
  },
  {
    id: 'retention.period.after',
    pattern: new RegExp(`${AMOUNT}\\s+(?=(?:after|from|following)\\b)`, 'i'),
    gloss: 'Says data is deleted a stated time after an event',
    examples: { match: ['Logs are deleted 90 days after collection.'], noMatch: ['Logs are deleted after collection.'] },
  },
];

/** A sentence about keeping or disposing of data ("our store" the shop is not storage). */
export const RETENTION_CONTEXT: FactRule = {
  id: 'retention.context',
  pattern: /\b(?:retain(?!\s+the right)|retains|retained|retaining|retention|keep|keeps|kept|(?<!\b(?:our|the|your)\s)stor(?:e|es|ed|ing|age)|preserv\w+|held|hold|archiv\w+|delet\w+|remov(?:e|es|ed|ing)|destroy\w*|purg\w+|eras\w+|dispos\w+)\b/i,
  gloss: 'The sentence is about keeping or deleting data',
  examples: { match: ['We generally retain personal customer information until no longer needed.'], noMatch: ['We reserve the right to update this policy.', 'If our store is acquired'] },
};

export const RETENTION_POLICY_RULES: ReadonlyArray<FactRule & { kind: 'as-long-as-necessary' | 'legal-requirement' | 'indefinite' }> = [
  {
    id: 'retention.as-long-as-necessary',
    kind: 'as-long-as-necessary',
    pattern: /\b(?:as long as|until|while)\b[^.;]{0,40}?\b(?:necessary|needed|required)\b|\bno longer (?:needed|necessary|required)\b|\bfor the (?:duration|period|time) (?:necessary|needed)\b|\blonger than (?:is )?(?:reasonably |strictly )?(?:necessary|needed|required)\b/i,
    gloss: 'Keeps data as long as it needs it, with no fixed period',
    examples: {
      match: ['Fusion will keep your Personal Data for as long as reasonably necessary.', 'We retain customer information until no longer needed for business, tax, or legal purposes.', "We keep the gift recipient's address no longer than necessary to ship the parcel."],
      noMatch: ['The policy stays in effect for as long as you keep using the site.'],
    },
  },
  {
    id: 'retention.legal-requirement',
    kind: 'legal-requirement',
    pattern: /\b(?:as|where) (?:required|permitted) by (?:applicable )?law\b|\bto comply with (?:the |our )?(?:applicable )?(?:legal|law)\w*|\blegal (?:and regulatory )?obligations\b|\b(?:tax|legal|regulatory),? (?:or legal )?(?:purposes|requirements)\b/i,
    gloss: 'Keeps data as long as the law requires',
    examples: {
      match: ['to comply with the applicable legal and regulatory obligations', 'until no longer needed for business, tax, or legal purposes'],
      noMatch: ['We comply with the FTC framework.'],
    },
  },
  {
    id: 'retention.indefinite',
    kind: 'indefinite',
    pattern: /\b(?:retain|keep|store|hold|maintain)\w*\b[^.;]{0,60}?\b(?:indefinitely|forever|permanently|for an indefinite period)\b|\b(?:not|never) (?:be )?(?:deleted|removed|erased)\b[^.;]{0,40}?\bever\b|\bare never (?:deleted|removed|erased)\b/i,
    gloss: 'Keeps data indefinitely',
    examples: {
      match: ['We may retain your information indefinitely.', 'Comments are not deleted, ever.'],
      noMatch: ['the credit card data is automatically deleted forever from the server', 'Your posts are not deleted until you ask.'],
    },
  },
];

/** What a period applies to, when the sentence (or, for "retain it", the one before) says. */
export const RETENTION_SUBJECTS: ReadonlyArray<FactRule & { name: string }> = [
  {
    id: 'retention.subject.call-records',
    name: 'call records',
    pattern: /\bcall(?:ing)? (?:detail )?records\b|\bCDRs?\b|\bcalls made and received\b|\bcall history\b|\busage (?:information|records)\b/i,
    gloss: 'The period is for call records',
    examples: { match: ['we collect usage information, including calls made and received'], noMatch: ['we record calls for training'] },
  },
  { id: 'retention.subject.cpni', name: 'CPNI', pattern: /\bCPNI\b/, gloss: 'The period is for CPNI', examples: { match: ['We keep CPNI for two years.'], noMatch: ['cpn'] } },
  { id: 'retention.subject.recordings', name: 'call recordings and voicemail', pattern: /\bcall recordings?\b|\bvoicemails?\b|\brecorded calls\b/i, gloss: 'The period is for recordings', examples: { match: ['Call recordings are kept for 90 days.'], noMatch: ['record keeping'] } },
  { id: 'retention.subject.logs', name: 'logs', pattern: /\b(?:server |access |web |system )?logs\b|\blog (?:files?|data)\b/i, gloss: 'The period is for logs', examples: { match: ['Server logs are deleted 30 days after collection.'], noMatch: ['log in to your account'] } },
  { id: 'retention.subject.backups', name: 'backups', pattern: /\bback-?ups?\b/i, gloss: 'The period is for backups', examples: { match: ['Backups are kept for 30 days.'], noMatch: ['back up your phone'] } },
  { id: 'retention.subject.payment', name: 'payment details', pattern: /\b(?:credit card|payment|billing) (?:data|information|records|details)\b/i, gloss: 'The period is for payment details', examples: { match: ['We keep billing records for seven years.'], noMatch: ['we bill you'] } },
  { id: 'retention.subject.account', name: 'account information', pattern: /\baccount (?:information|data|records)\b/i, gloss: 'The period is for account data', examples: { match: ['Account information is kept for 3 years.'], noMatch: ['take into account'] } },
  { id: 'retention.subject.ip', name: 'IP addresses', pattern: /\bIP addresses\b|\bIP address\b/i, gloss: 'The period is for IP addresses', examples: { match: ['We keep IP addresses for 60 days.'], noMatch: ['your address'] } },
  {
    id: 'retention.subject.activity',
    name: 'activity and usage data',
    // After call records in this list: for a phone company "usage information" is call records.
    pattern: /\b(?:activity|browsing|analytics|pixel|clickstream|usage) (?:information|data)\b/i,
    gloss: 'The period is for data about how you use the site',
    examples: { match: ['Activity data is kept for 60 days.'], noMatch: ['active accounts'] },
  },
  { id: 'retention.subject.cookies', name: 'cookies', pattern: /\bcookies?\b/i, gloss: 'The period is for cookies', examples: { match: ['Cookies expire after 12 months.'], noMatch: ['cooking'] } },
];

/** "retain it", "keep these records": the subject is in the sentence before. */
export const RETENTION_PRONOUN: FactRule = {
  id: 'retention.pronoun-subject',
  pattern: /\b(?:retain|keep|store|hold|maintain)\w*\s+(?:it|them|this (?:information|data)|these records|such (?:information|data|records))\b|\b(?:this|such) (?:information|data) (?:is|will be) (?:retained|kept|stored)\b|\b(?:remove|delete|strip)\w*\b[^.;]{0,60}?\bfrom (?:this|such|that|these) (?:information|data|records)\b/i,
  gloss: 'The period refers back to data named before',
  examples: {
    match: ['We treat this information as private and retain it in for up to twenty-four (24) months.', 'We strip names from these records after 60 days.'],
    noMatch: ['We retain call records for 24 months.'],
  },
};
