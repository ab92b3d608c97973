// The rating rules, in the order their reasons are shown (good news and bad news by topic).
// Learnt from ToS;DR (points per case, good/bad/neutral, a grade from the balance, blockers) and
// PrivacySpy (a fixed set of scored questions); the questions here are the summary's. Points are
// set so that the five seeds spread from B to D, and so that the things people most ask about —
// selling, keeping, deleting, being told of changes — weigh most.
import type { Facts } from '../facts/types.ts';
import type { ClassifiedSentence } from '../types.ts';
import { duration } from '../summary/words.ts';
import type { RatingRule } from './types.ts';

const ALL_NOTICE = ['notice-direct', 'notice-on-site', 'material-notice', 'material-consent'] as const;

/** Sentences with a label, as the place a missing answer would have been. */
function labelled(sentences: readonly ClassifiedSentence[], label: ClassifiedSentence['labels'][number]['label'], max = 3): number[] {
  return sentences.filter((s) => s.labels.some((l) => l.label === label)).slice(0, max).map((s) => s.index);
}

const changeEvidence = (facts: Facts, ...kinds: string[]): number[] =>
  facts.changes.statements.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.evidence);

const right = (facts: Facts, kind: string) => facts.rights.rights.find((r) => r.kind === kind && r.how.length > 0);

