// Data processing agreements (DPAs, controller-controller terms): contracts between a company
// and its business customers about personal data. They share the privacy vocabulary, so they
// are recognised by the contract roles (processor, sub-processor, data exporter) dominating.
import type { VocabularyRule } from './types.ts';

export const processingRules: readonly VocabularyRule[] = [
  {
    id: 'processing.this-dpa',
    family: 'processing',
    patterns: ['(this|the) (data processing|data protection|processing) (addendum|agreement|terms)', '(this|the) DPA', 'controller[- ]controller', 'data protection terms'],
    weight: 4,
    gloss: 'The document calls itself a data processing agreement',
    examples: { match: ['This Data Processing Addendum forms part of the Agreement.'], noMatch: ['this privacy notice'] },
  },
  {
    id: 'processing.roles',
    family: 'processing',
    patterns: ['(sub-?)?processors?', 'data (exporter|importer)s?', 'customer (personal )?data', 'documented instructions', "customer('s)? instructions", 'processing instructions', 'sous[- ]traitants?( ultérieurs?)?', 'Auftragsverarbeit*', 'Unterauftragsverarbeiter*'],
    weight: 1,
    gloss: 'Contract roles of a processing agreement',
    examples: { match: ['The Processor shall engage Sub-processors only with consent.'], noMatch: ['processing of your order'] },
  },
  {
    id: 'processing.clauses',
    family: 'processing',
    patterns: ['standard contractual clauses', 'SCCs', 'audit*', 'technical and organi[sz]ational measures', 'annex(es)? [0-9IV]+', 'appendix [0-9]+', 'security incident', 'personal data breach'],
    weight: 0.75,
    gloss: 'Typical DPA clauses and annexes',
    examples: { match: ['Annex II: technical and organisational measures'], noMatch: ['appendix'] },
  },
];
