// How a policy says data is protected, and the caveats that matter as much: no guarantee,
// disclaimed liability, data sent without a secure connection.
import type { SecurityMeasureKind } from './kinds.ts';
import type { FactRule, KindRule } from './types.ts';

/** Measures named in words too common to count outside a sentence about protecting data
 *  ("the use of cookies is an industry standard"); the others are specific enough anywhere
 *  ("we have a strict code of ethics and disciplinary procedure"). */
export const MEASURES_NEEDING_CONTEXT: ReadonlySet<SecurityMeasureKind> = new Set(['safeguards', 'access-controls', 'monitoring']);

export const SECURITY_MEASURE_RULES: readonly KindRule<SecurityMeasureKind>[] = [
  {
    id: 'security.encryption',
    kind: 'encryption',
    name: 'encryption',
    pattern: /\bencrypt\w*|\bSSL\b|\bTLS\b|\bHTTPS\b(?!:)|\bSecure Sockets? Layer\b|\bTransport Layer Security\b/i,
    gloss: 'Encrypts data',
    examples: { match: ['We encrypt credit card and other financial information.', 'by using Secure Socket Layer (SSL) technology', 'We implement security safeguards designed to protect your data, such as HTTPS.'], noMatch: ['We keep data secure.', 'please visit https://www.example.com/privacy/', 'See HTTPS://EXAMPLE.COM for details.'] },
  },
  {
    id: 'security.safeguards',
    kind: 'safeguards',
    name: 'safeguards',
    pattern: /\bsafeguards?\b|\breasonable (?:measures|precautions|security)\b|\bindustry[- ](?:standard|accepted)\w*|\bsecurity (?:standards|measures|technology|protocols|systems)\b|\bbest practices\b/i,
    gloss: 'Has security safeguards in place',
    examples: { match: ['We maintain physical, electronic, and procedural safeguards.', 'using acceptable industry standards of security technology'], noMatch: ['Conference call security is essential.', 'The data collection, use and security practices of the linked site may differ.'] },
  },
  {
    id: 'security.access-controls',
    kind: 'access-controls',
    name: 'access limits',
    pattern: /\baccess control\w*|\brestrict(?:ed|s)? access\b(?! to (?:your|their|a|an|the) (?:account|group|site|services?|profile|content|posts?|features?)\b)|\baccessible only by authori[sz]ed\b|\baccess\b[^.;]{0,60}?\b(?:authori[sz]ed (?:personnel|users)|need to know|business need|legitimate business reason|required to perform)|\bneed[- ]to[- ]know basis\b|\bpassword protections?\b|\blimit(?:s|ed)? access\b(?! to (?:your|their|a|an|the) (?:account|group|site|services?|profile|content|posts?|features?)\b)|\baccess (?:policies|restrictions)\b|\bprotected by (?:a |your )?password\b/i,
    gloss: 'Only authorised staff can see your data',
    examples: {
      match: [
        'The Phone.com website databases are accessible only by authorized personnel.', 'Internal access is limited to those individuals on a need to know basis',
        'We have security and access policies that limit access to our systems.', 'Your account is protected by a password for your security.',
      ],
      noMatch: ['You can access your account.', 'Some features have limited availability.', 'We may restrict access to your account if you break our rules.', 'Group leaders can limit access to a group.'],
    },
  },
  {
    id: 'security.firewalls',
    kind: 'firewalls',
    name: 'firewalls',
    pattern: /\bfirewalls?\b/i,
    gloss: 'Uses firewalls',
    examples: { match: ['Our safeguards include firewalls and access control procedures.'], noMatch: ['fire department'] },
  },
  {
    id: 'security.monitoring',
    kind: 'monitoring',
    name: 'security monitoring',
    pattern: /\bsecurity monitoring\b|\bmonitor (?:our )?network for\b|\baudit controls?\b|\bintrusion detection\b/i,
    gloss: 'Monitors its systems for threats',
    examples: { match: ['We monitor our network for malware and other threats.'], noMatch: ['We monitor the performance of marketing initiatives.'] },
  },
  {
    id: 'security.staff-training',
    kind: 'staff-training',
    name: 'staff training',
    pattern: /\b(?:employees|staff|personnel) (?:are |is )?(?:trained|training)\b|\btrain(?:ed|ing)? (?:our )?(?:employees|staff|personnel)\b|\b(?:employee|staff|personnel) (?:privacy |security |data protection )?training\b|\b(?:privacy|security) (?:and security |and privacy )?(?:guidelines|policies|training)\b[^.;]{0,30}\b(?:to|for) (?:\w+ )?(?:employees|staff|personnel)\b|\bconfidentiality agreements?\b|\bcode of ethics\b/i,
    gloss: 'Trains staff and binds them to confidentiality',
    examples: {
      match: ['our employees are trained on the importance of protecting privacy', 'Our personnel are trained to comply with data protection law.', 'We use access controls, employee training and data segregation.', 'We communicate our privacy and security guidelines to Acme employees.'],
      noMatch: ['for quality and training purposes', 'We publish guidelines for developers.'],
    },
  },
  {
    id: 'security.pci',
    kind: 'pci',
    name: 'card-industry (PCI) rules',
    pattern: /\bPCI(?:[- ]DSS)?\b|\bPayment Card Industry\b/,
    gloss: 'Follows the card industry security standard',
    examples: { match: ['We comply with PCI DSS.'], noMatch: ['pick a number'] },
  },
  {
    id: 'security.secure-storage',
    kind: 'secure-storage',
    name: 'secure servers',
    pattern: /\bsecure(?:d)? (?:servers?|environments?|web portal|facilities|data cent(?:er|re)s?|in-house database)\b|\bstored on our secure\b/i,
    gloss: 'Keeps data on secured servers',
    examples: { match: ['stored on our secure servers located behind firewalls'], noMatch: ['a secure connection'] },
  },
];

