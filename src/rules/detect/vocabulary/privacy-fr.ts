// French privacy-policy vocabulary ("Politique de confidentialité", "Protection des données
// personnelles"). Weights mirror the English rules of the same kind in privacy.ts, so a French
// policy reaches the same density as an English one.
import type { VocabularyRule } from './types.ts';

export const privacyFrRules: readonly VocabularyRule[] = [
  {
    id: 'privacy.fr-personal-data',
    family: 'privacy',
    patterns: ['données (à caractère personnel|personnelles)', 'données (vous|te) concernant', 'informations personnelles'],
    weight: 1,
    gloss: 'Names personal data (données personnelles)',
    examples: {
      match: [
        'vos données à caractère personnel', 'données personnelles', 'les données vous concernant', 'vos informations personnelles',
      ],
      noMatch: ['données techniques'],
    },
  },
  {
    id: 'privacy.fr-we-collect',
    family: 'privacy',
    patterns: [
      'nous (collectons|recueillons|utilisons|traitons|conservons|partageons)',
      '(collect*|recueil*|trait*|utilis*|conserv*|partag*) (de |vos |les |des |ces )?données',
      'catégories de données',
    ],
    weight: 2,
    gloss: 'Says what data is collected and how it is used',
    examples: {
      match: [
        'Nous collectons les données suivantes', 'traitons vos données', 'les catégories de données traitées',
      ],
      noMatch: ['nous livrons vos commandes'],
    },
  },
  {
    id: 'privacy.fr-this-policy',
    family: 'privacy',
    patterns: [
      '(cette|la présente|notre) (politique|charte|notice|déclaration) (de confidentialité|de protection des données|(de |relative à la |sur la )?(protection des )?données personnelles)',
      'politique de confidentialité',
    ],
    weight: 3,
    gloss: 'The document calls itself a privacy policy',
    examples: { match: ['La présente politique de confidentialité'], noMatch: ['les présentes conditions'] },
  },
  {
    id: 'privacy.fr-controller',
    family: 'privacy',
    patterns: ['responsables? (du|de|des) traitements?', 'délégué à la protection des données', 'DPO'],
    weight: 1.5,
    gloss: 'Names who is responsible for the processing',
    examples: {
      match: [
        'le responsable du traitement', 'notre délégué à la protection des données', 'contactez notre DPO',
      ],
      noMatch: ['responsable de la publication'],
    },
  },
  {
    id: 'privacy.fr-purposes',
    family: 'privacy',
    patterns: ['finalités?', 'bases? légales?', 'fondements? juridiques?', 'intérêt légitime', 'consentement'],
    weight: 1.5,
    gloss: 'Purposes and legal bases of the processing',
    examples: {
      match: [
        'Pour quelles finalités', 'sur la base de votre consentement', 'les bases légales du traitement', 'le fondement juridique', 'notre intérêt légitime',
      ],
      noMatch: ['finalement'],
    },
  },
  {
    id: 'privacy.fr-rights',
    family: 'privacy',
    patterns: [
      "droits? d'(accès|opposition|effacement|information)",
      'droits? (de|à la) (rectification|portabilité|limitation|suppression)',
      'exercer (vos|ses|ces) droits',
    ],
    weight: 2,
    gloss: 'Lists data-protection rights',
    examples: {
      match: [
        "votre droit d'accès", 'droit à la portabilité', 'pour exercer vos droits',
      ],
      noMatch: ['droits de propriété intellectuelle'],
    },
  },
  {
    id: 'privacy.fr-law',
    family: 'privacy',
    patterns: ['RGPD', 'CNIL', 'informatique et libertés', 'règlement général sur la protection des données'],
    weight: 1.5,
    gloss: 'Refers to French/EU data-protection law',
    examples: {
      match: [
        'conformément au RGPD', 'auprès de la CNIL', 'la loi Informatique et Libertés', 'le règlement général sur la protection des données',
      ],
      noMatch: ['code civil'],
    },
  },
  {
    id: 'privacy.fr-retention',
    family: 'privacy',
    patterns: ['durées? de conservation', 'conserv* (pendant|durant)', 'destinataires?'],
    weight: 1.5,
    gloss: 'How long data is kept and who receives it',
    examples: {
      match: [
        'Durée de conservation', 'les destinataires de vos données', 'vos données sont conservées pendant trois ans',
      ],
      noMatch: ['conservatoire'],
    },
  },
];
