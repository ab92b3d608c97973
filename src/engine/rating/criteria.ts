// How each criterion of the grading scheme (src/rules/grade/scheme.ts) reads the claims: a score
// from 0 to 1 (or unknown, or not applicable), the sentences it rests on, and the one line a
// person reads as the reason.
import {
  ADS_SCORES, CONTACT_SCORES, DELETION_SCORES, MINIMISATION_SHARES, RECIPIENT_SCORES, RETENTION_SCORES, SENSITIVE_SCORES, SIGNAL_SCORES,
  SALE_DENIED_WITH_EXCEPTIONS, VALUE_SCORES, type Scored,
} from '../../rules/grade/scheme.ts';
import { evidenceOf } from '../questions/answer.ts';
import { longestPeriod } from '../questions/retention.ts';
import type { Answer, Claims } from '../questions/types.ts';

export interface Reading {
  score: Scored;
  /** Sentences the reading rests on, deciding first. */
  evidence: number[];
  /** One plain line: what the policy does, for this criterion. */
  text: string;
  /** The share of the criterion's weight this reading carries (all of it unless said). */
  weightShare?: number;
}

const yes = (a: Answer): boolean => a.value === 'yes';

function valueReading(table: string, answer: Answer, texts: Readonly<Record<string, string>>): Reading {
  return { score: VALUE_SCORES[table]?.[answer.value] ?? 'unknown', evidence: answer.evidence, text: texts[answer.value] ?? '' };
}

/** Does the policy promise to keep almost nothing, so that deleting, a breach notice or a notice
 *  of changes cannot apply? */
function keepsNothing(c: Claims): boolean {
  return yes(c.minimise['no-account']) && (yes(c.minimise['no-logs']) || yes(c.minimise.e2e));
}

