// Data processing agreements (DPAs, controller-controller terms): contracts between a company
// and its business customers about personal data. They share the privacy vocabulary, so they
// are recognised by the contract roles (processor, sub-processor, data exporter) dominating.
import type { VocabularyRule } from './types.ts';

export const processingRules: readonly VocabularyRule[] = [
  {
    // A page that adds to a privacy policy ("This supplements the Privacy Policy", the legal
    // bases table of a GDPR annex) is not the policy a person reads: it names the policy it
    // supplements, which the popup can offer instead.
    id: 'processing.supplement',
    family: 'processing',
    patterns: ['(this|it) supplements (the|our) [a-z]*? ?privacy (policy|notice|statement)', '(this|the) (page|document|notice) supplements', 'supplement(ary|al)? (to|information about) (the|our) [a-z]*? ?privacy (policy|notice)'],
    weight: 4,
    namesDocument: true,
    gloss: 'The document adds to a privacy policy rather than being one',
    examples: {
      match: [
        'This supplements the Example Privacy Policy to provide more detail.', 'This notice supplements our privacy policy.',
        'supplemental to our online privacy notice',
      ],
      noMatch: ['This Privacy Policy explains what we collect.'],
    },
  },
  {
    // The matter of such a supplement; privacy policies have a legal-bases section too, so
    // this counts, but does not name the document.
    id: 'processing.legal-bases',
    family: 'processing',
    patterns: ['additional information about (data|how we) process*', 'legal bas(is|es) (we rely|for (the )?processing)'],
    weight: 4,
    gloss: 'Legal bases of processing, the subject of a policy supplement',
    examples: { match: ['Additional information about data processing', 'the legal bases we rely on'], noMatch: ['the legal department'] },
  },
  {
    id: 'processing.this-dpa',
    family: 'processing',
    patterns: ['(this|the) (data processing|data protection|processing) (addendum|agreement|terms)', '(this|the) DPA', 'controller[- ]controller', 'data protection terms'],
    weight: 4,
    namesDocument: true,
    gloss: 'The document calls itself a data processing agreement',
    examples: {
      match: [
        'This Data Processing Addendum forms part of the Agreement.', 'This DPA forms part of the agreement.', 'controller-controller terms',
        'these data protection terms',
      ],
      noMatch: ['this privacy notice'],
    },
  },
  {
    id: 'processing.roles',
    family: 'processing',
    patterns: ['(sub-?)?processors?', 'data (exporter|importer)s?', 'customer (personal )?data', 'documented instructions', "customer('s)? instructions", 'processing instructions', 'sous[- ]traitants?( ultérieurs?)?', 'Auftragsverarbeit*', 'Unterauftragsverarbeiter*'],
    weight: 1,
    gloss: 'Contract roles of a processing agreement',
    examples: {
      match: [
        'The Processor shall engage Sub-processors only with consent.', 'the data importer', 'customer personal data', 'only on documented instructions',
        "the customer's instructions", 'processing instructions', 'nos sous-traitants ultérieurs', 'Auftragsverarbeitung', 'Unterauftragsverarbeiter',
      ],
      noMatch: ['processing of your order'],
    },
  },
  {
    id: 'processing.clauses',
    family: 'processing',
    patterns: ['standard contractual clauses', 'SCCs', 'audit*', 'technical and organi[sz]ational measures', 'annex(es)? [0-9IV]+', 'appendix [0-9]+', 'security incident', 'personal data breach'],
    weight: 0.75,
    gloss: 'Typical DPA clauses and annexes',
    examples: {
      match: [
        'Annex II: technical and organisational measures', 'the standard contractual clauses', 'the SCCs apply', 'audit rights', 'see Appendix 2', 'a security incident',
        'a personal data breach',
      ],
      noMatch: ['appendix'],
    },
  },
];