export const RATING_RULES: readonly RatingRule[] = [
  // Selling
  {
    id: 'sell.says-no', flag: 'good', points: 12, kind: 'finding',
    text: 'Says it does not sell your personal data.',
    when: (f) => (f.sale.stance === 'no' && !f.sale.qualified ? f.sale.evidence : null),
  },
  {
    id: 'sell.says-no-with-exceptions', flag: 'good', points: 8, kind: 'finding',
    text: 'Says it does not sell your personal data, with exceptions.',
    when: (f) => (f.sale.stance === 'no' && f.sale.qualified ? f.sale.evidence : null),
  },
  {
    id: 'sell.says-yes', flag: 'bad', points: -25, kind: 'finding', caps: 'D',
    text: 'Says it may sell your personal data.',
    when: (f) => (f.sale.stance === 'yes' ? f.sale.evidence : null),
  },
  {
    id: 'sell.silent', flag: 'caution', points: -8, kind: 'absence',
    text: "Doesn't say whether it sells your data, though it describes sharing it.",
    when: (f) => (f.sale.stance === 'silent' ? f.recipients.parties.flatMap((p) => p.evidence).sort((a, b) => a - b).slice(0, 3) : null),
  },
  // Keeping
  {
    id: 'retention.period', flag: 'good', points: 10, kind: 'finding',
    text: 'States how long it keeps data',
    detail: (f) => f.retention.periods.map((p) => `${p.appliesTo ?? 'your data'}: ${duration(p)}`).join('; '),
    when: (f) => (f.retention.periods.length > 0 ? f.retention.periods.flatMap((p) => p.evidence) : null),
  },
  {
    id: 'retention.indefinite', flag: 'bad', points: -10, kind: 'finding',
    text: 'May keep your data indefinitely.',
    when: (f) => f.retention.policies.find((p) => p.kind === 'indefinite')?.evidence ?? null,
  },
  {
    id: 'retention.no-fixed-period', flag: 'caution', points: -3, kind: 'finding',
    text: 'Keeps data as long as it needs it, with no fixed period.',
    when: (f) => (f.retention.periods.length === 0 && f.retention.policies.some((p) => p.kind !== 'indefinite') ? f.retention.policies.flatMap((p) => p.evidence) : null),
  },
  {
    id: 'retention.silent', flag: 'bad', points: -10, kind: 'absence',
    text: "Doesn't say how long it keeps your data.",
    when: (f, s) => (f.retention.stated ? null : labelled(s, 'Data Retention')),
  },
  // Your rights
  {
    id: 'rights.delete-with-way', flag: 'good', points: 10, kind: 'finding',
    text: 'Lets you delete your data, and says how to ask.',
    when: (f) => right(f, 'delete')?.evidence ?? null,
  },
  {
    id: 'rights.access-with-way', flag: 'good', points: 5, kind: 'finding',
    text: 'Lets you see your data, and says how to ask.',
    when: (f) => right(f, 'access')?.evidence ?? null,
  },
  {
    id: 'rights.none', flag: 'bad', points: -10, kind: 'absence',
    text: "Doesn't say you can see or delete your data.",
    when: (f, s) => (f.rights.rights.some((r) => r.kind === 'access' || r.kind === 'delete') ? null : labelled(s, 'User Access, Edit and Deletion')),
  },
  {
    id: 'choices.marketing-opt-out', flag: 'good', points: 3, kind: 'finding',
    text: 'Says how to opt out of marketing.',
    when: (f) => {
      const found = f.choices.filter((c) => (c.kind === 'marketing-opt-out' || c.kind === 'unsubscribe') && c.how.length > 0);
      return found.length > 0 ? found.flatMap((c) => c.evidence) : null;
    },
  },
  {
    id: 'dnt.honoured', flag: 'good', points: 3, kind: 'finding',
    text: "Honours your browser's Do Not Track signal.",
    when: (f) => (f.doNotTrack.stance === 'honoured' ? f.doNotTrack.evidence : null),
  },
  {
    id: 'dnt.not-honoured', flag: 'caution', points: -2, kind: 'finding',
    text: "Ignores your browser's Do Not Track signal.",
    when: (f) => (f.doNotTrack.stance === 'not-honoured' ? f.doNotTrack.evidence : null),
  },
  // Sharing and collection
  {
    id: 'share.advertisers', flag: 'bad', points: -10, kind: 'finding',
    text: 'Shares or may share your data with advertisers.',
    when: (f) => f.recipients.parties.find((p) => p.kind === 'advertisers' && !p.deidentifiedOnly)?.evidence ?? null,
  },
  {
    id: 'share.vendor-limits', flag: 'good', points: 3, kind: 'finding',
    text: 'Binds its vendors to confidentiality.',
    when: (f) => f.recipients.vendorLimits?.evidence ?? null,
  },
  {
    id: 'collect.government-id', flag: 'caution', points: -3, kind: 'finding',
    text: 'Collects government ID numbers.',
    when: (f) => f.collected.find((c) => c.kind === 'government-id')?.evidence ?? null,
  },
  {
    id: 'collect.from-others', flag: 'caution', points: -2, kind: 'finding',
    text: 'Gets data about you from other companies.',
    when: (f) => f.collected.find((c) => c.kind === 'from-others')?.evidence ?? null,
  },
  // Security
  {
    id: 'security.encryption', flag: 'good', points: 5, kind: 'finding',
    text: 'Encrypts data.',
    when: (f) => f.security.measures.find((m) => m.kind === 'encryption')?.evidence ?? null,
  },
  {
    id: 'security.breach-notice', flag: 'good', points: 5, kind: 'finding',
    text: 'Says it will tell you about data breaches.',
    when: (f) => f.security.breachNotification?.evidence ?? null,
  },
  {
    id: 'security.unsecured', flag: 'bad', points: -5, kind: 'finding',
    text: 'Some data you send travels without a secure connection.',
    when: (f) => f.security.unsecuredTransmission?.evidence ?? null,
  },
  {
    id: 'security.disclaimer', flag: 'caution', points: -3, kind: 'finding',
    text: "Says it isn't responsible if others break in and take your data.",
    when: (f) => f.security.liabilityDisclaimer?.evidence ?? null,
  },
  // Changes
  {
    id: 'changes.direct-notice', flag: 'good', points: 8, kind: 'finding',
    text: 'Tells you directly about changes to the policy.',
    when: (f) => { const e = changeEvidence(f, 'notice-direct', 'material-consent'); return e.length > 0 ? e : null; },
  },
  {
    id: 'changes.no-notice', flag: 'bad', points: -10, kind: 'finding',
    text: 'Can change the policy at any time without telling you.',
    when: (f) => {
      const kinds = new Set(f.changes.statements.map((s) => s.kind));
      const silentChange = kinds.has('without-notice') || (kinds.has('any-time') && !ALL_NOTICE.some((k) => kinds.has(k)));
      return silentChange ? changeEvidence(f, 'without-notice', 'any-time', 'posting-only') : null;
    },
  },
  {
    id: 'changes.continued-use', flag: 'caution', points: -3, kind: 'finding',
    text: 'Using the service after a change counts as accepting it.',
    when: (f) => { const e = changeEvidence(f, 'continued-use'); return e.length > 0 ? e : null; },
  },
  // Audiences
  {
    id: 'children.protected', flag: 'good', points: 3, kind: 'finding',
    text: 'Keeps children out or protects their data.',
    when: (f) => {
      const e = f.children.statements.filter((s) => ['adults-only', 'not-directed', 'no-knowing-collection', 'deletes'].includes(s.kind)).flatMap((s) => s.evidence);
      return e.length > 0 ? e : null;
    },
  },
  {
    id: 'audiences.waives-home-law', flag: 'bad', points: -5, kind: 'finding',
    text: "Using the site waives claims under your own country's laws.",
    when: (f) => f.regions.find((r) => r.kind === 'waives-home-law')?.evidence ?? null,
  },
  // Contact
  {
    id: 'contact.given', flag: 'good', points: 5, kind: 'finding',
    text: 'Gives a way to contact it about privacy',
    detail: (f) => [...f.contact.emails, ...f.contact.phones.filter((p) => p.plausible)].map((c) => c.value).slice(0, 2).join(', '),
    when: (f) => {
      // The first sentence of each address, so the email, phone and letter are all cited.
      const items = [...f.contact.emails, ...f.contact.phones.filter((p) => p.plausible), ...f.contact.postal];
      return items.length > 0 ? items.flatMap((c) => c.evidence.slice(0, 1)) : null;
    },
  },
  {
    id: 'contact.none', flag: 'bad', points: -10, kind: 'absence',
    text: 'Gives no email, phone number or address for privacy questions.',
    when: (f, s) => (f.contact.emails.length + f.contact.phones.filter((p) => p.plausible).length + f.contact.postal.length === 0 ? labelled(s, 'Privacy contact information') : null),
  },
];
