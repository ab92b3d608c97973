// The grading scheme: data, with a version a stored grade names. The grade is read from the
// claims (src/engine/questions), never from the words of the policy directly.
//
// Three groups, weighted as a person would: what happens to your data weighs most, what you can
// do about it next, how clearly the policy says it least. Each criterion scores a policy from
// 0 (bad for the person) to 1 (good); the score is the weighted mean × 100.
//  - "The policy doesn't say" is UNKNOWN: it counts as the middle (0.5) at a quarter of the
//    weight, so silence neither proves a bad practice nor earns credit.
//  - A criterion that cannot apply is left out (no account and no logs: nothing to delete; no
//    ads, no tracking and no sale: nothing to opt out of but marketing mail; no account and no
//    logs: no one to notify of a breach or a change).
//  - Version 3: that rule now holds whatever the marketing answer; periods for some data beside
//    "as long as needed" for the rest score halfway between the two.
//  - Version 4: a denial of sale "except as provided below" scores between a plain denial and a
//    conditional one; with no account and no logs, breach and change notices cannot apply; each
//    promise to collect little scores full marks on its third of the weight; periods beside
//    "may keep some indefinitely" score halfway, as periods beside "as long as needed" do.
//  - Promises to collect little (no logs, end-to-end encryption, no account needed) add a
//    criterion of their own, so they raise the score; their absence costs nothing.

export const SCHEME_VERSION = 4;

export type Group = 'practice' | 'control' | 'transparency';

/** How a policy's answer scores: a number from 0 to 1, unknown, or not applicable. */
export type Scored = number | 'unknown' | 'na';

export interface Criterion {
  id: string;
  group: Group;
  weight: number;
  /** What the criterion asks, for the grade's explanation. */
  asks: string;
}

export const CRITERIA: readonly Criterion[] = [
  { id: 'sale', group: 'practice', weight: 12, asks: 'Does it sell your data?' },
  { id: 'ads', group: 'practice', weight: 10, asks: 'Does it use your data for targeted ads?' },
  { id: 'tracking', group: 'practice', weight: 10, asks: 'Do other companies track you on its service?' },
  { id: 'recipients', group: 'practice', weight: 10, asks: 'Who gets your data?' },
  { id: 'retention', group: 'practice', weight: 8, asks: 'How long does it keep your data?' },
  { id: 'sensitive', group: 'practice', weight: 4, asks: 'Does it collect precise location or sensitive data?' },
  { id: 'minimisation', group: 'practice', weight: 8, asks: 'Does it promise to collect or keep little?' },
  { id: 'deletion', group: 'control', weight: 6, asks: 'Can you delete your data?' },
  { id: 'access', group: 'control', weight: 4, asks: 'Can you see or take a copy of your data?' },
  { id: 'opt-outs', group: 'control', weight: 6, asks: 'Can you turn off what it does with your data?' },
  { id: 'signals', group: 'control', weight: 2, asks: "Does it honour your browser's privacy signals?" },
  { id: 'changes', group: 'transparency', weight: 4, asks: 'Will it tell you when the policy changes?' },
  { id: 'breach', group: 'transparency', weight: 3, asks: 'Will it tell you about a data breach?' },
  { id: 'security', group: 'transparency', weight: 3, asks: 'Does it say how it protects your data?' },
  { id: 'contact', group: 'transparency', weight: 3, asks: 'Can you reach it about privacy?' },
];

/** Single-answer criteria: the score of each value. */
export const VALUE_SCORES: Readonly<Record<string, Readonly<Record<string, Scored>>>> = {
  sale: { no: 1, conditional: 0.4, yes: 0, 'not-stated': 'unknown' },
  tracking: { no: 1, yes: 0, 'not-stated': 'unknown' },
  changes: { notice: 1, posted: 0.5, 'without-notice': 0, 'not-stated': 'unknown' },
  breach: { yes: 1, 'not-stated': 'unknown' },
  security: { specific: 1, general: 0.5, 'not-stated': 'unknown' },
};

/** "We do not sell your data, except as provided below": the exceptions are a way around the
 *  promise (PrivacySpy's rubric reads such a sentence as sharing with unnamed third parties), so
 *  it scores halfway between a plain denial (1) and a conditional one (0.4). */
export const SALE_DENIED_WITH_EXCEPTIONS = 0.7;

/** Targeted ads: with a way to turn them off they cost less. */
export const ADS_SCORES = { no: 1, yesWithOptOut: 0.3, yes: 0.1 } as const;

/** Recipients: the worst recipient named decides. */
export const RECIPIENT_SCORES = {
  dataBrokers: 0,
  advertisers: 0.15,
  otherThirdParties: 0.4,
  /** Only vendors, the group, the authorities, a buyer, the public. */
  usual: 0.75,
  /** Says it gives your data to no advertiser and no other company. */
  refusesOthers: 1,
} as const;

/** Retention: indefinite is worst; stated periods are scored by the longest. */
export const RETENTION_SCORES = {
  indefinite: 0,
  asNeededOnly: 0.5,
  /** Longest stated period in days → score (first bound that fits). */
  byLongest: [[400, 1], [1100, 0.8], [Infinity, 0.6]] as const,
} as const;

/** Collecting precise location or sensitive data. */
export const SENSITIVE_SCORES = { one: 0.3, both: 0.1, deniesAll: 1 } as const;

/** Minimisation promises (no logs, end-to-end encryption, no account): each scores full marks,
 *  on a third of the criterion's weight per promise. Version 3 scored one promise 0.7 on the
 *  whole weight, which lowered the score of a policy whose other answers were better than 0.7. */
export const MINIMISATION_SHARES = [1 / 3, 2 / 3, 1] as const;

export const DELETION_SCORES = { withWay: 1, withoutWay: 0.7, no: 0 } as const;
export const SIGNAL_SCORES = { honoured: 1, notHonoured: 0.3 } as const;
export const CONTACT_SCORES = { any: 1, none: 0.2 } as const;

/** How an unknown answer counts. */
export const UNKNOWN = { score: 0.5, weightFactor: 0.25 } as const;

/** The grade by score. */
export const GRADE_CUTOFFS: ReadonlyArray<readonly ['A' | 'B' | 'C' | 'D' | 'E', number]> = [['A', 80], ['B', 65], ['C', 50], ['D', 35], ['E', 0]];

/** What each grade means, in one line. */
export const GRADE_MEANINGS: Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E', string>> = {
  A: 'Collects little and shares little, and you stay in control.',
  B: 'Mostly respectful of your data, with a few things to watch.',
  C: 'Mixed: some practices you may not want, some protections.',
  D: 'Uses your data in ways many people object to, with limited control.',
  E: 'Sells, shares or tracks widely, with little you can do about it.',
};

/** Minimum policy text to grade: sentences that are not headings, and practice topics covered. */
export const GRADE_GATE = { minSentences: 8, minPracticeSentences: 4, minTopics: 2 } as const;
