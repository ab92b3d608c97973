// The questions a person asks of a privacy policy, and the items some of them list, as data:
// the claim rules name them, and the engine derives its claim types from these lists
// (src/engine/questions/types.ts), so src/rules needs nothing from the engine.

/** Every question (the registry, engine/questions/index.ts, keeps the reading order). */
export const QUESTION_IDS = [
  'collect', 'share', 'sell', 'ads', 'tracking', 'retention', 'rights', 'choices', 'minimise', 'security', 'changes', 'children', 'signals',
  'transfers', 'contact',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const COLLECT_ITEMS = [
  'contact', 'payment', 'government-id', 'precise-location', 'approximate-location', 'device', 'activity', 'content', 'contacts',
  'sensitive', 'from-others', 'credentials', 'demographics', 'social-media', 'cookies', 'call-records',
] as const;
export type CollectItem = (typeof COLLECT_ITEMS)[number];

export const SHARE_ITEMS = [
  'service-providers', 'affiliates', 'advertisers', 'authorities', 'business-transfer', 'public', 'data-brokers', 'other-third-parties',
  'analytics', 'emergency-services', 'credit-agencies',
] as const;
export type ShareItem = (typeof SHARE_ITEMS)[number];

export const RIGHT_ITEMS = ['access', 'delete', 'correct', 'portability'] as const;
export type RightItem = (typeof RIGHT_ITEMS)[number];

export const CHOICE_ITEMS = ['marketing-opt-out', 'ads-opt-out', 'cookie-controls', 'sale-opt-out', 'cpni', 'do-not-call', 'directory-listing', 'location-controls'] as const;
export type ChoiceItem = (typeof CHOICE_ITEMS)[number];
