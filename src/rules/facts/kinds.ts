// The kinds each fact family sorts its findings into, as data: the rules in this folder tag
// their matches with them, and src/engine/facts/types.ts derives its types from these lists
// (so src/rules needs nothing from src/engine). Where a kind has a plain name, it is the one
// shown to people; list order is display order.

/** What data a policy says the provider collects (collected.ts). */
export const DATA_KINDS = [
  { id: 'contact', name: 'contact details' },
  { id: 'financial', name: 'payment and credit details' },
  { id: 'government-id', name: 'government ID numbers' },
  { id: 'credentials', name: 'passwords and log-in details' },
  { id: 'location', name: 'location' },
  { id: 'device', name: 'device and IP details' },
  { id: 'online-activity', name: 'online activity' },
  { id: 'call-records', name: 'call records and usage (CPNI)' },
  { id: 'communications', name: 'content of your communications' },
  { id: 'health', name: 'health information' },
  { id: 'biometrics', name: 'biometric data' },
  { id: 'demographics', name: 'demographics' },
  { id: 'social-media', name: 'social-media data' },
  { id: 'cookies', name: 'cookies and trackers' },
  { id: 'from-others', name: 'data about you from other companies' },
] as const;
export type DataKindId = (typeof DATA_KINDS)[number]['id'];

/** Who a policy says it gives data to (recipients.ts). */
export const RECIPIENT_KINDS = [
  { id: 'affiliates', name: 'affiliates' },
  { id: 'service-providers', name: 'service providers' },
  { id: 'advertisers', name: 'advertisers' },
  { id: 'analytics', name: 'analytics companies' },
  { id: 'law-enforcement', name: 'the authorities (police, courts, regulators)' },
  { id: 'business-transfer', name: 'a buyer of the business' },
  { id: 'emergency-services', name: 'emergency services' },
  { id: 'credit-agencies', name: 'credit agencies' },
  { id: 'public', name: 'the public' },
  { id: 'third-parties', name: 'other third parties' },
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number]['id'];

/** Units of a retention period (retention.ts). */
export const TIME_UNITS = ['day', 'week', 'month', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** Ways to reach the provider (channels.ts). */
export const CHANNEL_KINDS = ['email', 'phone', 'url', 'postal', 'web-form', 'account', 'browser', 'email-link', 'officer'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** Choices a person can make (choices.ts). */
export const CHOICE_KINDS = [
  { id: 'marketing-opt-out', name: 'Opt out of marketing' },
  { id: 'unsubscribe', name: 'Unsubscribe from emails' },
  { id: 'sharing-opt-out', name: 'Opt out of sharing for marketing' },
  { id: 'cookies', name: 'Block or delete cookies and trackers' },
  { id: 'cpni', name: 'Restrict use of your call records (CPNI)' },
  { id: 'do-not-call', name: 'Join the do-not-call list' },
  { id: 'ad-choices', name: 'Opt out of targeted ads' },
  { id: 'directory-listing', name: 'Keep your number out of phone directories' },
  { id: 'location', name: 'Turn off location sharing in your device settings' },
] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number]['id'];

/** Rights over your data (rights.ts); the name completes "You can … your data". */
export const RIGHT_KINDS = [
  { id: 'access', name: 'see' },
  { id: 'correct', name: 'correct' },
  { id: 'delete', name: 'delete' },
  { id: 'portability', name: 'get a copy to take elsewhere' },
  { id: 'opt-out-sale', name: 'stop the sale of' },
  { id: 'non-discrimination', name: 'not be penalised for using these rights over' },
] as const;
export type RightKind = (typeof RIGHT_KINDS)[number]['id'];

/** Security measures a policy names (security.ts). */
export const SECURITY_MEASURE_KINDS = [
  'encryption', 'safeguards', 'access-controls', 'firewalls', 'monitoring', 'staff-training', 'pci', 'secure-storage',
] as const;
export type SecurityMeasureKind = (typeof SECURITY_MEASURE_KINDS)[number];

/** What a policy says about changing itself (changes.ts). */
export const CHANGE_KINDS = [
  'any-time', 'without-notice', 'posting-only', 'notice-on-site', 'notice-direct', 'material-notice', 'material-consent', 'continued-use',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What a policy says about children (audiences.ts). */
export const CHILDREN_STATEMENT_KINDS = [
  'min-age', 'adults-only', 'not-directed', 'no-knowing-collection', 'deletes', 'parental-consent', 'report-contact',
] as const;
export type ChildrenStatementKind = (typeof CHILDREN_STATEMENT_KINDS)[number];

/** Where people live, and where their data goes (audiences.ts). */
export const REGION_KINDS = [
  'california-ccpa', 'california-shine-the-light', 'california', 'eu', 'transfer-us', 'transfer-abroad', 'waives-home-law', 'other-us-states',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];
