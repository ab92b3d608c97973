// Acceptable-use policies and community guidelines: rules about what people may post or do.
import type { VocabularyRule } from './types.ts';

export const conductRules: readonly VocabularyRule[] = [
  {
    id: 'conduct.these-guidelines',
    family: 'conduct',
    patterns: ['(these|our|the) (community )?(guidelines|standards|rules)', '(this|our) (acceptable|fair) use policy', 'acceptable use', 'community (guidelines|standards|rules)', 'content (policy|policies|guidelines)'],
    weight: 2,
    gloss: 'The document is a set of usage rules',
    examples: {
      match: [
        'These Community Guidelines apply to everyone.', 'our acceptable use policy', 'rules for acceptable use', 'our content guidelines',
      ],
      noMatch: ['this privacy policy'],
    },
  },
  {
    id: 'conduct.harms',
    family: 'conduct',
    patterns: [
      'hate(ful)? (speech|conduct|content)',
      'harass*',
      'bully*',
      'violen(ce|t)',
      'terroris*',
      'extremis*',
      'self[- ]harm',
      'suicide',
      'nudity',
      'sexual(ly)? (explicit|content|exploitation)',
      'graphic (content|violence)',
      'impersonat*',
      'spam*',
      'scams?',
      'misinformation',
      'firearms?',
      'weapons?',
      'drugs',
      'illegal (content|activit(y|ies)|goods)',
    ],
    weight: 1,
    gloss: 'Names harmful content or behaviour',
    examples: {
      match: [
        'Do not post hate speech or harass others.', 'Do not bully other members.', 'No violent threats.', 'content that promotes terrorism', 'violent extremism',
        'content about self-harm', 'posts that encourage suicide', 'We do not allow nudity.', 'sexually explicit material', 'graphic violence',
        'Do not impersonate others.', 'Do not spam.', 'scams and fraud', 'spreading misinformation', 'sale of firearms', 'weapons and ammunition', 'selling drugs',
        'illegal goods',
      ],
      noMatch: ['we protect your data'],
    },
  },
  {
    id: 'conduct.do-not',
    family: 'conduct',
    patterns: ["(do not|don't|never) (post|upload|promote|glorify|engage in|attempt to|impersonate|harass|threaten)", '(we|may) (remove|take down) (content|posts|the content)', 'violat* (of )?(these|our|the) (guidelines|policies|rules|standards|policy)', 'enforcement actions?', 'report (it|content|violations)'],
    weight: 1,
    gloss: 'Prohibitions and enforcement',
    examples: {
      match: [
        "Don't post content that violates our rules.", 'We may remove content', 'enforcement actions we may take', 'How to report content',
      ],
      noMatch: ['we do not sell your data', 'We do not share it'],
    },
  },
];
