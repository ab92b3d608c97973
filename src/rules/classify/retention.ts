// Rules for "Data Retention". Syntax: src/engine/match/pattern.ts; fields: src/rules/types.ts.
// Retention is how long data is kept or when it goes away by itself. Deletion the person asks
// for is User Access (access.ts); "we retain the right to" and "we retain vendors" are not
// retention at all, hence the negative rule at the end.
import type { Rule } from '../types.ts';

const LABEL = 'Data Retention';

/** Verbs for holding on to data. */
const KEEP = '({retain}|{keep}|{store}|{hold}|{maintain}|{preserve}|{save}|{archive})';
/** The same without maintain/hold, which also mean "keep confidential" or merely "have". */
const KEEP_STRICT = '({retain}|{keep}|{store}|{preserve})';
/** Verbs for data going away. */
const DISPOSE = '({delete}|{destroy}|{purge}|{erase}|{discard}|{remove}|{anonymize}|{overwrite}|{dispose})';

export const retentionRules: readonly Rule[] = [
  {
    id: 'retention.stated-period',
    label: LABEL,
    patterns: [
      '{retain} * for #Value #Unit',
      '(keep|kept|store|stored|maintain|maintained|hold|held) * for #Value #Unit',
      '{retain} * for up to .? .? #Value #Unit',
      '(retention|storage) period of * #Value #Unit',
    ],
    gloss: 'Says how long your data is kept',
    examples: {
      match: [
        'We retain call detail records for 24 months.', 'We treat this information as private and retain it in for up to twenty-four (24) months.',
        'We keep call recordings for 90 days.', 'Logs have a retention period of up to 12 months.',
      ],
      noMatch: ['We will contact you within 30 days.'],
    },
  },
  {
    id: 'retention.deleted-after-period',
    label: LABEL,
    patterns: [`${DISPOSE} * after #Value (calendar|business)? #Unit`, 'after #Value #Unit * (deleted|purged|destroyed|erased|removed|anonymized)'],
    gloss: 'Says data is deleted or anonymised after a set time',
    examples: {
      match: [
        'Server logs are purged after one calendar year.', 'We remove the identifying parts of these logs after 90 days.', 'After 30 days, chat transcripts are deleted.',
      ],
      noMatch: ['You may delete your account at any time.'],
    },
  },
  {
    id: 'retention.as-long-as-needed',
    label: LABEL,
    patterns: [
      `${KEEP} * (as long as|no longer than|so long as|only as long as)`,
      'no longer than (is )?(necessary|needed|required|reasonably necessary)',
      'for (the|a)? (period|time|duration|length of time) (of time )?(that is )?(reasonably )?(necessary|needed|required|permitted)',
      `${KEEP} * for a (commercially )?reasonable (period|time|amount)`,
    ],
    gloss: 'Says data is kept only as long as it is needed or the account is open',
    examples: {
      match: [
        'Fusion will keep your Personal Data for as long as reasonably necessary to fulfil the purpose.',
        'Your profile data is stored only as long as you keep an account with us.', 'We keep your data no longer than necessary.',
        'We keep your records for the period of time necessary to serve you.', 'We store order history for a reasonable period.',
      ],
      noMatch: ['This policy stays in force as long as you use the site.'],
    },
  },
  {
    id: 'retention.until-no-longer-needed',
    label: LABEL,
    patterns: [
      'until (it is |they are |such time as |we )?no longer (need|needed|necessary|required)',
      'when (it is |they are |such information is |the information is )?no longer (needed|necessary|required)',
      `until (you|the customer|the user) (delete|deletes|remove|removes|close|closes|cancel|cancels|uninstall|uninstalls)`,
    ],
    gloss: 'Says data is kept until it is no longer needed or until you remove it',
    examples: {
      match: [
        'We generally retain customer records until no longer needed for business, tax, or legal purposes.',
        'Your location history stays on our servers until you delete the app.', 'We delete your address when it is no longer needed.',
      ],
      noMatch: ['Readers who no longer want the newsletter can click unsubscribe.'],
    },
  },
  {
    id: 'retention.we-retain',
    label: LABEL,
    patterns: [
      '(we|and|will|may|might|shall|can|to|also|generally|typically|only|not|must) {retain} (your|the|this|that|these|those|such|all|any|some|certain|personal|information|data|records|copies|it|them|a|logs|account|customer|user|its|our|and)',
      '(is|are|be|been|being|remain|remains) retained',
      'retention (period|periods|policy|policies|schedule|schedules|practices|requirements|limits)',
      'data retention',
      '^ retention',
      '^ (.? )?where (we|do we) (store|keep) (your |the )?(data|information|personal)',
    ],
    gloss: 'Says the company keeps (retains) data',
    examples: {
      match: [
        'Fusion may retain your Personal Data for the following Business Purposes.', 'Records are retained in line with our retention schedule.', 'Data Retention',
        'Retention of Your Information', 'Where We Store Your Data',
      ],
      noMatch: ['Customer retention programs reward loyal users.'],
    },
  },
  {
    id: 'retention.how-long',
    label: LABEL,
    patterns: [
      `how long (do |will |can |may |does )?(we|you|your|the|it|this|our|such|each)? .? .? ${KEEP}`,
      'how long (is|are|will|do) .? .? .? (kept|retained|stored|held|maintained)',
      '(length|duration) of (storage|retention)',
    ],
    gloss: 'Announces how long data is kept',
    examples: {
      match: [
        'How Long Do We Retain Your Personal Data?', 'How long is my data kept?', 'The length of storage depends on the kind of record.',
      ],
      noMatch: ['How do we use your personal data?'],
    },
  },
  {
    id: 'retention.indefinitely',
    label: LABEL,
    patterns: ['indefinitely', `${KEEP} * (permanently|forever)`],
    gloss: 'Says data may be kept without a time limit',
    examples: {
      match: [
        'We may store the information we hold about you indefinitely.', 'We may keep your reviews permanently.',
      ],
      noMatch: ['We may store the information we hold about you on servers in Ohio.'],
    },
  },
  {
    id: 'retention.backups-residual',
    label: LABEL,
    patterns: [
      '(backup|back up|backups|archival|archived|residual) (copies|copy|storage|systems|system|media|files|records|tapes|servers|databases|information|data)',
      '(remain|remains|persist|persists|stay|stays) (in|on|within) (our )?(backup|back up|archives|archive|archived|records|databases|database|systems|servers|files|logs)',
    ],
    gloss: 'Says copies may stay in backups or archives after deletion',
    examples: {
      match: ['Copies of deleted data may remain in backup storage for a limited time.'],
      noMatch: ['Back up your phone before you reset it.'],
    },
  },
  {
    id: 'retention.disposal-practice',
    label: LABEL,
    patterns: [
      '(automatically|periodically|routinely|regularly|permanently|securely) (be )?(deleted|purged|destroyed|erased|overwritten|delete|purge|destroy|erase|deletes|purges|destroys)',
      `${DISPOSE} * (after|once) (we|it|the|your|its|they|this|that|such|our)`,
      `${DISPOSE} * (before|prior to) disposal`,
      '(regular|routine|periodic|scheduled|automatic) (destruction|deletion|purging|purge|disposal|erasure)',
    ],
    gloss: 'Says data is deleted or destroyed as a matter of routine or once its purpose is served',
    examples: {
      match: [
        'The card number is automatically deleted from the server once the order is processed.', "We delete the child's email address once we have responded.",
        'We erase hard drives before disposal.', 'Old files go through routine deletion each month.',
      ],
      noMatch: ['You can delete cookies in your browser settings.'],
    },
  },
  {
    id: 'retention.not-stored',
    label: LABEL,
    // Often read as security or collection in OPP-115: needs a second cue to stand alone.
    prior: 1,
    patterns: [
      `(do|does|will|shall) not ${KEEP} (any|your|the|this|that|these|such|credit|payment|financial|full|personal|information|data|records|it|or)`,
      `(never|not) ${KEEP} (your )?(credit card|card|payment) (numbers|number|details|information|data)`,
    ],
    gloss: 'Says some data is not kept at all',
    examples: {
      match: ['Only the final four digits are kept; we never store card numbers in full.', "The email address of a friend you refer is used once; we do not keep it afterwards."],
      noMatch: ['We do not sell your personal information.'],
    },
  },
  {
    id: 'retention.not-deleted',
    label: LABEL,
    // Often read as security or collection in OPP-115: needs a second cue to stand alone.
    prior: 1,
    patterns: [
      'not (be )?(automatically |immediately |permanently |completely |fully )?(deleted|removed|erased|purged)',
      '(impossible|not possible|not able|unable) to (completely |fully |permanently )?(delete|remove|erase)',
    ],
    gloss: 'Says some data is not deleted, or cannot be fully deleted',
    examples: {
      match: ['Posts are not deleted when you close your account.', 'Because backup copies exist, we may be unable to fully erase your data.'],
      noMatch: ['You can delete your posts at any time.'],
    },
  },
  {
    id: 'retention.legally-required-to-keep',
    label: LABEL,
    patterns: [
      `(required|obligated|obliged|need|needs|requirement|requirements) (by law )?to ${KEEP_STRICT} (certain|some|the|your|this|that|such|information|records|data|it|them|a)`,
      `${KEEP_STRICT} * (to comply with|as required by|for) (our |applicable |any )?(legal|law|tax|accounting|regulatory|audit)`,
    ],
    gloss: 'Says some data must be kept to meet legal, tax or audit duties',
    examples: {
      match: ['Under certain statutes we are obligated to keep some records.', 'Records may be kept and used as long as needed for legal compliance.'],
      noMatch: ['We may disclose information as required by law.'],
    },
  },
  {
    id: 'retention.deleted-from-records',
    label: LABEL,
    prior: 1,
    patterns: [`${DISPOSE} * from (our|the|its) (system|systems|records|database|databases|servers|server|files)`],
    gloss: 'Says data is removed from the company’s systems (often for children’s data)',
    examples: {
      match: ["We will use commercially reasonable efforts to delete such Minor's Personal Data from our system."],
      noMatch: ['You may remove the app from your phone.'],
    },
  },
  {
    id: 'retention.kept-for-records-or-until-event',
    label: LABEL,
    // The period is named by an event or a need rather than a number: "not kept after the
    // promotion", "kept for some time after cancellation", "a copy kept for our records",
    // "no longer than necessary to send the card".
    patterns: [
      `(not|never) ${KEEP} * (after|once|beyond|past) (the|a|an|this|that|your|it|we|each|its|our|such|you)`,
      `${KEEP} * for (some|a|an) (limited |short |reasonable )?(time|period|while) (after|following|once)`,
      `${KEEP} (a |an )?(copy|copies|record|records) (of .? .? .? .? )?(for|in) (our|its|their) (own )?(records|files|archives)`,
      `${KEEP} * longer than (is )?(reasonably |strictly |absolutely )?(necessary|needed|required)`,
    ],
    gloss: 'Says how long data is kept by naming an event or a need: until a promotion ends, for records, no longer than necessary',
    examples: {
      match: [
        'We will not keep the winner list after the contest closes.', 'When you change your address we keep a copy of the old one for our records.',
        'We keep your account for a short time after you close it.', 'We will not keep your data longer than necessary.',
      ],
      noMatch: ['We keep your address so we can ship your orders.'],
    },
  },
  // Look-alikes: "keep your information secure / confidential / accurate" is about safekeeping or
  // accuracy (Data Security, access), not about how long anything is kept.
  {
    id: 'retention.keep-safe-or-accurate-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '({keep}|{maintain}|{hold}|{store}) (the |your |such |this |all |that |any )?(personal )?(information|data|details|it|them|records)? (in )?(strictly )?(confidential|confidentially|secure|securely|safe|private|protected|accurate|up to date|current|in confidence)',
    ],
    gloss: 'Says data is kept safe, confidential or accurate, which is not how long it is kept',
    examples: {
      match: ['Our staff must keep your records confidential.', 'Please help us keep your details accurate.'],
      noMatch: ['We keep customer files for six years.'],
    },
  },
  // Look-alikes: "collect, store and use" lists what is done with data; the storing in that list
  // names no retention practice.
  {
    id: 'retention.processing-list-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '(collection|collecting|collect) (and |or )?(retention|storage|retain|store) (and |or )?(use|disclosure|using|disclose)',
    ],
    gloss: 'Lists collecting, storing and using data together, without saying how long it is kept',
    examples: {
      match: ['By linking the accounts you let us collect, store and use your friend list.'],
      noMatch: ['We store order records for seven years.'],
    },
  },
  {
    id: 'retention.retain-rights-or-vendors',
    label: LABEL,
    kind: 'lookalike',
    prior: -4,
    patterns: [
      '{retain} (the|all|any|our|its|sole)? (right|rights|ownership|control|title|discretion)',
      '{retain} (third|other|outside|independent|unaffiliated) (parties|party|companies|contractors|vendors|firms)',
      '{retain} (a|an) (lawyer|attorney|firm|company|vendor|agency|contractor)',
    ],
    gloss: 'Uses "retain" for keeping a right or hiring someone, not for keeping data',
    examples: {
      match: [
        'We retain the right to change these terms.', 'We may retain third parties to process payments.', 'We may retain a firm to collect unpaid bills.',
      ],
      noMatch: ['We retain your data for two years.'],
    },
  },
  // Look-alikes: "if you write to us, we may keep your message" says what is collected when you
  // get in touch; it names no period or schedule, and OPP-115 annotators file it under collection.
  {
    id: 'retention.correspondence-kept-lookalike',
    label: LABEL,
    kind: 'lookalike',
    prior: -3,
    patterns: [
      '^ (if|when|whenever|should) you (correspond|communicate|send|email|e mail|write|contact|reach out) * (we|our staff|the company) (may|will|might|can|also)? (keep|retain|store|save|hold) (a )?(record|copy|copies|the|your|such|that|any|this|those)',
    ],
    gloss: 'Says a message you send is kept, which describes what is collected rather than how long it is kept',
    examples: {
      match: ['When you write to our help desk, we may keep a copy of your letter and our reply.'],
      noMatch: ['We keep help desk tickets for eighteen months and then delete them.'],
    },
  },
];
