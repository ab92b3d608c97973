// How long data is kept. A period counts only when the sentence is about keeping data
// (RETENTION_CONTEXT or the Data Retention label) and the number is a duration of keeping:
// "for up to twenty-four (24) months", "for 7 years", "90 days after" — not "over the preceding
// 12 months" (a CCPA right) nor "within 45 days" (a response time) nor "18 years of age".
import type { TimeUnit } from './kinds.ts';
import type { FactRule } from './types.ts';

/** Spelled-out numbers policies use for periods ("twenty-four (24) months", "seven years"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24, 'twenty-five': 25, thirty: 30, 'thirty-six': 36,
  forty: 40, 'forty-five': 45, 'forty-eight': 48, sixty: 60, 'seventy-two': 72, ninety: 90, hundred: 100,
};

export const UNITS: Readonly<Record<string, TimeUnit>> = { day: 'day', week: 'week', month: 'month', year: 'year' };

const NUM = `(?<num>\\d{1,4}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
/** "up to", "a maximum of", "no later than", "within": the period is a most; "at least": a least. */
const BOUND = '(?:(?<bound>up to|at least|at most|a maximum (?:period )?of|a minimum (?:period )?of|maximum of|minimum of|no (?:more|longer|later) than|not (?:more|longer|later) than|within|approximately|about|around|roughly)\\s+)?';
/** "13 – 36 months": the lower end of a range (the period is then "up to" its upper end). */
const RANGE = '(?:(?<from>\\d{1,4})\\s*(?:–|—|-|to)\\s*)?';
/** Hours are read (the claims say "72 hours"); the older facts extractor keeps days and longer. */
const AMOUNT = `${BOUND}${RANGE}${NUM}(?:\\s*\\((?<digits>\\d{1,4})\\))?\\s+(?:(?:consecutive|full|calendar|additional|further)\\s+)?(?<unit>hour|day|week|month|year)s?\\b`;

/** Every period names its unit: the anchors that let the engine skip the other sentences. */
const UNIT_ANCHORS: readonly string[] = ['hour', 'day', 'week', 'month', 'year'];

