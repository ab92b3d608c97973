// How they protect it: specific measures (encryption, access limits, audits …), only general
// words ("reasonable measures"), or nothing; whether they tell you of a breach; and the caveats
// (no guarantee, liability disclaimed, data sent without a secure connection).
import {
  BREACH_NOTIFICATION, LIABILITY_DISCLAIMER, MEASURES_NEEDING_CONTEXT, NO_GUARANTEE, SECURITY_CONTEXT, SECURITY_MEASURE_RULES, UNSECURED_TRANSMISSION,
} from '../../rules/facts/security.ts';
import {
  ACCOUNT_PASSWORD, ADS_CONTEXT, AS_A_PURPOSE, BREACH_FAR, BREACH_TO_PERSON, CBPR, CONFIDENTIALITY_AGREEMENT, COUNTRIES_TAKE_PART, ENCRYPTED_FORM, EXTRA_MEASURE_RULES, NEED_TO_KNOW, OWN_STAFF, PROVIDER_MEASURE, PURPOSE_FRAME, SHARING_WITH, VENDORS,
} from '../../rules/claims/security.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import type { Reading } from '../clause/read.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { listJoin } from './words.ts';
import type { Answer, Claims, SecurityValue, YesOnly } from './types.ts';

const MEASURES = [...SECURITY_MEASURE_RULES, ...EXTRA_MEASURE_RULES];
/** Only general words: they count as 'general', never as 'specific'. */
const GENERAL_KINDS: ReadonlySet<string> = new Set(['safeguards', 'secure-storage', 'commitment']);
/** Measures read only in a sentence about protecting data: common words, and hashing (an email
 *  "hashed" for an ad platform protects nothing). */
const NEEDS_CONTEXT: ReadonlySet<string> = new Set([...MEASURES_NEEDING_CONTEXT, 'pseudonymisation', 'commitment']);
/** Hashing for ad matching or sharing is not a safeguard. */
const SHARING_OR_ADS = /\b(?:ads?|advert\w*|marketing|shar(?:e|ed|es|ing)|disclos\w+|partners?)\b/i;
/** Hashing near an encryption word: identifiers turned into codes to match people, … */
const HASH_NEAR = /\bhash\w*|\bone-way\b|\birreversibl\w*/i;
/** … for ads or to hand to others ("hashed forms of your email address … to serve you ads", "a
 *  list of email addresses … uploaded … lookalike audience"): no safeguard. */
const AD_MATCHING = /\b(?:ads?|advert\w*|marketing|audiences?|shar(?:e|ed|es|ing)|disclos\w+|partners?|clients?|uploaded|third[- ]part(?:y|ies))\b/i;
/** Safeguards for sending data abroad (standard contractual clauses, adequacy, "information
 *  regarding the relevant safeguard"), … */
const TRANSFER_TERMS = /\b(?:information|copy|copies|details)\s+(?:regarding|about|of|on)\s+(?:the\s+|these\s+|such\s+)?(?:relevant\s+|appropriate\s+)?safeguards?\b|\btransfer\w*|\badequacy\b|\bstandard contractual clauses\b|\bcountr(?:y|ies)\b|\boutside (?:of )?(?:the )?(?:EEA|EU|European|UK)\b/i;
/** … unless the sentence is also about keeping data safe. */
const SECURITY_TERMS = /\bunauthori[sz]ed\b|\bencrypt\w*|\bbreach\w*|\bloss\b|\btheft\b|\bsecurity\b|\bsecure\b/i;
/** A card-industry standard the provider says it meets ("Acme complies with PCI DSS"), not one
 *  described ("PCI requirements help ensure …") nor met by its processors (read by the actor). */
const PCI_COMPLIANCE = /\b(?:compl(?:y|ies|iant|iance)|certified|adhere\w*|meets?|follows?|validated)\b/i;
/** Cameras and access to offices: physical security of premises, not of your data. */
const PREMISES = /\b(?:premises|CCTV|cameras?|offices|buildings?)\b/i;
/** What the customer's own people may do ("owners, administrators and users may be able to
 *  restrict access to personal data"): a feature they use, not the provider's safeguard. */
const OTHERS_ABLE = /\b(?:owners|administrators|admins|users|customers?|representatives|you)\b[^.;]{0,80}?\b(?:may|can|will|might)(?: also)? be able to\b[^.;]{0,60}$/i;
const CAVEATS: readonly FactRule[] = [NO_GUARANTEE, LIABILITY_DISCLAIMER, UNSECURED_TRANSMISSION];

/** The provider's own measure: not its processors' ("these payment processors adhere to PCI
 *  DSS"), nor advice to the person ("you should use a strong password"); a user's data being
 *  encrypted ("user information is encrypted") is the provider's doing. Offering two-factor
 *  sign-in to people is a measure whoever turns it on. */
function byProvider(r: Reading, text: string, at: number, kind: string): boolean {
  if (r.actor === 'others' || OTHERS_ABLE.test(text.slice(Math.max(0, at - 200), at))) return false;
  if (r.actor !== 'you' || kind === 'two-factor') return true;
  const before = text.slice(0, at);
  return !/\byou\b/i.test(before.slice(Math.max(0, before.length - 80)));
}

