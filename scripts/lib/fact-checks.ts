// Policy-level checks of the claims the summary shows against OPP-115's expert attribute
// annotations (Wilson et al., ACL 2016): for each check, does the policy say it (any segment
// whose majority-vote attributes carry one of the gold values) and do our claims say it?
// Each check is one question a person asks; gold values are "Category|Attribute|Value" as in
// ../shared/data/opp115/dev.jsonl. Only questions OPP-115 annotates are here (it has no
// attribute for selling data, for instance).
import type { Claims } from '../../src/engine/questions/types.ts';

export interface FactCheck {
  id: string;
  /** What the summary should tell the person. */
  question: string;
  gold: readonly string[];
  ours: (claims: Claims) => boolean;
}

const collects = (c: Claims, ...items: (keyof Claims['collect'])[]): boolean => items.some((k) => c.collect[k].value === 'yes');
const FIRST = 'First Party Collection/Use|Personal Information Type|';
const AUDIENCE = 'International and Specific Audiences|Audience Type|';
const RETENTION = 'Data Retention|Retention Period|';
const SECURITY = 'Data Security|Security Measure|';
const ACCESS = 'User Access, Edit and Deletion|Access Type|';
const CHANGE = 'Policy Change|Notification Type|';
/** OPP-115 records a choice under the practice it controls (collection, sharing) as well as
 *  under User Choice/Control: all three count. */
const choice = (value: string): string[] => ['User Choice/Control', 'First Party Collection/Use', 'Third Party Sharing/Collection'].map((c) => `${c}|Choice Type|${value}`);
const yes = (a: { value: string }): boolean => a.value === 'yes';

export const FACT_CHECKS: readonly FactCheck[] = [
  { id: 'collects-contact', question: 'Collects contact details', gold: [`${FIRST}Contact`], ours: (c) => collects(c, 'contact') },
  { id: 'collects-financial', question: 'Collects payment or financial details', gold: [`${FIRST}Financial`], ours: (c) => collects(c, 'payment') },
  { id: 'collects-location', question: 'Collects location', gold: [`${FIRST}Location`], ours: (c) => collects(c, 'precise-location', 'approximate-location') },
  { id: 'collects-device', question: 'Collects IP address or device details', gold: [`${FIRST}IP address and device IDs`, `${FIRST}Computer information`], ours: (c) => collects(c, 'device') },
  { id: 'collects-activity', question: 'Collects online activity', gold: [`${FIRST}User online activities`], ours: (c) => collects(c, 'activity') },
  { id: 'collects-cookies', question: 'Uses cookies or trackers', gold: [`${FIRST}Cookies and tracking elements`], ours: (c) => collects(c, 'cookies') },
  { id: 'collects-demographics', question: 'Collects demographics', gold: [`${FIRST}Demographic`], ours: (c) => collects(c, 'demographics') },
  { id: 'collects-social', question: 'Collects social-media data', gold: [`${FIRST}Social media data`], ours: (c) => collects(c, 'social-media') },
  { id: 'shares-affiliates', question: 'Shares with affiliates', gold: ['Third Party Sharing/Collection|Third Party Entity|Other part of company/affiliate'], ours: (c) => yes(c.share.affiliates) },
  { id: 'shares-public', question: 'Makes data public', gold: ['Third Party Sharing/Collection|Third Party Entity|Public'], ours: (c) => yes(c.share.public) },
  { id: 'retention-stated', question: 'Says how long it keeps data', gold: [`${RETENTION}Stated Period`, `${RETENTION}Limited`, `${RETENTION}Indefinitely`], ours: (c) => c.retention.periods.value === 'stated' || yes(c.retention.indefinite) || yes(c.retention['as-needed']) },
  { id: 'retention-period', question: 'Names a retention period', gold: [`${RETENTION}Stated Period`], ours: (c) => c.retention.periods.value === 'stated' },
  { id: 'security-any', question: 'Describes security measures', gold: [`${SECURITY}Generic`, `${SECURITY}Secure data transfer`, `${SECURITY}Secure data storage`, `${SECURITY}Data access limitation`, `${SECURITY}Privacy/Security program`, `${SECURITY}Secure user authentication`, `${SECURITY}Privacy training`, `${SECURITY}Privacy review/audit`], ours: (c) => c.security.measures.value !== 'not-stated' },
  { id: 'security-encryption', question: 'Encrypts data in transit', gold: [`${SECURITY}Secure data transfer`], ours: (c) => c.security.measures.details.some((d) => d.text === 'encryption') },
  { id: 'access-edit', question: 'You can correct your data', gold: [`${ACCESS}Edit information`], ours: (c) => yes(c.rights.correct) },
  { id: 'access-view', question: 'You can see your data', gold: [`${ACCESS}View`], ours: (c) => yes(c.rights.access) },
  { id: 'access-delete', question: 'You can delete data or the account', gold: [`${ACCESS}Delete account (full)`, `${ACCESS}Delete account (partial)`, `${ACCESS}Deactivate account`], ours: (c) => yes(c.rights.delete) },
  { id: 'choice-opt-out', question: 'You can opt out', gold: [...choice('Opt-out link'), ...choice('Opt-out via contacting company')], ours: (c) => (['marketing-opt-out', 'ads-opt-out', 'sale-opt-out', 'cpni', 'do-not-call', 'directory-listing'] as const).some((k) => yes(c.choices[k])) },
  { id: 'choice-browser', question: 'You can refuse cookies or location in settings', gold: choice('Browser/device privacy controls'), ours: (c) => yes(c.choices['cookie-controls']) || yes(c.choices['location-controls']) },
  { id: 'change-announced', question: 'Says how changes are announced', gold: [`${CHANGE}General notice in privacy policy`, `${CHANGE}General notice on website`, `${CHANGE}Personal notice`, `${CHANGE}No notification`], ours: (c) => c.changes.changes.value !== 'not-stated' },
  { id: 'change-personal-notice', question: 'Tells you personally about changes', gold: [`${CHANGE}Personal notice`], ours: (c) => c.changes.changes.value === 'notice' },
  { id: 'audience-children', question: 'Says something about children', gold: [`${AUDIENCE}Children`], ours: (c) => c.children.children.value !== 'not-stated' },
  { id: 'audience-california', question: 'Has terms for California', gold: [`${AUDIENCE}Californians`], ours: (c) => c.rights.regions.details.some((d) => d.text === 'California') },
  { id: 'audience-europe', question: 'Has terms for the EU', gold: [`${AUDIENCE}Europeans`], ours: (c) => c.rights.regions.details.some((d) => d.text.startsWith('the EU')) },
  { id: 'audience-abroad', question: 'Says data may go abroad', gold: [`${AUDIENCE}Citizens from other countries`], ours: (c) => c.transfers.transfers.value === 'abroad' },
  { id: 'dnt-mentioned', question: 'Says whether it honours Do Not Track', gold: ['Do Not Track|Do Not Track policy|Honored', 'Do Not Track|Do Not Track policy|Not honored', 'Do Not Track|Do Not Track policy|Mentioned, but unclear if honored'], ours: (c) => c.signals.dnt.value !== 'not-stated' },
  { id: 'dnt-not-honoured', question: 'Does not honour Do Not Track', gold: ['Do Not Track|Do Not Track policy|Not honored'], ours: (c) => c.signals.dnt.value === 'not-honoured' },
];