/** Period rules: named groups bound, from, num, digits, unit (and lone, for "the last year"). */
export const PERIOD_RULES: readonly FactRule[] = [
  {
    id: 'retention.period.for',
    pattern: new RegExp(`(?<=\\b(?:for|period of|period is|period (?:varies|ranges) (?:from|between)|(?:retention|storage|deletion) (?:time|period|duration|limit)s? (?:is|are|of|will be)|kept|stored|retained|held|archived)\\s+(?:a period of\\s+|the (?:next|following)\\s+|(?:any )?(?:more|longer) than\\s+)?)${AMOUNT}`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Says data is kept for a stated time',
    examples: {
      match: [
        'We treat this information as private and retain it in for up to twenty-four (24) months.', 'We retain call detail records for 7 years.',
        'The maximum retention time is ten (10) years.', 'The transaction ID is kept 20 days.', 'Log files are kept for a maximum of 72 hours.', 'We do not keep server logs for more than 7 days.',
        'We keep customs records as long as the law requires; generally, this period varies from 3 to 7 years.',
      ],
      noMatch: ['You have the right to know what we collected over the preceding 12 months.', 'Fusion will respond within 45 days.', 'you must be at least 18 years of age', 'We have held true to our values since 1890.'],
    },
  },
  {
    // "identifying details are removed after 90 days", "we delete closed accounts within 30 days
    // of closure": the period follows the deletion verb (not a reply to a request).
    id: 'retention.period.removed-after',
    pattern: new RegExp(`(?<=\\b(?:remov\\w*|delet\\w*|purg\\w*|eras\\w*|destroy\\w*|anonymi[sz]\\w*|de-identif\\w*|dispos\\w*|overwrit\\w*)\\b(?:(?!request|respon|repl)[^.;]){0,80}?\\b(?:after|older than|within)\\s+)${AMOUNT}`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Says data is deleted or de-identified after a stated time',
    examples: {
      match: ['We anonymise survey answers after 60 days.', 'We delete logs older than 30 days.', 'We generally delete closed account information within 30 days of account closure.', 'Access logs are permanently deleted after at most 60 days.'],
      noMatch: ['You can delete your account after you sign in.', 'We will respond to your deletion request within 45 days.', 'You may ask us to delete your data and we will reply within 30 days.'],
    },
  },
  {
    id: 'retention.period.after',
    pattern: new RegExp(`${AMOUNT}\\s+(?=(?:after|from|following)\\b|before\\s+(?:\\w+\\s+){0,2}(?:delet|eras|remov|purg|destroy|anonymi))`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Says data is deleted a stated time after an event',
    examples: { match: ['Logs are deleted 90 days after collection.', 'We wait 60 days before permanently deleting the account.'], noMatch: ['Logs are deleted after collection.', 'Wait a few days before you try again.'] },
  },
  {
    // "After 60 days, the account will be permanently deleted."
    id: 'retention.period.after-then-deleted',
    pattern: new RegExp(`(?<=\\bafter\\s+)${AMOUNT}(?=,?\\s[^.;]{0,80}?\\b(?:deleted|removed|erased|purged|destroyed|anonymi[sz]ed|de-identified)\\b)`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Says data is deleted once a stated time has passed',
    examples: { match: ['After 60 days, the account will be permanently deleted.'], noMatch: ['After you close your account, it is deleted.', 'After 60 days, you can change your username.'] },
  },
  {
    // "Technical logs are retained for a short period (generally up to 30 days)".
    id: 'retention.period.parenthetical',
    pattern: new RegExp(`(?<=\\b(?:retain\\w*|kept|keep|stor(?:e|es|ed|ing)|held|hold|delet\\w+|purg\\w+)\\b[^.;()]{0,80}\\((?:generally|typically|usually|normally|currently|e\\.g\\.,?|i\\.e\\.,?|for example,?)?\\s*)${AMOUNT}`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Gives the period in brackets after saying data is kept',
    examples: {
      match: ['Technical logs are retained for a short period (generally up to 30 days) and then purged.', 'Invoices are kept for the period tax law requires (typically 10 years).'],
      noMatch: ['We will respond to your request (generally within one month).', 'Cookies (up to 13 months) help us remember you.'],
    },
  },
  {
    // "if you have not logged in for 2 years", "accounts inactive for 24 months", "no
    // transactions during the last ten (10) years", "if you haven't used it in the last year":
    // the sentence must also close or delete something (checked by the question).
    id: 'retention.period.inactivity',
    pattern: new RegExp(`(?:\\b(?:inactiv\\w*|dormant|unused)\\b[^.;]{0,40}?|(?:\\bnot|n't|\\bnever) (?:been )?(?:used|use|log(?:ged)? ?(?:in|on)(?:to)?|sign(?:ed)? in(?:to)?|accessed|access|made use of)\\b[^.;]{0,40}?|\\bno (?:activity|transactions?|log-?ins?|usage)\\b[^.;]{0,60}?)\\s(?:for|in|during|over|within)\\s+(?:(?:more|longer) than\\s+|over\\s+)?(?:the (?:last|past|preceding)\\s+)?(?:${AMOUNT}|(?:an?\\s+)?(?<lone>year|month|week)\\b)`, 'i'),
    anchors: UNIT_ANCHORS,
    gloss: 'Closes or deletes an account unused for a stated time',
    examples: {
      match: ['We will close your account automatically if you are inactive for two years.', "We may close your account if you haven't used it in the last year.", 'If no transactions have been registered on your account during the last ten (10) years, your data will be deleted.'],
      noMatch: ['Your account may be inactive for a while.', 'We have not used your data for advertising.'],
    },
  },
  // "after three (3) years of continuous inactivity": an inactive account's period, the other way round.
  {
    id: 'retention.period.inactivity-after',
    pattern: new RegExp(`\\b(?:after|following|beyond)\\s+${AMOUNT}\\s+(?:of\\s+)?(?:continuous\\s+|consecutive\\s+|account\\s+)?(?:inactivity|non-?use|no activity|not (?:using|logging))`, 'i'),
    anchors: ['inactivity', 'non-use', 'nonuse', 'no activity', 'not using', 'not logging'],
    gloss: 'Closes or deletes an account after a stated time without use',
    examples: { match: ['Your account may be deleted after three (3) years of continuous inactivity.', 'After 24 months of inactivity, the account is deleted.'], noMatch: ['After 24 months, the account is deleted.'] },
  },
];

/** A table cell that is only a period ("Billing information; Invoices; 7 years; ..."): read only
 *  in the rows of a table whose header names a retention column (checked by the question). */
export const TABLE_PERIOD: FactRule = {
  id: 'retention.period.table-cell',
  pattern: new RegExp(`(?:^|;\\s+)${AMOUNT}`, 'i'),
  anchors: UNIT_ANCHORS,
  gloss: 'A retention table gives the period in its own cell',
  examples: { match: ['Billing information; Payment method; 7 years; Tax law.', '13 – 36 months'], noMatch: ['We keep billing records for seven years.'] },
};

/** A sentence about keeping or disposing of data ("our store" the shop is not storage). */
export const RETENTION_CONTEXT: FactRule = {
  id: 'retention.context',
  pattern: /\b(?:retain(?!\s+the right)|retains|retained|retaining|retention|keep|keeps|kept|(?<!\b(?:our|the|your)\s)stor(?:e|es|ed|ing|age)|preserv\w+|held|hold|archiv\w+|delet\w+|remov(?:e|es|ed|ing)|destroy\w*|purg\w+|eras\w+|dispos\w+|overwrit\w+)\b/i,
  gloss: 'The sentence is about keeping or deleting data',
  examples: { match: ['We generally retain personal customer information until no longer needed.'], noMatch: ['We reserve the right to update this policy.', 'If our store is acquired'] },
};

export const RETENTION_POLICY_RULES: ReadonlyArray<FactRule & { kind: 'as-long-as-necessary' | 'legal-requirement' | 'indefinite' }> = [
  {
    id: 'retention.as-long-as-necessary',
    kind: 'as-long-as-necessary',
    pattern: /\b(?:as long as|until|while)\b[^.;]{0,40}?\b(?:necessary|needed|required)\b|\bno longer (?:needed|necessary|required)\b|\bfor the (?:duration|period|time) (?:necessary|needed)\b|\blonger than (?:is )?(?:reasonably |strictly )?(?:necessary|needed|required)\b|\blonger than we (?:have to|need to|must)\b/i,
    gloss: 'Keeps data as long as it needs it, with no fixed period',
    examples: {
      match: ['Fusion will keep your Personal Data for as long as reasonably necessary.', 'We retain customer information until no longer needed for business, tax, or legal purposes.', "We keep the gift recipient's address no longer than necessary to ship the parcel."],
      noMatch: ['The policy stays in effect for as long as you keep using the site.'],
    },
  },
  {
    // A criterion rather than a number: "for as long as we have a relationship with you", "for
    // the duration of your account", "only for the purposes of researching the issue".
    id: 'retention.as-long-as-criterion',
    kind: 'as-long-as-necessary',
    pattern: /\b(?:retain\w*|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|preserv\w+)\b[^.;]{0,140}?\b(?:as long as|for the (?:duration|life(?:time)?|length|term) of|only for the (?:purposes?|time|period)\b|until (?:you|your|the account|such time|we no longer|it is no longer|the end of|(?:the )?(?:deletion|closure|termination) of)|while (?:you|your account|the account))/i,
    gloss: 'Keeps data while a need or the account lasts, with no fixed period',
    examples: {
      match: ['We keep your personal information for as long as we have a relationship with you.', 'We store your profile information only for the duration of your account usage.', 'Any data you share with support is kept only for the purposes of researching the issue.'],
      noMatch: ['The policy stays in effect for as long as you keep using the site.', 'We keep you informed about new features.'],
    },
  },
  {
    // "This data is deleted when your account is deleted": kept while the account is open.
    id: 'retention.deleted-with-account',
    kind: 'as-long-as-necessary',
    pattern: /\b(?:delet|eras|remov|purg|destroy)\w*\b[^.;]{0,40}?\b(?:when|once|after|upon|as soon as|if)\s+(?:you (?:delete|close|cancel|terminate|deactivate)|(?:your|the) account (?:is|has been|gets) (?:deleted|closed|terminated|cancel+ed|deactivated)|(?:the )?(?:deletion|closure|termination|cancel+ation) of (?:your|the) account)/i,
    gloss: 'Deletes data when the account is deleted',
    examples: { match: ['This data is deleted when your account is deleted.', 'We erase your messages once you close your account.'], noMatch: ['You can delete your account at any time.'] },
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
    pattern: /\b(?:retain|keep|store|hold|maintain)\w*\b(?:[^.;]|\b(?:i\.e|e\.g)\.){0,100}?\b(?:indefinitely|forever|permanently|for an indefinite period|for an unlimited (?:period|time))\b(?!\s+(?:delet|eras|remov|destroy|purg|anonymi))|\b(?:not|never) (?:be )?(?:deleted|removed|erased)\b[^.;]{0,40}?\bever\b|\bare never (?:deleted|removed|erased)\b/i,
    gloss: 'Keeps data indefinitely',
    examples: {
      match: ['We may retain your information indefinitely.', 'Comments are not deleted, ever.', 'If your account is suspended, we may keep the identifiers you used to sign up (i.e., email address or phone number) indefinitely.'],
      noMatch: ['the credit card data is automatically deleted forever from the server', 'Your posts are not deleted until you ask.', 'We retain the scan long enough to compare it, then we permanently delete it.'],
    },
  },
];

/** What a period applies to, when the sentence (or, for "retain it", the one before) says. */
export const RETENTION_SUBJECTS: ReadonlyArray<FactRule & { name: string }> = [
  {
    id: 'retention.subject.call-records',
    name: 'call records',
    pattern: /\bcall(?:ing)? (?:detail )?records\b|\bCDRs?\b|\bcalls made and received\b|\bcall history\b/i,
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