export function readSecurity(ctx: ReadContext): Claims['security'] {
  const specific = new AnswerBuilder<SecurityValue>('specific');
  const general = new AnswerBuilder<SecurityValue>('general');
  const breach = new AnswerBuilder<YesOnly>('yes');
  const caveats = new Map<FactRule, AnswerBuilder<YesOnly>>(CAVEATS.map((c) => [c, new AnswerBuilder<YesOnly>('yes')]));
  ctx.texts.forEach((text, i) => {
    const about = ctx.hasLabel(i, 'Data Security') || ctx.test(SECURITY_CONTEXT.pattern, i);
    for (const rule of ctx.firing(MEASURES, i)) {
      if (!about && NEEDS_CONTEXT.has(rule.kind)) continue;
      if (rule.kind === 'pseudonymisation' && (!SECURITY_CONTEXT.pattern.test(text) || SHARING_OR_ADS.test(text))) continue;
      if (rule.kind === 'pci' && !PCI_COMPLIANCE.test(text)) continue;
      if ((rule.kind === 'encryption' || rule.kind === 'pseudonymisation') && HASH_NEAR.test(text) && AD_MATCHING.test(text)) continue;
      if (rule.kind === 'encryption' && ENCRYPTED_FORM.test(text) && (ADS_CONTEXT.test(text) || ADS_CONTEXT.test(ctx.heading(i)))) continue;
      if (rule.kind === 'safeguards' && (TRANSFER_TERMS.test(text) || SHARING_WITH.test(text)) && !SECURITY_TERMS.test(text)) continue;
      if (GENERAL_KINDS.has(rule.kind) && PURPOSE_FRAME.test(text) && !PROVIDER_MEASURE.test(text)) continue;
      if ((rule.kind === 'access-controls' || rule.kind === 'monitoring') && PREMISES.test(text)) continue;
      if (rule.kind === 'access-controls' && ACCOUNT_PASSWORD.test(text) && !/\baccess\b/i.test(ctx.matches(rule.pattern, i)[0]?.[0] ?? '')) continue;
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      if (rule.kind === 'staff-training' && CONFIDENTIALITY_AGREEMENT.test(m[0]) && VENDORS.test(text)) continue;
      if (rule.kind === 'certification' && CBPR.test(m[0]) && COUNTRIES_TAKE_PART.test(text)) continue;
      if (rule.kind === 'access-controls' && NEED_TO_KNOW.test(m[0]) && SHARING_WITH.test(text) && !OWN_STAFF.test(text)) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (r.negated || r.conditional || !byProvider(r, text, m.index, rule.kind)) continue;
      if ((rule.kind === 'monitoring' || rule.kind === 'secure-storage') && AS_A_PURPOSE.test(text.slice(Math.max(0, m.index - 160), m.index))) continue;
      if (GENERAL_KINDS.has(rule.kind)) general.cite(i, rule.id);
      else specific.cite(i, rule.id).detail(rule.name, i);
    }
    if (about && (ctx.test(BREACH_NOTIFICATION.pattern, i) || BREACH_FAR.test(text)) && BREACH_TO_PERSON.test(text)) {
      const m = ctx.matches(BREACH_NOTIFICATION.pattern, i)[0] ?? BREACH_FAR.exec(text);
      const r = m ? ctx.reading(i, m.index, m.index + m[0].length) : null;
      if (r && !r.negated) breach.cite(i, BREACH_NOTIFICATION.id);
    }
    for (const rule of ctx.firing(CAVEATS, i)) caveats.get(rule)?.cite(i, rule.id);
  });
  const caveat = (rule: FactRule): Answer<YesOnly> => { const b = caveats.get(rule); return b ? yesIf(b) : notStated<YesOnly>(); };
  const measures: Answer<SecurityValue> = specific.hasEvidence ? specific.citeAll(general.cited).build() : general.hasEvidence ? general.build() : notStated<SecurityValue>() as Answer<SecurityValue>;
  return {
    measures,
    'breach-notice': yesIf(breach),
    'no-guarantee': caveat(NO_GUARANTEE),
    disclaimer: caveat(LIABILITY_DISCLAIMER),
    unsecured: caveat(UNSECURED_TRANSMISSION),
  };
}

export const securityQuestion: QuestionModule<'security'> = {
  id: 'security',
  heading: 'How they protect it',
  read: readSecurity,
  lines: (claim) => {
    const lines = [];
    const m = claim.measures;
    if (m.value === 'specific') lines.push({ id: 'security.specific', question: 'security' as const, text: `Protects data with ${listJoin(m.details.slice(0, 4).map((d) => d.text))}.`, flag: 'good' as const, evidence: m.evidence });
    else if (m.value === 'general') lines.push({ id: 'security.general', question: 'security' as const, text: 'Says it protects your data, without naming how.', evidence: m.evidence });
    else lines.push({ id: 'security.not-stated', question: 'security' as const, text: "The policy doesn't say how it protects your data.", evidence: [] });
    if (claim['breach-notice'].value === 'yes') lines.push({ id: 'security.breach-notice', question: 'security' as const, text: 'Says it will tell you about a data breach.', flag: 'good' as const, evidence: claim['breach-notice'].evidence });
    if (claim.unsecured.value === 'yes') lines.push({ id: 'security.unsecured', question: 'security' as const, text: 'Some data you send travels without a secure connection.', flag: 'bad' as const, evidence: claim.unsecured.evidence });
    if (claim.disclaimer.value === 'yes') lines.push({ id: 'security.disclaimer', question: 'security' as const, text: "Says it isn't responsible if others break in and take your data.", flag: 'caution' as const, evidence: claim.disclaimer.evidence });
    return lines;
  },
  items: {
    measures: {
      specific: { says: 'names how it protects your data', rank: 2 },
      general: { says: 'says it protects your data without naming how', rank: 1 },
      'not-stated': { says: "doesn't say how it protects your data", rank: 0 },
    },
    'breach-notice': { yes: { says: 'will tell you about a data breach', rank: 1 }, 'not-stated': { says: "doesn't say it will tell you about a breach", rank: 0 } },
  },
};
