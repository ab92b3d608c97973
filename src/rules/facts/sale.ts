// Whether the provider sells personal data. A denial must be about data ("does not sell
// products or services for purchase by children" is not), a sale of the business is a
// business transfer (recipients.ts), and CCPA's "we have not sold … in the past 12 months" is a
// denial while "we have sold the following categories" is a sale.
import type { FactRule } from './types.ts';

/** What a sale must be of. */
const DATA = String.raw`(?:information|data|CPNI|records|customer lists|PII|details)`;

export const SALE_NO_RULES: readonly FactRule[] = [
  {
    id: 'sell.no.do-not-sell',
    pattern: new RegExp(String.raw`\b(?:do|does|did|will|shall|would)\s*(?:not|n't)\s+(?:[\w-]+,?\s+(?:or\s+)?){0,3}?(?:sell|rent|lease|trade)\b[^.;]{0,100}?\b${DATA}\b`, 'i'),
    gloss: 'Says it does not sell your data',
    examples: {
      match: [
        'We do not sell or share customer information with anyone outside of our direct or affiliate organization.',
        'We will not sell, exchange, rent, lease or otherwise disclose your Personal Information to third-party marketers.',
        'We do not give, sell, or transfer any personal information to any other third party.',
        'We specifically do not sell any Personally Identifiable Information including customer lists.',
      ],
      noMatch: ['Phone.com does not sell products or services for purchase by children.', 'We may sell your personal information.'],
    },
  },
  {
    id: 'sell.no.never',
    pattern: new RegExp(String.raw`\b(?:never|not to|nor) (?:sell|rent|trade)\b[^.;]{0,100}?\b${DATA}\b|\b${DATA}\b[^.;]{0,60}\bis not (?:for sale|sold)\b`, 'i'),
    gloss: 'Says it never sells your data',
    examples: { match: ['We never sell your personal information.', 'Your data is not for sale.'], noMatch: ['We never sell out of stock items.'] },
  },
  {
    id: 'sell.no.not-sold',
    pattern: new RegExp(String.raw`\b(?:have|has) not sold\b[^.;]{0,100}?\b${DATA}\b|\bno (?:sale|selling) of (?:your )?(?:personal )?${DATA}`, 'i'),
    gloss: 'Says it has not sold personal data (CCPA disclosure)',
    examples: {
      match: ['We have not sold personal information in the past 12 months.'],
      noMatch: ['We have sold the following categories of personal information in the past 12 months.'],
    },
  },
  {
    // "Selling customer data is not our business": a denial in other words.
    id: 'sell.no.not-our-business',
    pattern: /\bnot in the business of (?:selling|renting|trading)\b/i,
    gloss: 'Says selling your data is not its business',
    examples: { match: ['The shop is not in the business of selling customer lists.'], noMatch: ['We are in the business of selling books.'] },
  },
];

export const SALE_YES_RULES: readonly FactRule[] = [
  {
    id: 'sell.yes.may-sell',
    // "we may continue to sell products to you" has no data after the verb.
    pattern: new RegExp(String.raw`\b(?:we|company|it)\s+(?:may\s+|might\s+|can\s+|also\s+|sometimes\s+)*(?:sell|sells|rent|rents)\b(?![^.;]{0,20}\b(?:products|services|goods)\b)[^.;]{0,80}?\b${DATA}\b`, 'i'),
    gloss: 'Says it may sell your data',
    examples: {
      match: ['We may sell your personal information to third parties.', 'We also rent our customer lists to other companies.'],
      noMatch: ['so that we may continue to sell products to you', 'We do not sell your information.'],
    },
  },
  {
    id: 'sell.yes.have-sold',
    pattern: new RegExp(String.raw`(?<!\bnot\s)\b(?:have|has) sold\b[^.;]{0,100}?\b${DATA}\b|\bsells (?:your )?personal ${DATA}\b`, 'i'),
    gloss: 'Says it has sold personal data (CCPA disclosure)',
    examples: {
      match: ['In the past 12 months we have sold the following categories of personal information.'],
      noMatch: ['We have not sold personal information.', 'Fusion does not sell your personal information.'],
    },
  },
];

/** "… except / unless / other than …" after a denial: it has exceptions. */
export const SALE_EXCEPTION: FactRule = {
  id: 'sell.exception',
  pattern: /\b(?:except|unless|other than|otherwise than|but may)\b/i,
  gloss: 'The denial has exceptions',
  examples: { match: ['except as authorized by you or required by law'], noMatch: ['to any third party.'] },
};
