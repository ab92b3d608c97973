// Policy-level checks of the facts the summary shows against OPP-115's expert attribute
// annotations (Wilson et al., ACL 2016): for each check, does the policy say it (any segment
// whose majority-vote attributes carry one of the gold values) and do our facts say it?
// Each check is one question a person asks; gold values are "Category|Attribute|Value" as in
// ../shared/data/opp115/dev.jsonl. Only questions OPP-115 annotates are here (it has no
// attribute for selling data, for instance).
import type { Facts } from '../../src/engine/facts/types.ts';

export interface FactCheck {
  id: string;
  /** What the summary should tell the person. */
  question: string;
  gold: readonly string[];
  ours: (facts: Facts) => boolean;
}

const collects = (facts: Facts, ...kinds: string[]): boolean => facts.collected.some((c) => kinds.includes(c.kind));
const FIRST = 'First Party Collection/Use|Personal Information Type|';
const AUDIENCE = 'International and Specific Audiences|Audience Type|';
const RETENTION = 'Data Retention|Retention Period|';
const SECURITY = 'Data Security|Security Measure|';
const ACCESS = 'User Access, Edit and Deletion|Access Type|';
const CHANGE = 'Policy Change|Notification Type|';
/** OPP-115 records a choice under the practice it controls (collection, sharing) as well as
 *  under User Choice/Control: all three count. */
const choice = (value: string): string[] => ['User Choice/Control', 'First Party Collection/Use', 'Third Party Sharing/Collection'].map((c) => `${c}|Choice Type|${value}`);

export const FACT_CHECKS: readonly FactCheck[] = [
  { id: 'collects-contact', question: 'Collects contact details', gold: [`${FIRST}Contact`], ours: (f) => collects(f, 'contact') },
  { id: 'collects-financial', question: 'Collects payment or financial details', gold: [`${FIRST}Financial`], ours: (f) => collects(f, 'financial') },
  { id: 'collects-location', question: 'Collects location', gold: [`${FIRST}Location`], ours: (f) => collects(f, 'location') },
  { id: 'collects-device', question: 'Collects IP address or device details', gold: [`${FIRST}IP address and device IDs`, `${FIRST}Computer information`], ours: (f) => collects(f, 'device') },
  { id: 'collects-activity', question: 'Collects online activity', gold: [`${FIRST}User online activities`], ours: (f) => collects(f, 'online-activity') },
  { id: 'collects-cookies', question: 'Uses cookies or trackers', gold: [`${FIRST}Cookies and tracking elements`], ours: (f) => collects(f, 'cookies') },
  { id: 'collects-demographics', question: 'Collects demographics', gold: [`${FIRST}Demographic`], ours: (f) => collects(f, 'demographics') },
  { id: 'collects-social', question: 'Collects social-media data', gold: [`${FIRST}Social media data`], ours: (f) => collects(f, 'social-media') },
  { id: 'shares-affiliates', question: 'Shares with affiliates', gold: ['Third Party Sharing/Collection|Third Party Entity|Other part of company/affiliate'], ours: (f) => f.recipients.parties.some((p) => p.kind === 'affiliates') },
  { id: 'shares-public', question: 'Makes data public', gold: ['Third Party Sharing/Collection|Third Party Entity|Public'], ours: (f) => f.recipients.parties.some((p) => p.kind === 'public') },
  { id: 'retention-stated', question: 'Says how long it keeps data', gold: [`${RETENTION}Stated Period`, `${RETENTION}Limited`, `${RETENTION}Indefinitely`], ours: (f) => f.retention.stated },
  { id: 'retention-period', question: 'Names a retention period', gold: [`${RETENTION}Stated Period`], ours: (f) => f.retention.periods.length > 0 },
  { id: 'security-any', question: 'Describes security measures', gold: [`${SECURITY}Generic`, `${SECURITY}Secure data transfer`, `${SECURITY}Secure data storage`, `${SECURITY}Data access limitation`, `${SECURITY}Privacy/Security program`, `${SECURITY}Secure user authentication`, `${SECURITY}Privacy training`, `${SECURITY}Privacy review/audit`], ours: (f) => f.security.measures.length > 0 },
  { id: 'security-encryption', question: 'Encrypts data in transit', gold: [`${SECURITY}Secure data transfer`], ours: (f) => f.security.measures.some((m) => m.kind === 'encryption') },
  { id: 'access-edit', question: 'You can correct your data', gold: [`${ACCESS}Edit information`], ours: (f) => f.rights.rights.some((r) => r.kind === 'correct') },
  { id: 'access-view', question: 'You can see your data', gold: [`${ACCESS}View`], ours: (f) => f.rights.rights.some((r) => r.kind === 'access') },
  { id: 'access-delete', question: 'You can delete data or the account', gold: [`${ACCESS}Delete account (full)`, `${ACCESS}Delete account (partial)`, `${ACCESS}Deactivate account`], ours: (f) => f.rights.rights.some((r) => r.kind === 'delete') },
  { id: 'choice-opt-out', question: 'You can opt out', gold: [...choice('Opt-out link'), ...choice('Opt-out via contacting company')], ours: (f) => f.choices.some((c) => c.kind !== 'cookies' && c.kind !== 'location') },
  { id: 'choice-browser', question: 'You can refuse cookies or location in settings', gold: choice('Browser/device privacy controls'), ours: (f) => f.choices.some((c) => c.kind === 'cookies' || c.kind === 'location') },
  { id: 'change-announced', question: 'Says how changes are announced', gold: [`${CHANGE}General notice in privacy policy`, `${CHANGE}General notice on website`, `${CHANGE}Personal notice`, `${CHANGE}No notification`], ours: (f) => f.changes.statements.length > 0 },
  { id: 'change-personal-notice', question: 'Tells you personally about changes', gold: [`${CHANGE}Personal notice`], ours: (f) => f.changes.statements.some((s) => s.kind === 'notice-direct' || s.kind === 'material-notice' || s.kind === 'material-consent') },
  { id: 'audience-children', question: 'Says something about children', gold: [`${AUDIENCE}Children`], ours: (f) => f.children.statements.length > 0 },
  { id: 'audience-california', question: 'Has terms for California', gold: [`${AUDIENCE}Californians`], ours: (f) => f.regions.some((r) => r.kind.startsWith('california')) },
  { id: 'audience-europe', question: 'Has terms for the EU', gold: [`${AUDIENCE}Europeans`], ours: (f) => f.regions.some((r) => r.kind === 'eu') },
  { id: 'audience-abroad', question: 'Says data may go abroad', gold: [`${AUDIENCE}Citizens from other countries`], ours: (f) => f.regions.some((r) => r.kind === 'transfer-us' || r.kind === 'transfer-abroad') },
  { id: 'dnt-mentioned', question: 'Says whether it honours Do Not Track', gold: ['Do Not Track|Do Not Track policy|Honored', 'Do Not Track|Do Not Track policy|Not honored', 'Do Not Track|Do Not Track policy|Mentioned, but unclear if honored'], ours: (f) => f.doNotTrack.stance !== 'silent' },
  { id: 'dnt-not-honoured', question: 'Does not honour Do Not Track', gold: ['Do Not Track|Do Not Track policy|Not honored'], ours: (f) => f.doNotTrack.stance === 'not-honoured' },
];
