// Security as modern policies word it, beside ../facts/security.ts: audits, certifications,
// two-factor authentication, pseudonymisation; and a breach notice that reaches the person.
import type { KindRule } from '../facts/types.ts';

export const EXTRA_MEASURE_RULES: readonly KindRule<string>[] = [
  {
    id: 'security.certification',
    kind: 'certification',
    name: 'independent audits or certifications',
    pattern: /\bISO(?:\/IEC)? ?27001\b|\bSOC ?[12]\b|\bSOC (?:1|2|3) Type\b|\b(?:independent|third[- ]party|external) (?:security )?(?:audits?|assessments?|penetration tests?|certifications?)\b|\bpenetration test\w*\b|\bbug bounty\b/i,
    gloss: 'Security checked by independent audits or certifications',
    examples: { match: ['Our systems are ISO 27001 certified.', 'We run regular penetration tests.'], noMatch: ['We take security seriously.'] },
  },
  {
    id: 'security.two-factor',
    kind: 'two-factor',
    name: 'two-factor sign-in',
    pattern: /\btwo[- ](?:factor|step) (?:authentication|verification|sign-?in)\b|\b2FA\b|\bmulti[- ]factor authentication\b|\bMFA\b/i,
    gloss: 'Offers two-factor sign-in',
    examples: { match: ['Turn on two-factor authentication.'], noMatch: ['Use a strong password.'] },
  },
  {
    id: 'security.pseudonymisation',
    kind: 'pseudonymisation',
    name: 'pseudonymisation',
    pattern: /\bpseudonymi[sz]\w+\b|\bhash(?:ed|ing)\b/i,
    gloss: 'Replaces names with codes or hashes',
    examples: { match: ['We pseudonymise the data before analysis.'], noMatch: ['hashtag'] },
  },
];

/** Notifying the person (not only a regulator) of a breach. */
export const BREACH_TO_PERSON = /\b(?:notify|inform|tell|alert|contact)\w*\s+(?:you|affected (?:users|individuals|customers|people|persons)|users|customers|individuals|data subjects|the (?:affected )?(?:user|individual|person|data subject)s?)\b|\b(?:you|users|individuals) (?:will|shall) be (?:notified|informed)\b|\bnotif\w+ (?:to )?(?:you|affected)\b/i;
