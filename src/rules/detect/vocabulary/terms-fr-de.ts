// French and German contract vocabulary (CGU/CGV, Nutzungsbedingungen/AGB). Weights mirror the
// English rules of the same kind in terms.ts.
import type { VocabularyRule } from './types.ts';

export const termsFrDeRules: readonly VocabularyRule[] = [
  {
    id: 'terms.fr-these-terms',
    family: 'terms',
    patterns: ['(les |des )?présentes( conditions)?', 'conditions générales( d.utilisation| de vente)?', "conditions d'utilisation", 'CGU', 'CGV'],
    weight: 3,
    gloss: 'The document calls itself terms (conditions générales)',
    examples: {
      match: [
        "les présentes conditions générales d'utilisation", "nos conditions d'utilisation", 'les présentes CGU', 'nos CGV',
      ],
      noMatch: ['politique de confidentialité'],
    },
  },
  {
    id: 'terms.fr-liability',
    family: 'terms',
    patterns: ['responsabilité', 'garanties?', 'juridictions?', 'tribunaux', 'litiges?', 'droit applicable'],
    weight: 2,
    gloss: 'Liability, warranty and dispute clauses',
    examples: {
      match: [
        'limitation de responsabilité', 'tribunaux compétents', 'exclusion de garantie', 'la juridiction compétente', 'en cas de litige', 'droit applicable',
      ],
      noMatch: ['responsable du traitement'],
    },
  },
  {
    id: 'terms.fr-contract',
    family: 'terms',
    patterns: ['résiliation', 'propriété intellectuelle', 'licence', 'abonnement', 'souscription', 'contrat', 'conditions tarifaires'],
    weight: 1.5,
    gloss: 'Contract life-cycle clauses',
    examples: {
      match: [
        'résiliation du contrat', 'droits de propriété intellectuelle', "une licence d'utilisation", 'votre abonnement', 'lors de la souscription',
        'nos conditions tarifaires',
      ],
      noMatch: ['données personnelles'],
    },
  },
  {
    id: 'terms.de-these-terms',
    family: 'terms',
    patterns: ['Nutzungsbedingungen', 'Allgemeine* Geschäftsbedingungen', 'AGB', '(diese|dieser|diesen) (Bedingungen|Vereinbarung|Vertrag*)'],
    weight: 3,
    gloss: 'The document calls itself terms (Nutzungsbedingungen, AGB)',
    examples: {
      match: [
        'Diese Nutzungsbedingungen', 'unsere AGB', 'Allgemeine Geschäftsbedingungen', 'diese Vereinbarung',
      ],
      noMatch: ['Datenschutzerklärung'],
    },
  },
  {
    id: 'terms.de-liability',
    family: 'terms',
    patterns: ['Haftung*', 'Gerichtsstand', 'Gewährleistung', 'anwendbares Recht', 'Streitbeilegung'],
    weight: 2,
    gloss: 'Liability, warranty and dispute clauses',
    examples: {
      match: [
        'Haftungsbeschränkung', 'Gerichtsstand ist Berlin', 'Gewährleistung', 'anwendbares Recht', 'Streitbeilegung',
      ],
      noMatch: ['Rechtsgrundlage'],
    },
  },
  {
    id: 'terms.de-contract',
    family: 'terms',
    patterns: ['Kündigung*', 'Vertragsschluss', 'Vertragspartner*', 'Widerrufsrecht', 'Lizenz*', 'Entgelt*', 'Abonnement*'],
    weight: 1.5,
    gloss: 'Contract life-cycle clauses',
    examples: {
      match: [
        'Kündigung des Vertrags', 'Vertragsschluss', 'unser Vertragspartner', 'Ihr Widerrufsrecht', 'Lizenzbedingungen', 'das Entgelt', 'Ihr Abonnement',
      ],
      noMatch: ['Einwilligung'],
    },
  },
];