/** Says it will tell people (or regulators) about breaches. */
export const BREACH_NOTIFICATION: FactRule = {
  id: 'security.breach-notification',
  pattern: /\b(?:notif|inform(?!ation)|tell|alert)\w*[^.;]{0,100}?\b(?:breach(?:es)?|(?:security|data|privacy) incidents?)\b|\b(?:breach(?:es)?|(?:security|data|privacy) incidents?|incidents? (?:affecting|involving|that affects?) your)\b[^.;]{0,140}?\b(?:notif|inform(?!ation)|tell|alert)\w*/i,
  gloss: 'Says it will tell you about data breaches',
  examples: {
    match: [
      'Conifer Communications will continue to notify consumers of data breaches as appropriate.', 'We will notify you and any applicable regulator of a suspected data security breach where the law requires it.',
      'If there was a personal data breach that endangers your privacy, we will inform you.', 'In the event of an incident affecting your personal information, we will act promptly to notify you.',
    ],
    noMatch: ['If security has been breached, customers are advised to contact our customer service department.', 'We collect information about security incidents on our network.'],
  },
};

export const NO_GUARANTEE: FactRule = {
  id: 'security.no-guarantee',
  pattern: /\bno (?:method|system|one|data transmission|security measures?)\b[^.;]{0,80}?\b(?:100 ?%|100-percent|completely|perfectly|guarantee)|\bcannot (?:guarantee|ensure|warrant)\b[^.;]{0,60}?\bsecur|\b(?:is|are) not (?:100 ?%|completely) secure\b/i,
  gloss: 'Admits that no security is perfect',
  examples: { match: ['However, no method of electronic storage is 100-percent secure.', 'no system is 100% secure'], noMatch: ['We use secure servers.'] },
};

export const LIABILITY_DISCLAIMER: FactRule = {
  id: 'security.liability-disclaimer',
  pattern: /\bnot (?:be )?(?:responsible|liable) for\b[^.;]{0,80}?\b(?:unauthori[sz]ed access|the security of|piracy|hackers?|breach\w*)/i,
  gloss: 'Says it is not responsible if your data is stolen',
  examples: { match: ['we are not responsible for unauthorized access by illegal means', 'the Site is not responsible for the security of that information during the transmission stage'], noMatch: ['Content on sites we link to is not our responsibility.'] },
};

export const UNSECURED_TRANSMISSION: FactRule = {
  id: 'security.unsecured-transmission',
  pattern: /\b(?:do not|does not|don't) use (?:a )?secur\w* connection\b|\bover an unsecured (?:Internet )?connection\b/i,
  gloss: 'Some data you send is not encrypted in transit',
  examples: { match: ['but we do not use a secured connection for other types of activities'], noMatch: ['We use a secure connection for all pages.'] },
};

/** A sentence about protecting data (measures like "industry standard" mean nothing elsewhere). */
export const SECURITY_CONTEXT: FactRule = {
  id: 'security.context',
  pattern: /\b(?:secur\w*|protect\w*|safeguard\w*|unauthori[sz]ed|encrypt\w*|confidential\w*|firewalls?|breach\w*|incidents?)\b/i,
  gloss: 'The sentence is about protecting data',
  examples: { match: ['We maintain the security of your information.'], noMatch: ['The use of cookies is an industry standard.'] },
};
