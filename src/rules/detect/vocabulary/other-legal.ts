// Other legal pages of large services: copyright/DMCA, law-enforcement guidelines, brand
// guidelines, vulnerability disclosure and imprints.
import type { VocabularyRule } from './types.ts';

export const otherLegalRules: readonly VocabularyRule[] = [
  {
    id: 'other-legal.copyright',
    family: 'other-legal',
    patterns: ['DMCA', 'copyright (infringement|owner|holder|agent|claims?|notices?)', 'counter[- ]notice', 'counter[- ]notification', 'infring*', 'takedown'],
    weight: 1.5,
    gloss: 'Copyright claims procedure',
    examples: {
      match: [
        'send a DMCA counter-notice', 'copyright infringement', 'counter-notification', 'content that infringes', 'takedown notices',
      ],
      noMatch: ['copyright 2024'],
    },
  },
  {
    id: 'other-legal.law-enforcement',
    family: 'other-legal',
    patterns: ['law enforcement (agencies|officials|requests?|authorities|guidelines)', 'subpoenas?', 'search warrants?', 'emergency (disclosure )?requests?', 'preservation requests?', 'legal process'],
    weight: 1,
    gloss: 'How the service answers law-enforcement requests',
    examples: {
      match: [
        'We require a valid subpoena.', 'law enforcement requests', 'a search warrant', 'emergency disclosure requests', 'preservation requests', 'valid legal process',
      ],
      noMatch: ['enforcement of these terms'],
    },
  },
  {
    id: 'other-legal.brand',
    family: 'other-legal',
    patterns: ['logos?', 'brand (assets|guidelines)', 'clear space', 'trade dress'],
    weight: 1,
    gloss: 'Brand and logo usage rules',
    examples: {
      match: [
        'Do not alter the logo.', 'our brand guidelines', 'leave clear space around the logo', 'our trade dress',
      ],
      noMatch: ['login'],
    },
  },
  {
    id: 'other-legal.security-disclosure',
    family: 'other-legal',
    patterns: ['vulnerabilit(y|ies)', 'bug bount(y|ies)', 'responsible disclosure', 'proof of concept'],
    weight: 1,
    gloss: 'Vulnerability disclosure programme',
    examples: {
      match: [
        'Report a vulnerability through our bug bounty.', 'responsible disclosure', 'a proof of concept',
      ],
      noMatch: ['vulnerable groups'],
    },
  },
  {
    id: 'other-legal.imprint',
    family: 'other-legal',
    patterns: ['Impressum', 'mentions légales', 'directeur de (la )?publication', 'hébergeur', 'registered office', 'company registration number', 'VAT (number|ID)', 'share capital', 'capital social', 'RCS'],
    weight: 1,
    gloss: 'Legal notice / imprint details',
    examples: {
      match: [
        'Directeur de la publication', 'Registered office:', 'Impressum', 'mentions légales', 'hébergeur du site', 'company registration number', 'VAT number',
        'share capital of 10,000 euros', 'au capital social de 10 000 euros', 'RCS Paris',
      ],
      noMatch: ['data office'],
    },
  },
];
