// The claims: for each question a person asks of a privacy policy, the answer PolicyLens gives,
// each with the sentences it rests on (the deciding sentence first). One module per question
// (./<question>.ts) reads its claim and says it: summary lines, the comparison cell, the change
// between two versions. The grade reads the claims through the scheme in src/rules/grade.
// Plain JSON: the claims cross the extension's message boundary and are stored.

/** A concrete thing the policy names: an item of data, a period, an address, a channel. */
export interface Detail {
  text: string;
  /** Sentences naming it, first mention first. */
  evidence: number[];
  /** A sub-kind where one helps (the channel kind of an address, 'email', 'postal', ...). */
  kind?: string;
  /** A number the detail carries: a period in days, an age in years. */
  amount?: number;
}

export interface Answer<V extends string = string> {
  /** 'not-stated' when the policy doesn't say. */
  value: V;
  details: Detail[];
  /** Sentence indexes the answer rests on, the deciding one first. */
  evidence: number[];
  /** Ids of the claim rules (src/rules/claims) that read it. */
  ruleIds: string[];
}

export type YesNo = 'yes' | 'no' | 'not-stated';
export type YesOnly = 'yes' | 'not-stated';
export type Stated = 'stated' | 'not-stated';

// The item lists are data of the rules (src/rules/claims/items.ts); the types follow from them.
import type { ChoiceItem, CollectItem, QuestionId as RuleQuestionId, RightItem, ShareItem } from '../../rules/claims/items.ts';

export { CHOICE_ITEMS, COLLECT_ITEMS, RIGHT_ITEMS, SHARE_ITEMS } from '../../rules/claims/items.ts';
export type { ChoiceItem, CollectItem, RightItem, ShareItem } from '../../rules/claims/items.ts';

export type SellValue = 'no' | 'conditional' | 'yes' | 'not-stated';
export type ChangesValue = 'notice' | 'posted' | 'without-notice' | 'not-stated';
export type ChildrenValue = 'min-age' | 'not-directed' | 'for-children' | 'not-stated';
export type SignalValue = 'honoured' | 'not-honoured' | 'not-stated';
export type TransfersValue = 'abroad' | 'local' | 'not-stated';
export type SecurityValue = 'specific' | 'general' | 'not-stated';

export interface Claims {
  collect: Record<CollectItem, Answer<YesNo>>;
  share: Record<ShareItem, Answer<YesNo>> & { 'vendor-limits': Answer<YesOnly> };
  sell: { sell: Answer<SellValue> };
  ads: { ads: Answer<YesNo> };
  tracking: { tracking: Answer<YesNo> };
  retention: { periods: Answer<Stated>; indefinite: Answer<YesOnly>; 'as-needed': Answer<YesOnly> };
  rights: Record<RightItem, Answer<YesNo>> & {
    /** Ways to make a request (details: channels). */
    how: Answer<Stated>;
    'non-discrimination': Answer<YesOnly>;
    verification: Answer<YesOnly>;
    /** A stated response time (details[0].amount: days). */
    'response-time': Answer<Stated>;
    /** Extra rights for people in some places (details: California, the EU, other US states). */
    regions: Answer<Stated>;
  };
  choices: Record<ChoiceItem, Answer<YesNo>>;
  security: {
    measures: Answer<SecurityValue>;
    'breach-notice': Answer<YesOnly>;
    'no-guarantee': Answer<YesOnly>;
    disclaimer: Answer<YesOnly>;
    unsecured: Answer<YesOnly>;
  };
  changes: { changes: Answer<ChangesValue>; 'continued-use': Answer<YesOnly> };
  children: { children: Answer<ChildrenValue> };
  signals: { dnt: Answer<SignalValue>; gpc: Answer<SignalValue> };
  transfers: { transfers: Answer<TransfersValue>; 'waives-home-law': Answer<YesOnly> };
  contact: { email: Answer<YesOnly>; postal: Answer<YesOnly>; phone: Answer<YesOnly>; form: Answer<YesOnly>; dpo: Answer<YesOnly> };
  minimise: { 'no-logs': Answer<YesOnly>; e2e: Answer<YesOnly>; 'no-account': Answer<YesOnly> };
}

export type QuestionId = keyof Claims;

/** The rules name the same questions as the claims (a compile error here if one list drifts). */
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const QUESTION_LISTS_AGREE: SameKeys<QuestionId, RuleQuestionId> = true;
