// Link texts that mention privacy but lead to a settings or opt-out page rather than the
// policy itself ("Your Privacy Choices", "Cookie preferences", "Do Not Sell My Info").
import type { SignalRule } from '../vocabulary/types.ts';

export const linkRules: readonly SignalRule[] = [
  {
    id: 'link.privacy-controls',
    where: 'link-text',
    speaksFor: 'other',
    patterns: [
      '(privacy|cookie|cookies|ad|ads) (choices|settings|preferences|options|controls|dashboard|checkup|request)',
      'your privacy choices',
      'do not sell',
      "don't sell",
      'opt[- ]out',
      'manage',
      'AdChoices',
      'Datenschutzeinstellungen',
      'paramètres',
    ],
    weight: -3,
    gloss: 'The link leads to privacy controls, not to the policy',
    examples: {
      match: [
        'Your Privacy Choices', 'Do Not Sell or Share My Personal Information', 'Cookie settings', "Don't Sell My Personal Information",
        'Opt-out of the sale of personal data', 'Manage privacy settings', 'AdChoices and your privacy', 'Datenschutzeinstellungen', 'Paramètres de confidentialité',
      ],
      noMatch: ['Privacy Policy'],
    },
  },
];