export const CRITERION_READERS: Readonly<Record<string, (c: Claims) => Reading>> = {
  sale: (c) => {
    const sell = c.sell.sell;
    // "We do not sell your data, except as provided below" is a promise with a way around it.
    if (sell.value === 'no' && sell.details.some((d) => d.text === 'with exceptions')) return { score: SALE_DENIED_WITH_EXCEPTIONS, evidence: sell.evidence, text: 'Says it does not sell your data, with exceptions.' };
    return valueReading('sale', sell, {
      no: 'Says it does not sell your data.',
      conditional: 'Says it does not sell your data, but some sharing may count as a sale under some laws.',
      yes: 'Says it may sell your data.',
      'not-stated': "Doesn't say whether it sells your data.",
    });
  },
  ads: (c) => {
    const a = c.ads.ads;
    if (a.value === 'no') return { score: ADS_SCORES.no, evidence: a.evidence, text: 'Says it does not use your data for ads.' };
    if (a.value === 'not-stated') return { score: 'unknown', evidence: [], text: "Doesn't say whether it uses your data for ads." };
    const optOut = yes(c.choices['ads-opt-out']);
    return { score: optOut ? ADS_SCORES.yesWithOptOut : ADS_SCORES.yes, evidence: evidenceOf(a, c.choices['ads-opt-out']), text: optOut ? 'Uses your data for targeted ads (you can turn them off).' : 'Uses your data for targeted ads.' };
  },
  tracking: (c) => valueReading('tracking', c.tracking.tracking, {
    no: 'Says no other company tracks you on its service.',
    yes: 'Lets other companies track you on its service.',
    'not-stated': "Doesn't say whether others track you.",
  }),
  recipients: (c) => {
    const s = c.share;
    if (yes(s['data-brokers'])) return { score: RECIPIENT_SCORES.dataBrokers, evidence: s['data-brokers'].evidence, text: 'Gives your data to data brokers.' };
    if (yes(s.advertisers)) return { score: RECIPIENT_SCORES.advertisers, evidence: s.advertisers.evidence, text: 'Gives your data to advertisers.' };
    if (yes(s['other-third-parties'])) return { score: RECIPIENT_SCORES.otherThirdParties, evidence: s['other-third-parties'].evidence, text: 'Gives your data to other companies.' };
    if (s.advertisers.value === 'no' && s['other-third-parties'].value === 'no') return { score: RECIPIENT_SCORES.refusesOthers, evidence: evidenceOf(s.advertisers, s['other-third-parties']), text: 'Says it gives your data to no advertiser or other company.' };
    const usual = (['service-providers', 'affiliates', 'authorities', 'business-transfer', 'public', 'analytics'] as const).filter((k) => yes(s[k]));
    if (usual.length > 0) return { score: RECIPIENT_SCORES.usual, evidence: evidenceOf(...usual.map((k) => s[k])), text: 'Shares your data only with the usual parties (vendors, its group, the authorities).' };
    return { score: 'unknown', evidence: [], text: "Doesn't say who gets your data." };
  },
  retention: (c) => {
    const r = c.retention;
    const stated = r.periods.value === 'stated';
    const days = stated ? longestPeriod(r.periods) : Infinity;
    const byPeriod = RETENTION_SCORES.byLongest.find(([max]) => days <= max)?.[1] ?? 0.6;
    if (yes(r.indefinite)) {
      // Periods for some data beside "indefinitely" for other data: not everything is kept forever.
      if (stated) return { score: (byPeriod + RETENTION_SCORES.indefinite) / 2, evidence: evidenceOf(r.indefinite, r.periods), text: 'States how long it keeps some data, but may keep some indefinitely.' };
      return { score: RETENTION_SCORES.indefinite, evidence: r.indefinite.evidence, text: 'May keep some of your data indefinitely.' };
    }
    if (stated) {
      // Periods for some data beside "as long as needed" for the rest: the rest has no limit.
      if (yes(r['as-needed'])) return { score: (byPeriod + RETENTION_SCORES.asNeededOnly) / 2, evidence: evidenceOf(r.periods, r['as-needed']), text: 'States how long it keeps some data; the rest as long as it needs it.' };
      return { score: byPeriod, evidence: r.periods.evidence, text: 'States how long it keeps your data.' };
    }
    if (yes(r['as-needed'])) return { score: RETENTION_SCORES.asNeededOnly, evidence: r['as-needed'].evidence, text: 'Keeps your data as long as it needs it, with no fixed period.' };
    if (yes(c.minimise['no-logs'])) return { score: 'na', evidence: [], text: '' };
    return { score: 'unknown', evidence: [], text: "Doesn't say how long it keeps your data." };
  },
  sensitive: (c) => {
    const precise = c.collect['precise-location'];
    const sensitive = c.collect.sensitive;
    const taken = [precise, sensitive].filter(yes);
    if (taken.length === 2) return { score: SENSITIVE_SCORES.both, evidence: evidenceOf(precise, sensitive), text: 'Collects your precise location and sensitive data.' };
    if (taken.length === 1) return { score: SENSITIVE_SCORES.one, evidence: taken[0]?.evidence ?? [], text: yes(precise) ? 'Collects your precise location.' : 'Collects sensitive data (such as health or biometrics).' };
    if (precise.value === 'no' && sensitive.value === 'no') return { score: SENSITIVE_SCORES.deniesAll, evidence: evidenceOf(precise, sensitive), text: 'Says it does not collect precise location or sensitive data.' };
    return { score: 'na', evidence: [], text: '' };
  },
  minimisation: (c) => {
    const promised = (['no-logs', 'e2e', 'no-account'] as const).filter((k) => yes(c.minimise[k]));
    if (promised.length === 0) return { score: 'na', evidence: [], text: '' };
    const names = { 'no-logs': 'no logs of your activity', e2e: 'end-to-end encryption', 'no-account': 'no account needed' };
    // Each promise earns full marks on its share of the weight: a promise only ever raises the score.
    return { score: 1, weightShare: MINIMISATION_SHARES[promised.length - 1] ?? 1, evidence: evidenceOf(...promised.map((k) => c.minimise[k])), text: `Promises to collect little: ${promised.map((k) => names[k]).join(', ')}.` };
  },
  deletion: (c) => {
    const d = c.rights.delete;
    if (d.value === 'yes') return { score: c.rights.how.value === 'stated' ? DELETION_SCORES.withWay : DELETION_SCORES.withoutWay, evidence: evidenceOf(d, c.rights.how), text: c.rights.how.value === 'stated' ? 'Lets you delete your data, and says how.' : "Lets you delete your data (it doesn't say how)." };
    if (d.value === 'no') return { score: DELETION_SCORES.no, evidence: d.evidence, text: 'Says you cannot delete your data.' };
    if (keepsNothing(c)) return { score: 'na', evidence: [], text: '' };
    return { score: 'unknown', evidence: [], text: "Doesn't say you can delete your data." };
  },
  access: (c) => {
    const a = [c.rights.access, c.rights.portability].filter(yes);
    if (a.length > 0) return { score: 1, evidence: evidenceOf(...a), text: 'Lets you see or take a copy of your data.' };
    if (keepsNothing(c)) return { score: 'na', evidence: [], text: '' };
    return { score: 'unknown', evidence: [], text: "Doesn't say you can see your data." };
  },
  'opt-outs': (c) => {
    // Each practice the policy admits, with the choice that would turn it off.
    const relevant: { offered: Answer; name: string; practice?: Answer }[] = [{ offered: c.choices['marketing-opt-out'], name: 'marketing' }];
    if (yes(c.ads.ads)) relevant.push({ offered: c.choices['ads-opt-out'], name: 'personalised ads', practice: c.ads.ads });
    if (c.sell.sell.value === 'yes' || c.sell.sell.value === 'conditional') relevant.push({ offered: c.choices['sale-opt-out'], name: 'sale or sharing', practice: c.sell.sell });
    if (yes(c.tracking.tracking)) relevant.push({ offered: c.choices['cookie-controls'], name: 'cookies', practice: c.tracking.tracking });
    const offered = relevant.filter((r) => yes(r.offered));
    // With no ads, no sale and no tracking there is nothing to opt out of but marketing mail,
    // whose unsubscribe link the law requires anyway (CAN-SPAM, ePrivacy): not graded.
    if (relevant.length === 1) return { score: 'na', evidence: [], text: '' };
    return {
      score: offered.length / relevant.length,
      // What it offers, or else the practices it offers no way out of.
      evidence: offered.length > 0 ? evidenceOf(...offered.map((r) => r.offered)) : evidenceOf(...relevant.flatMap((r) => (r.practice ? [r.practice] : []))),
      text: offered.length === relevant.length ? `Lets you opt out of ${offered.map((r) => r.name).join(', ')}.` : `Lets you opt out of ${offered.length} of ${relevant.length} things it does with your data (${relevant.filter((r) => !yes(r.offered)).map((r) => r.name).join(', ')}: no way given).`,
    };
  },
  signals: (c) => {
    const honoured = [c.signals.gpc, c.signals.dnt].filter((a) => a.value === 'honoured');
    if (honoured.length > 0) return { score: SIGNAL_SCORES.honoured, evidence: evidenceOf(...honoured), text: "Honours your browser's privacy signals." };
    const ignored = [c.signals.gpc, c.signals.dnt].filter((a) => a.value === 'not-honoured');
    if (ignored.length > 0) return { score: SIGNAL_SCORES.notHonoured, evidence: evidenceOf(...ignored), text: "Ignores your browser's privacy signals." };
    if (!yes(c.tracking.tracking) && !yes(c.ads.ads)) return { score: 'na', evidence: [], text: '' };
    return { score: 'unknown', evidence: [], text: "Doesn't say whether it honours your browser's privacy signals." };
  },
  changes: (c) => {
    const v = c.changes.changes.value;
    // With no account there is no one to notify: posting the change is all it can do.
    if (keepsNothing(c) && (v === 'posted' || v === 'not-stated')) return { score: 'na', evidence: [], text: '' };
    return valueReading('changes', c.changes.changes, {
      notice: 'Will tell you about changes to the policy.',
      posted: "Only posts changes on its page; it doesn't say it will tell you.",
      'without-notice': 'May change the policy without telling you.',
      'not-stated': "Doesn't say how you will hear of changes.",
    });
  },
  breach: (c) => {
    const notice = c.security['breach-notice'];
    // Keeping almost nothing and knowing no one by name, it has no breach to tell anyone of.
    if (notice.value !== 'yes' && keepsNothing(c)) return { score: 'na', evidence: [], text: '' };
    return valueReading('breach', notice, { yes: 'Will tell you about a data breach.', 'not-stated': "Doesn't say it will tell you about a breach." });
  },
  security: (c) => valueReading('security', c.security.measures, {
    specific: 'Names how it protects your data.',
    general: 'Says it protects your data, without naming how.',
    'not-stated': "Doesn't say how it protects your data.",
  }),
  contact: (c) => {
    const routes = Object.values(c.contact).filter(yes);
    if (routes.length > 0) return { score: CONTACT_SCORES.any, evidence: evidenceOf(...routes), text: 'Gives a way to contact it about privacy.' };
    return { score: CONTACT_SCORES.none, evidence: [], text: 'Gives no way to contact it about privacy.' };
  },
};
