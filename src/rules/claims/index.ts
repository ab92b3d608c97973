// Every claim rule in one list, with the question that reads it, for the convention tests and
// the fact-pattern index. `via: 'claim'` rules are tested through the question's reading (their
// examples must, or must not, put the rule's id in the claim); `via: 'pattern'` rules are word
// finders whose examples test the pattern alone.
import type { QuestionId } from './items.ts';
import type { FactRule } from '../facts/types.ts';
import { NO_ADS, TARGETED_ADS } from './ads.ts';
import { CHANGE_CONSENT, CHANGE_MAY_UPDATE, CHANGE_NOTICE, CHANGE_POSTED } from './changes.ts';
import { AGE_GATE, FOR_CHILDREN } from './children.ts';
import { EXTRA_CHOICE_RULES } from './choices.ts';
import { COLLECT_DENIAL, EXTRA_ITEM_RULES } from './collect/index.ts';
import { CONTACT_PATTERNS, CONTACT_RULES } from './contact.ts';
import { END_TO_END, NO_ACCOUNT, NO_LOGS } from './minimise.ts';
import { CONTACT_REFERRAL, EXTRA_RIGHT_RULES, HOW_WORD_RULES, REQUEST_CUE, RIGHT_NAMED, RIGHTS_CONTEXT_MORE, RIGHTS_LEAD_IN, SELF_SERVICE, SETTINGS_PLACE } from './rights.ts';
import { EXTRA_MEASURE_RULES } from './security.ts';
import { BUSINESS_SALE, SELL_ADMITS, SELL_DENIAL, SELL_UNDER_LAW, SELL_WORD } from './sell.ts';
import { BLANKET_DENIAL, EXTRA_RECIPIENT_RULES } from './share/index.ts';
import { DNT_ACTED_ON, GPC_HONOURED, GPC_NOT_HONOURED } from './signals.ts';
import { CROSS_SITE, NO_TRACKING, THIRD_PARTY_TRACKERS } from './tracking.ts';
import { STAYS_LOCAL, TRANSFER_ABROAD } from './transfers.ts';

export interface RegisteredClaimRule {
  rule: FactRule;
  question: QuestionId;
  via: 'claim' | 'pattern';
}

const claim = (question: QuestionId, ...rules: readonly FactRule[]): RegisteredClaimRule[] => rules.map((rule) => ({ rule, question, via: 'claim' }));
const pattern = (question: QuestionId, ...rules: readonly FactRule[]): RegisteredClaimRule[] => rules.map((rule) => ({ rule, question, via: 'pattern' }));

export const CLAIM_RULES: readonly RegisteredClaimRule[] = [
  ...pattern('sell', SELL_WORD, BUSINESS_SALE),
  ...claim('sell', SELL_DENIAL, SELL_ADMITS, SELL_UNDER_LAW),
  ...claim('ads', TARGETED_ADS, NO_ADS),
  ...claim('tracking', THIRD_PARTY_TRACKERS, CROSS_SITE, NO_TRACKING),
  ...claim('minimise', NO_LOGS, END_TO_END, NO_ACCOUNT),
  ...claim('collect', ...EXTRA_ITEM_RULES, COLLECT_DENIAL),
  ...claim('share', ...EXTRA_RECIPIENT_RULES, BLANKET_DENIAL),
  ...claim('rights', ...EXTRA_RIGHT_RULES),
  ...pattern('rights', RIGHTS_CONTEXT_MORE, RIGHT_NAMED, RIGHTS_LEAD_IN, REQUEST_CUE, SELF_SERVICE, SETTINGS_PLACE, CONTACT_REFERRAL, ...HOW_WORD_RULES),
  ...claim('choices', ...EXTRA_CHOICE_RULES),
  ...claim('security', ...EXTRA_MEASURE_RULES),
  ...claim('changes', CHANGE_NOTICE, CHANGE_POSTED, CHANGE_MAY_UPDATE, CHANGE_CONSENT),
  ...claim('children', AGE_GATE, FOR_CHILDREN),
  ...claim('signals', DNT_ACTED_ON, GPC_HONOURED, GPC_NOT_HONOURED),
  ...claim('transfers', TRANSFER_ABROAD, STAYS_LOCAL),
  ...claim('contact', ...CONTACT_RULES),
  ...pattern('contact', ...CONTACT_PATTERNS),
];
