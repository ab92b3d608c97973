// Cookie and tracker policies: mostly about cookies only. Privacy policies have a cookie
// section too, so this family only wins where cookies dominate the text.
import type { VocabularyRule } from './types.ts';

export const cookieRules: readonly VocabularyRule[] = [
  {
    id: 'cookies.this-cookie-policy',
    family: 'cookies',
    patterns: ['(this|the present|our) (cookies?|trackers?|cookies and (similar )?(technologies|trackers)) (policy|notice|statement|declaration)', '(cette|la présente) politique (de|relative aux|en matière de) (cookies|traceurs)', 'diese Cookie[- ]?(Richtlinie|Erklärung|Hinweise)', 'this (policy|notice|statement) (describes|explains|sets out|covers) (how|what|why|when)[^.]{0,60}(cookies|trackers)'],
    weight: 4,
    namesDocument: true,
    gloss: 'The document calls itself a cookie policy',
    examples: {
      match: [
        'This Cookie Policy explains what cookies are.', 'la présente politique relative aux cookies', 'diese Cookie-Richtlinie',
        'This policy describes how Example uses cookies.',
      ],
      noMatch: ['this Privacy Policy', 'This policy explains how we collect data.'],
    },
  },
  {
    id: 'cookies.kinds',
    family: 'cookies',
    patterns: [
      '(strictly necessary|essential|functional|functionality|performance|analytics?|analytical|targeting|advertising|marketing|session|persistent|first[- ]party|third[- ]party|preference|statistics) cookies',
      'cookies? (name|duration|expiry|expiration|lifespan|purpose|provider|domain|type|category)',
      'what are cookies',
      'types of cookies',
    ],
    weight: 1.5,
    gloss: 'Classifies cookies or lays out a cookie table',
    examples: {
      match: [
        'Strictly necessary cookies', 'Cookie name | Duration', 'What are cookies?', 'Types of cookies we use',
      ],
      noMatch: ['we use cookies'],
    },
  },
  {
    id: 'cookies.word',
    family: 'cookies',
    patterns: ['cookies?', 'traceurs?', 'pixel tags?', 'web beacons?', 'local storage', 'SDKs?'],
    weight: 0.25,
    gloss: 'Mentions cookies and similar trackers',
    examples: {
      match: [
        'we use cookies', 'des traceurs', 'pixel tags', 'web beacons', 'local storage', 'third-party SDKs',
      ],
      noMatch: ['cook'],
    },
  },
  {
    id: 'cookies.manage',
    family: 'cookies',
    patterns: ['cookies? (settings|preferences|banner|consent)', '(manage|disable|block|delete|reject) (all )?cookies', 'browser settings'],
    weight: 1,
    gloss: 'Explains how to manage cookies',
    examples: {
      match: [
        'You can disable cookies in your browser settings.', 'Cookie settings',
      ],
      noMatch: ['account settings'],
    },
  },
];
