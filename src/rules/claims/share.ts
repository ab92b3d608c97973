// Who gets the data: which answer of the share question each recipient rule speaks for (the
// recipient rules are in ../facts/recipients.ts), recipients they miss, and the wordings that
// read a mention as something other than a disclosure by the provider.
import type { ShareItem } from '../../engine/questions/types.ts';
import type { FactRule, KindRule } from '../facts/types.ts';

export const KIND_TO_ITEM: Readonly<Record<string, ShareItem>> = {
  affiliates: 'affiliates',
  'service-providers': 'service-providers',
  advertisers: 'advertisers',
  analytics: 'analytics',
  'law-enforcement': 'authorities',
  'business-transfer': 'business-transfer',
  'emergency-services': 'emergency-services',
  'credit-agencies': 'credit-agencies',
  public: 'public',
  'third-parties': 'other-third-parties',
  'data-brokers': 'data-brokers',
};

export const EXTRA_RECIPIENT_RULES: readonly KindRule<ShareItem>[] = [
  {
    id: 'share.data-brokers',
    kind: 'data-brokers',
    name: 'data brokers',
    pattern: /\bdata (?:brokers?|resellers?|aggregators?)\b|\blist (?:brokers?|rental)\b|\binformation brokers?\b/i,
    gloss: 'Shares with data brokers',
    examples: { match: ['We may disclose your information to data brokers.'], noMatch: ['We never sell to brokers of real estate.'] },
  },
  {
    id: 'share.other-users',
    kind: 'public',
    name: 'other users',
    pattern: /\b(?:visible|available|shown|displayed) to (?:other (?:users|members|people)|everyone|anyone)\b|\b(?:other (?:users|members)|anyone|the public) (?:can|may|will be able to) (?:see|view|read|find)\b|\byour (?:public )?profile (?:is|will be) (?:public|visible)\b|\bpublic by default\b/i,
    gloss: 'Makes your profile or posts visible to others',
    examples: { match: ['Your profile is visible to other users.', 'Anyone can see your public posts.'], noMatch: ['We share your data with service providers.'] },
  },
];

/** The recipient is where data comes from, not where it goes: "information from partners". */
export const FROM_SOURCE = /\b(?:from|by|via|through)\s+(?:(?:our|other|certain|select|trusted|some|these|such|the|third[- ]party|outside|external|business|advertising|marketing|data)\s+){0,3}$/i;
/** Verbs that bring data in: a recipient after them within the clause is a source. */
export const INBOUND_VERB = /\b(?:receiv\w*|obtain\w*|collect\w*|gather\w*|acquir\w*|get|gets|got|provided to us|sent to us|share with us|shares with us|shared with us)\b/i;

/** A blanket promise: the provider gives personal data to no third party (bar the exceptions
 *  the sentence names): "we will not disclose your personal data to any third parties". */
export const BLANKET_DENIAL: FactRule = {
  id: 'share.blanket-denial',
  pattern: /\b(?:not|never)\b[^.;:]{0,60}?\b(?:share|shared|disclose|disclosed|sell|sold|transfer|transferred|give|given|pass|passed|rent|provide|provided|make available)\b[^.;:]{0,60}?\b(?:third[- ]part(?:y|ies)|anyone|anybody|any other (?:company|companies|organi[sz]ations?|part(?:y|ies))|others|outside (?:parties|companies))\b|\bonly (?:share|disclose|give|pass|transfer)\w*\b[^.;:]{0,80}?\bwith\b|\b(?:shared|disclosed) only (?:with|to)\b|\bwill never be shared\b/i,
  gloss: 'Says it gives your data to no one else',
  examples: {
    match: ['We will not disclose your personal data to any third parties.', 'We do not share your information with anyone outside Example Inc.', 'We only share your data with our payment processor.'],
    noMatch: ['We share your data with third parties.', 'Third parties do not receive your name.'],
  },
};
