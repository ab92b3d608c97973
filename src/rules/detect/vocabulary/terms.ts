// Terms of service, user agreements and their relatives (developer, commercial, sale terms):
// contract vocabulary that a privacy policy rarely needs. A privacy policy may say "governing
// law" once; a contract says it, and "arbitration", "indemnify", "licence" ... many times.
import type { VocabularyRule } from './types.ts';

export const termsRules: readonly VocabularyRule[] = [
  {
    id: 'terms.these-terms',
    family: 'terms',
    patterns: [
      '(these|the present|this) (terms|terms of (service|use)|conditions|agreement|user agreement|general terms|additional terms|service terms|terms and conditions|EULA)',
      '(accept|agree to|bound by) (these|the|this) (terms|agreement|conditions)',
    ],
    weight: 3,
    namesDocument: true,
    gloss: 'The document calls itself terms or an agreement',
    examples: { match: ['By using the Service you agree to these Terms.'], noMatch: ['see our terms of service'] },
  },
  {
    id: 'terms.dispute',
    family: 'terms',
    patterns: ['arbitrat*', 'class action', 'jury trial', 'small claims court', 'dispute resolution', 'exclusive jurisdiction', 'venue'],
    weight: 2,
    gloss: 'Dispute resolution clauses',
    examples: {
      match: [
        'binding arbitration', 'waive any right to a jury trial', 'You waive any right to a class action.', 'You may bring a claim in small claims court.',
        'Dispute Resolution', 'The courts of Dublin have exclusive jurisdiction.', 'The venue for any claim is London.',
      ],
      noMatch: ['arbitrary code'],
    },
  },
  {
    id: 'terms.liability',
    family: 'terms',
    patterns: [
      'limitation (of|on) liability',
      'limitations? of our liability',
      '(shall|will) not be liable',
      'indemnif*',
      'hold harmless',
      'consequential damages',
      'disclaimer of warranties',
      'disclaim* (all )?(warranties|liability)',
      'merchantability',
      'fitness for a particular purpose',
      '["“]as is["”]',
      'as is and as available',
    ],
    weight: 2,
    gloss: 'Liability, warranty and indemnity clauses',
    examples: {
      match: [
        'LIMITATION OF LIABILITY', 'You agree to indemnify us', 'Limitation of Our Liability', 'We shall not be liable for lost profits.',
        'You agree to hold harmless the company.', 'We are not liable for consequential damages.', 'Disclaimer of Warranties', 'We disclaim all warranties.',
        'implied warranties of merchantability', 'fitness for a particular purpose', 'The service is provided "as is".', 'provided as is and as available',
      ],
      noMatch: ['liable to change'],
    },
  },
  {
    id: 'terms.governing-law',
    family: 'terms',
    patterns: ['governing law', 'governed by (the )?laws? of', 'choice of law', 'severab*', 'entire agreement', 'force majeure', 'no waiver', 'assignment of (rights|this agreement)'],
    weight: 2,
    gloss: 'Boilerplate contract clauses',
    examples: {
      match: [
        'This Agreement is governed by the laws of Ireland.', 'Governing Law', 'Choice of Law', 'Severability', 'This is the entire agreement between us.',
        'Force Majeure', 'No Waiver', 'Assignment of this Agreement',
      ],
      noMatch: ['applicable data protection law'],
    },
  },
  {
    id: 'terms.licence',
    family: 'terms',
    patterns: ['licen[cs]e (to|grant)', '(grant|grants) (you|us) an?', 'non-?exclusive', 'royalty[- ]free', 'sub-?licen*', 'intellectual property (rights)?', 'trademarks?'],
    weight: 1,
    gloss: 'Licence grants and intellectual property',
    examples: {
      match: [
        'we grant you a limited, non-exclusive licence', 'We grant you a licence to use the app.', 'a royalty-free licence', 'our intellectual property rights',
        'Our trademarks may not be used without permission.', 'a worldwide, sublicensable licence', 'You may not sub-license it.',
      ],
      noMatch: ['driver licence number'],
    },
  },
  {
    id: 'terms.account-termination',
    family: 'terms',
    patterns: ['terminat* (your|the|this) (account|access|agreement|subscription|use)', 'suspend or terminate', '(suspend|terminate) your (account|access)', 'terminat* (of )?(the )?(agreement|services?)'],
    weight: 1.5,
    gloss: 'Termination of the account or contract',
    examples: {
      match: [
        'We may suspend or terminate your account.', 'termination of the agreement',
      ],
      noMatch: ['termination of employment benefits'],
    },
  },
  {
    id: 'terms.obligations',
    family: 'terms',
    patterns: ['you (agree|acknowledge|represent|warrant) (that|to|not)', 'you (shall|must|may) not', 'you are (solely )?responsible for', 'prohibited (conduct|uses?|activities)', 'eligib*'],
    weight: 1,
    gloss: "The user's promises and prohibitions",
    examples: {
      match: [
        'You agree not to reverse engineer the app.', 'You must not copy the software.', 'You are solely responsible for your account.', 'Prohibited Uses', 'Eligibility',
      ],
      noMatch: ['we agree'],
    },
  },
  {
    id: 'terms.commerce',
    family: 'terms',
    patterns: ['(fees|prices?|charges) (are|will be|for)', 'refunds?', 'billing', 'subscription (fees|term|period)', 'purchase*', 'payment terms'],
    weight: 0.5,
    gloss: 'Payment and purchase clauses',
    examples: {
      match: [
        'Refunds are not available.', 'Prices are shown in euros.', 'Billing', 'The subscription fees are charged monthly.', 'Purchases are final.', 'Payment Terms',
      ],
      noMatch: ['payment information we collect'],
    },
  },
];
