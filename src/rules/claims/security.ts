// Security as modern policies word it, beside ../facts/security.ts: audits, certifications,
// two-factor authentication, pseudonymisation; and a breach notice that reaches the person.
import type { KindRule } from '../facts/types.ts';

export const EXTRA_MEASURE_RULES: readonly KindRule<string>[] = [
  {
    id: 'security.certification',
    kind: 'certification',
    name: 'independent audits or certifications',
    pattern: /\bISO(?:\/IEC)? ?27001\b|\bSOC ?[12]\b|\bSOC (?:1|2|3) Type\b|\b(?:independent|third[- ]party|external) (?:security )?(?:audits?|assessments?|penetration tests?|certifications?)\b|\bpenetration test\w*\b|\bbug bounty\b|\b(?:certif\w+|participat\w+|compl(?:y|ies|iant|iance)|adhere\w*)\b[^.;]{0,80}?\b(?:CBPR|Cross[- ]Border Privacy Rules|Privacy Recognition for Processors)\b/i,
    gloss: 'Security checked by independent audits or certifications',
    examples: { match: ['Our systems are ISO 27001 certified.', 'We run regular penetration tests.', 'Our practices comply with the Global Cross-Border Privacy Rules (CBPR) System.'], noMatch: ['We take security seriously.', 'We may transfer data to member countries of the APEC Cross Border Privacy Rules system.'] },
  },
  {
    id: 'security.two-factor',
    kind: 'two-factor',
    name: 'two-factor sign-in',
    pattern: /\btwo[- ](?:factor|step) (?:authentication|verification|sign-?in)\b|(?<!\b[A-Z]{1,2}\d[A-Z\d]? )\b2FA\b|\bmulti[- ]factor authentication\b|\bMFA\b/i,
    gloss: 'Offers two-factor sign-in',
    examples: { match: ['Turn on two-factor authentication.'], noMatch: ['Use a strong password.', 'Write to Acme UK Limited, 1 Principal Place, London, EC2A 2FA, UK.'] },
  },
  {
    // Access kept to the staff who need it, said without the words "access control".
    id: 'security.staff-limits',
    kind: 'access-controls',
    name: 'access limits',
    pattern: /\blimit\w* (?:the |its |their )?(?:dissemination|disclosure|access|use)\b[^.;]{0,60}?\bto (?:only )?(?:such |those )?(?:designated|authori[sz]ed|specific) (?:staff|employees|personnel|individuals|people)\b|\bonly (?:be )?(?:processed|accessed|handled|viewed) by (?:those )?(?:designated |authori[sz]ed )?(?:staff|employees|personnel|individuals|people)\b(?: who (?:are|have been) (?:authori[sz]ed|permitted)|[^.;]{0,40}?\b(?:job|duties|roles?|need to know)\b)/i,
    gloss: 'Only the staff who need it can see your data',
    examples: {
      match: ['To protect your data, we limit its disclosure to designated staff who need it for their work.', 'To keep it secure, personal data may only be processed by those employees who are authorised to do so.'],
      noMatch: ['We limit the data we collect to what we need.', 'Your request will only be handled by our support team.'],
    },
  },
  {
    id: 'security.staff-competence',
    kind: 'staff-training',
    name: 'staff training',
    pattern: /\b(?:staff|employees|personnel)(?:['’]s?)? (?:[\w-]+ ){0,4}?(?:competence|awareness|skills)\b[^.;]{0,30}?\bthrough (?:regular )?training\b/i,
    gloss: 'Trains staff in protecting data',
    examples: { match: ['We keep our staff’s data protection competence up to date through regular training.'], noMatch: ['Our staff have the skills to answer your questions.'] },
  },
  {
    // Only general words, in a sentence about protecting data: counts as 'general'.
    id: 'security.general-commitment',
    kind: 'commitment',
    name: 'a general commitment to security',
    pattern: /\b(?:improv|ensur|maintain|protect)\w*\s+the (?:safety and )?security of (?:our|your|its|the) (?:systems?|services?|data|information|platform|network)\b|\btakes? (?:the )?(?:protection|security|privacy) of [^.;]{0,40}?\b(?:very )?seriously\b|\b(?:commercially )?(?:reasonable|appropriate|acceptable) (?:means|steps|efforts)\b[^.;]{0,40}?\b(?:protect|secure|safeguard)|\bcommitted to (?:keeping|protecting|safeguarding|securing)\b|\blook after your (?:information|data|personal data)(?: security)?\b/i,
    gloss: 'Says it protects data, without naming how',
    examples: {
      match: [
        "We're always working to improve the safety and security of our systems and processes.", 'While we strive to use commercially acceptable means to protect your personal data, we cannot guarantee its security.',
        'We have dedicated teams to look after your information security and privacy.',
      ],
      noMatch: ['Security updates are installed automatically on your device.'],
    },
  },
  {
    // Replacing names with codes protects data only in a sentence about protecting it (hashed
    // emails sent to ad platforms are not a safeguard): the question checks the context.
    id: 'security.pseudonymisation',
    kind: 'pseudonymisation',
    name: 'pseudonymisation',
    pattern: /\bpseudonymi[sz]\w+\b|\bhash(?:ed|ing)\b/i,
    gloss: 'Replaces names with codes or hashes',
    examples: { match: ['We pseudonymise the data before analysis to protect your privacy.'], noMatch: ['hashtag', 'We share your email address in a hashed format with advertising platforms.'] },
  },
];

/** Notifying the person (not only a regulator) of a breach, also after the regulator ("we will
 *  notify the supervisory authority within 72 hours and affected individuals"), or the parents of
 *  affected students. */
export const BREACH_TO_PERSON = /\b(?:notify|inform(?!ation)|tell|alert|contact)\w*\s+(?:you|those (?:individuals|users|customers|people|persons)|affected (?:users|individuals|customers|people|persons)|users|customers|individuals|data subjects|the (?:affected )?(?:user|individual|person|data subject)s?)\b|\b(?:you|users|individuals) (?:will|shall) be (?:notified|informed)\b|\bnotif\w+ (?:to )?(?:you|affected)\b|\b(?:notify|inform(?!ation)|tell|alert)\w*\b[^.;]{0,80}?\b(?:and|or|and\/or) (?:the )?(?:(?:parents|guardians) of (?:the )?)?affected (?:users|individuals|customers|people|persons|data subjects|students|pupils|children)\b|\b(?:notify|inform(?!ation)|tell|alert)\w*\b[^.;]{0,80}?\b(?:parents|guardians) of (?:the )?affected\b/i;

/** A breach and a notice further apart than the facts pattern reaches ("if information is
 *  compromised as a result of a breach of our security, we will investigate and remediate the
 *  situation and, in accordance with applicable laws, may notify those individuals"). */
export const BREACH_FAR = /\b(?:breach(?:es)?|(?:security|data|privacy) incidents?)\b[^.;]{140,260}?\b(?:notify|inform(?!ation)|tell|alert)\w*/i;

/** Before a measure: it is one purpose in a list of what data is collected or used for ("device
 *  data may be collected for troubleshooting, debugging, security monitoring …"), or the safety of
 *  a community ("a safe and secure environment"): no measure the provider says it takes. */
export const AS_A_PURPOSE = /\b(?:collected|used|processed|collect|use|process)\s+(?:[\w-]+\s+){0,3}?for\s+(?:[\w-]+,?\s+){1,12}?(?:and\s+|or\s+)?$|\bsafe and $/i;

/** A sentence that lists purposes of using data, where security is one of them ("we may process
 *  your data as necessary to: … - safeguard our Services", "To ensure the security and integrity
 *  of our Service: for example, to detect fraud"): general words there are a purpose, not a
 *  safeguard the provider says it has … */
export const PURPOSE_FRAME = /^\W*to\s+(?:ensure|protect|maintain|improve|safeguard|keep|secure)\b[^.;:]{0,80}:|\b(?:use|process|collect|share|disclose)\w*\s+(?:[\w-]+\s+){0,4}?(?:to|for)(?: the following(?: purposes)?)?\s*:/i;
/** … unless the provider also says it has or takes them ("we use appropriate safeguards"). */
export const PROVIDER_MEASURE = /\bwe\s+(?:\w+\s+){0,2}?(?:use|maintain|have|implement|employ|take|apply|adopt|put|keep)\b[^.;:]{0,60}?\b(?:safeguards?|measures|precautions|security|protect\w*)\b/i;
/** Safeguards promised for sharing ("we may share data with partners, but always with
 *  safeguards"): the terms of a disclosure, not a security measure, unless the sentence is also
 *  about keeping data secure. */
export const SHARING_WITH = /\bshar(?:e|es|ed|ing)\b[^.;]{0,60}?\bwith\b/i;

/** Encryption as the form of data handed over ("e-mail (encrypted)" in a table of ad partners,
 *  "in the aggregated, encrypted or anonymized form … with advertisers"): how identifiers are
 *  matched for ads, not a safeguard; read with ADS_CONTEXT in the sentence or its heading. */
export const ENCRYPTED_FORM = /\((?:encrypted|hashed)\)|\b(?:encrypted|hashed)(?:,? (?:or|and) [\w-]+)?\s+(?:form|format)\b|\b(?:aggregated|anonymi[sz]ed|de-identified|pseudonymi[sz]ed),? (?:or |and )?(?:encrypted|hashed)\b/i;
export const ADS_CONTEXT = /\b(?:ads?|advert\w*|marketing|audiences?|ad partners?)\b/i;

/** Confidentiality agreements that bind vendors ("contractors who work for us under
 *  confidentiality agreements", "requirements, such as confidentiality agreements, … service
 *  providers"): the terms of sharing, not the training or duties of the provider's own staff. */
export const CONFIDENTIALITY_AGREEMENT = /\bconfidentiality agreements?\b/i;
export const VENDORS = /\b(?:service providers?|contractors?|vendors?|third[- ]part(?:y|ies)|processors?|partners?|suppliers?|providers)\b/i;

/** The person's own sign-in password ("your account, which is protected by a password", "your
 *  account is protected by a password you create"): not the provider limiting who sees data. */
export const ACCOUNT_PASSWORD = /\b(?:your|user|users'|member|registered) (?:[\w-]+ )?(?:account|profile)s?\b[^.;]{0,60}?\bprotected by (?:a |your )?password\b|\bprotected by (?:a |your )?password (?:that )?you (?:create|choose|set|select)\b/i;

/** Countries that take part in the APEC privacy rules ("Japan, the United States, and South Korea
 *  are participating in APEC's CBPR System"): said of where data goes, not the provider's own
 *  certification. */
export const COUNTRIES_TAKE_PART = /\b(?:countries|economies|nations|Japan|Korea|(?:the )?United States|Singapore|Canada|Mexico|Australia|Taiwan|Philippines)\s+(?:are|is|have been|has been)\s+(?:participat\w+|members?)\b/i;
export const CBPR = /\b(?:CBPR|Cross[- ]Border Privacy Rules)\b/i;

/** "We may share your personal data on a need-to-know basis with the following parties": how far
 *  data goes to other parties, not who inside may see it (sharing with employees stays a limit). */
export const NEED_TO_KNOW = /\bneed[- ]to[- ]know\b/i;
export const OWN_STAFF = /\bwith (?:our |its |their )?(?:own )?(?:employees|staff|personnel)\b/i;
