// German privacy-policy vocabulary ("Datenschutzerklärung", "Datenschutzhinweise"). Weights
// mirror the English rules of the same kind in privacy.ts.
import type { VocabularyRule } from './types.ts';

export const privacyDeRules: readonly VocabularyRule[] = [
  {
    id: 'privacy.de-personal-data',
    family: 'privacy',
    patterns: ['personenbezogen* Daten', 'Datenschutz*'],
    weight: 1,
    gloss: 'Names personal data and data protection',
    examples: { match: ['Ihre personenbezogenen Daten', 'Datenschutz'], noMatch: ['Daten'] },
  },
  {
    id: 'privacy.de-we-collect',
    family: 'privacy',
    patterns: ['wir (erheben|verarbeiten|speichern|nutzen|verwenden)', 'Erhebung', 'Verarbeitung (Ihrer|der|von|personenbezogener)', 'Kategorien (von |personenbezogener )?Daten'],
    weight: 2,
    gloss: 'Says what data is collected and how it is processed',
    examples: {
      match: [
        'Wir verarbeiten folgende Daten', 'Verarbeitung Ihrer Daten', 'Erhebung Ihrer Daten', 'Kategorien personenbezogener Daten',
      ],
      noMatch: ['wir liefern'],
    },
  },
  {
    id: 'privacy.de-this-policy',
    family: 'privacy',
    patterns: ['(diese|dieser|unsere|unserer) Datenschutz(erklärung|hinweise|hinweisen|information|informationen|richtlinie|bestimmungen)'],
    weight: 3,
    gloss: 'The document calls itself a privacy policy',
    examples: { match: ['Diese Datenschutzerklärung gilt für'], noMatch: ['Diese Nutzungsbedingungen'] },
  },
  {
    id: 'privacy.de-controller',
    family: 'privacy',
    patterns: ['Verantwortliche*', 'Datenschutzbeauftragte*'],
    weight: 1.5,
    gloss: 'Names who is responsible for the processing',
    examples: {
      match: [
        'Verantwortlicher im Sinne der DSGVO', 'unser Datenschutzbeauftragter',
      ],
      noMatch: ['verantwortungsvoll'],
    },
  },
  {
    id: 'privacy.de-purposes',
    family: 'privacy',
    patterns: ['Zweck*', 'Rechtsgrundlage*', 'berechtigte* Interesse*', 'Einwilligung*'],
    weight: 1.5,
    gloss: 'Purposes and legal bases of the processing',
    examples: {
      match: [
        'auf Grundlage Ihrer Einwilligung', 'Rechtsgrundlage', 'Zwecke der Verarbeitung', 'unser berechtigtes Interesse',
      ],
      noMatch: ['Zwerg'],
    },
  },
  {
    id: 'privacy.de-rights',
    family: 'privacy',
    patterns: ['Recht auf (Auskunft|Berichtigung|Löschung|Einschränkung|Datenübertragbarkeit|Widerspruch)', 'Betroffenenrechte', 'Widerspruchsrecht', 'Auskunftsrecht', 'Ihre Rechte'],
    weight: 2,
    gloss: 'Lists data-protection rights',
    examples: {
      match: [
        'Recht auf Löschung', 'Ihre Rechte', 'Ihre Betroffenenrechte', 'Ihr Widerspruchsrecht', 'Ihr Auskunftsrecht',
      ],
      noMatch: ['Rechtsanwalt'],
    },
  },
  {
    id: 'privacy.de-law',
    family: 'privacy',
    patterns: ['DSGVO', 'DS-GVO', 'BDSG', 'Datenschutz-Grundverordnung', 'Aufsichtsbehörde*', 'TTDSG', 'TDDDG'],
    weight: 1.5,
    gloss: 'Refers to German/EU data-protection law',
    examples: {
      match: [
        'Art. 6 DSGVO', 'bei einer Aufsichtsbehörde', 'nach der DS-GVO', 'nach dem BDSG', 'die Datenschutz-Grundverordnung', 'gemäß TTDSG', 'gemäß TDDDG',
      ],
      noMatch: ['BGB'],
    },
  },
  {
    id: 'privacy.de-retention',
    family: 'privacy',
    patterns: ['Speicherdauer', 'gespeichert', 'Löschfrist*', 'Aufbewahrung*', 'Empfänger*', 'Drittländer*', 'Drittland'],
    weight: 1.5,
    gloss: 'How long data is kept and who receives it',
    examples: {
      match: [
        'Die Speicherdauer beträgt', 'Empfänger der Daten', 'Ihre Daten werden gespeichert', 'die Löschfristen', 'Aufbewahrungspflichten', 'Übermittlung in Drittländer',
        'in ein Drittland',
      ],
      noMatch: ['Speicherplatz'],
    },
  },
];
