// The concrete facts a person wants from a policy, one family per extractor file in this
// folder (registered in ./index.ts). Every fact cites its evidence as indexes into
// Analysis.sentences, and the ids of the rules (src/rules/facts) that found it, so the popup can
// show both the sentence and why it was read that way. Plain JSON: no undefined, no classes.

import type { ChangeKind, ChannelKind, ChildrenStatementKind, ChoiceKind, DataKindId, RecipientKind, RegionKind, RightKind, SecurityMeasureKind, TimeUnit } from '../../rules/facts/kinds.ts';

// The kind lists are data in src/rules/facts/kinds.ts; their types are derived there.
export type { ChangeKind, ChannelKind, ChildrenStatementKind, ChoiceKind, DataKindId, RecipientKind, RegionKind, RightKind, SecurityMeasureKind, TimeUnit };

/** Where a fact was read: sentence indexes (sorted, unique) and the fact rules that fired. */
export interface Evidenced {
  evidence: number[];
  ruleIds: string[];
}

// ---- (1) data collected -------------------------------------------------------------------

export interface CollectedData extends Evidenced {
  kind: DataKindId;
  /** Plain name of the kind, e.g. 'contact details'. */
  name: string;
  /** The concrete items named in the policy, in order of first mention, e.g. ['name', 'email address']. */
  items: string[];
}

// ---- (2) recipients -----------------------------------------------------------------------

export interface Recipient extends Evidenced {
  kind: RecipientKind;
  name: string;
  /** True when every sentence naming this recipient speaks of aggregate/anonymised data only. */
  deidentifiedOnly: boolean;
}

export interface Recipients {
  parties: Recipient[];
  /** Where the policy binds its vendors (confidentiality, use only for its services). */
  vendorLimits: Evidenced | null;
}

// ---- (3) sale -----------------------------------------------------------------------------

export type SaleStance = 'no' | 'yes' | 'silent';

export interface SaleStatement extends Evidenced {
  stance: 'no' | 'yes';
  /** "We do not sell … except/unless …": the denial carries exceptions. */
  qualified: boolean;
}

export interface Sale extends Evidenced {
  /** 'yes' if any statement says it sells; else 'no' if any says it does not; else 'silent'. */
  stance: SaleStance;
  /** True when every denial carries an exception (only meaningful for stance 'no'). */
  qualified: boolean;
  statements: SaleStatement[];
}

// ---- (4) retention ------------------------------------------------------------------------

export interface RetentionPeriod extends Evidenced {
  amount: number;
  unit: TimeUnit;
  /** "up to 24 months", "at least 7 years", or exactly. */
  bound: 'up-to' | 'at-least' | 'exact';
  /** What the period applies to when stated, e.g. 'call records'; null when not said. */
  appliesTo: string | null;
}

export type RetentionPolicyKind = 'as-long-as-necessary' | 'legal-requirement' | 'indefinite';

export interface RetentionPolicy extends Evidenced {
  kind: RetentionPolicyKind;
}

export interface Retention {
  periods: RetentionPeriod[];
  policies: RetentionPolicy[];
  /** False when the policy says nothing about how long data is kept. */
  stated: boolean;
}

// ---- shared: ways to reach the provider ----------------------------------------------------

/** One way to act or ask: an address, number, link, or a named place to do it. */
export interface Channel {
  kind: ChannelKind;
  value: string;
}

// ---- (5) choices --------------------------------------------------------------------------

export interface Choice extends Evidenced {
  kind: ChoiceKind;
  name: string;
  /** How to make the choice: channels found in or right after the sentence. */
  how: Channel[];
}

// ---- (6) rights ---------------------------------------------------------------------------

export interface Right extends Evidenced {
  kind: RightKind;
  name: string;
  /** How to exercise it: channels in the right's own sentences or in "to request …" sentences. */
  how: Channel[];
}

export interface Rights {
  rights: Right[];
  /** Sentences saying identity must be verified before a request is honoured. */
  verification: Evidenced | null;
  /** A stated response time for requests, in days. */
  responseDays: (Evidenced & { days: number }) | null;
}

// ---- (7) security -------------------------------------------------------------------------

export interface SecurityMeasure extends Evidenced {
  kind: SecurityMeasureKind;
  name: string;
}

export interface Security {
  measures: SecurityMeasure[];
  /** Says it will tell people about breaches. */
  breachNotification: Evidenced | null;
  /** "No method is 100% secure." */
  noGuarantee: Evidenced | null;
  /** "We are not responsible for unauthorised access …" */
  liabilityDisclaimer: Evidenced | null;
  /** Some data travels without a secure connection. */
  unsecuredTransmission: Evidenced | null;
}

// ---- (8) changes --------------------------------------------------------------------------

export interface ChangeStatement extends Evidenced {
  kind: ChangeKind;
}

export interface Changes {
  statements: ChangeStatement[];
}

// ---- (9) audiences: children, and where people live --------------------------------------

export interface ChildrenStatement extends Evidenced {
  kind: ChildrenStatementKind;
  /** The age the statement names, when it names one ("under 13" → 13); null otherwise. */
  age: number | null;
}

export interface Children {
  statements: ChildrenStatement[];
  /** Ways to report a child's data, when given. */
  how: Channel[];
}

export interface RegionStatement extends Evidenced {
  kind: RegionKind;
  how: Channel[];
}

// ---- (10) Do Not Track --------------------------------------------------------------------

export interface DoNotTrack extends Evidenced {
  stance: 'honoured' | 'not-honoured' | 'mentioned' | 'silent';
}

// ---- (11) contact -------------------------------------------------------------------------

export interface ContactItem extends Evidenced {
  value: string;
}

export interface PhoneItem extends ContactItem {
  /** False for numbers no phone can have (North American exchange 000/111…): a placeholder. */
  plausible: boolean;
}

export interface Contact {
  emails: ContactItem[];
  phones: PhoneItem[];
  postal: ContactItem[];
  urls: ContactItem[];
  webForms: ContactItem[];
  /** Named privacy roles: 'Privacy Officer', 'Privacy Administrator'. */
  officers: ContactItem[];
}

// ---- all families ---------------------------------------------------------------------------

export interface Facts {
  collected: CollectedData[];
  recipients: Recipients;
  sale: Sale;
  retention: Retention;
  choices: Choice[];
  rights: Rights;
  security: Security;
  changes: Changes;
  children: Children;
  regions: RegionStatement[];
  doNotTrack: DoNotTrack;
  contact: Contact;
}
