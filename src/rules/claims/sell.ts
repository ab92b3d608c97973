// Whether the provider sells personal data. Every mention of selling is read as a clause by the
// sell question (src/engine/questions/sell.ts): a denial, a plain admission, the law calling
// some disclosure a "sale" or "sharing", or something else (selling tickets, selling the
// business, the right to opt out of a sale, a definition, a condition).
import type { FactRule } from '../facts/types.ts';

/** A word of selling: the verb, its noun, and the ways of selling data by another name. */
export const SELL_WORD: FactRule = {
  id: 'sell.word',
  pattern: /\b(?:sell|sells|selling|sold|sale|sales|rent|rents|renting|rented|lease|leases|leasing|trade|trades|trading|traded|barter|monetize|monetise|monetizes|monetises)\b/i,
  gloss: 'The sentence speaks of selling',
  examples: { match: ['We do not sell your personal information.', 'We may rent our customer lists.'], noMatch: ['We share data with vendors.'] },
};

/** What is sold when it is personal data ("customer lists", "it", "them" back-referring). */
export const SOLD_DATA = /\b(?:information|data|details|records|lists?|pii|cpni|profiles?|e-?mail addresses|addresses|names|contacts|identifiers|it|them|personal|yours)\b/i;

/** What is sold when it is not personal data: goods, tickets, space, the business itself. */
export const SOLD_OTHER = /\b(?:tickets?|products?|goods|merchandise|items?|services?|subscriptions?|memberships?|plans?|devices?|hardware|software|licen[cs]es?|books?|music|songs?|albums?|games?|nfts?|tokens?|crypto(?:currenc(?:y|ies))?|assets?|stock|shares|equity|business(?:es)?|company|companies|units?|divisions?|advertising space|ad space|ads|advertisements?|inventory|gift cards?|vouchers?|coupons?|cars?|vehicles?|property|properties|homes?|food|art|artworks?|courses?|content|digital content|trips?|fares?|flights?|energy|electricity|insurance|loans?)\b/i;

/** The sale of the provider's business: a business transfer, not a sale of data (share.ts). */
export const BUSINESS_SALE: FactRule = {
  id: 'sell.business-transfer',
  pattern: /\b(?:merger|acquisition|reorgani[sz]ation|bankruptcy|insolvency|divestiture|financing|restructuring|change of control|dissolution|liquidation)\b|\bsale of (?:all|some|part|substantially|a portion|any|our|the|its|assets|stock|shares|the business|a business|business|company)\b|\b(?:sell|sells|sold) (?:all|some|part|substantially|a portion|any) (?:or (?:part|a portion|substantially all|all) )?(?:of )?(?:its|our|the|their) (?:business|assets|company|stock)\b|\b(?:sell|sells|sold|buy|buys) (?:or buy )?(?:a |any |our |the |its )?(?:business|businesses|assets|company|companies)\b/i,
  gloss: 'Selling the business, not your data',
  examples: {
    match: ['If we are involved in a merger, acquisition or sale of assets, your data may be transferred.', 'We may sell or buy businesses or assets.'],
    noMatch: ['We do not sell your personal information.'],
  },
};

/** A plain denial: "we do not sell", "we never sell", "is not sold", "we have not sold". */
export const SELL_DENIAL: FactRule = {
  id: 'sell.denies',
  pattern: /\b(?:not|never|no|nor|neither)\b[^.;:]{0,80}?\b(?:sell|sells|selling|sold|sale|sales|rent|renting|lease|trade)\b|\b(?:sell|sold)\b[^.;:]{0,12}\b(?:no|none)\b/i,
  gloss: 'Says it does not sell your data',
  examples: {
    match: [
      'We do not sell your personal information.',
      'We will never sell, rent or trade your data to anyone.',
      'Your personal data is not sold to third parties.',
      'We have not sold any personal information in the past 12 months.',
      "Nor do we rent or sell our customers' details.",
    ],
    noMatch: ['We may sell your personal information to data brokers.', 'For every event for which we sell tickets, we need your name.'],
  },
};

/** A plain admission: "we may sell your information", "we rent our customer lists". */
export const SELL_ADMITS: FactRule = {
  id: 'sell.admits',
  pattern: /\b(?:sell|sells|selling|sold|sale of|rent|rents|renting|rented|lease|leases|trade|trades|traded)\b/i,
  gloss: 'Says it may sell your data',
  examples: {
    match: ['We may sell your personal information to data brokers.', 'We also rent our customer lists to other companies.', 'In the last 12 months we have sold the following categories of personal information: identifiers.'],
    noMatch: [
      'We do not sell your personal information.',
      'For every event for which we sell tickets, we will need to disclose your name.',
      'You have the right to opt out of the sale of your personal information.',
      'If we sell all or part of our business, your data may be transferred.',
      'Nor do we have actual knowledge that we sell or share the personal information of consumers under 16.',
      "The term 'sale' means disclosing personal information for money.",
      'We may sell aggregated, de-identified statistics.',
    ],
  },
};

/** The law calls some disclosure a sale or "sharing": "may be considered a 'sale' under state
 *  law", "we 'share' personal information for cross-context behavioral advertising". */
export const SELL_UNDER_LAW: FactRule = {
  id: 'sell.under-law',
  pattern: /\b(?:sale|sell|selling|sold|share|sharing|shared)\b|\bcross-context behavio(?:u)?ral advertising\b|\btargeted advertising\b/i,
  gloss: 'Some disclosures may count as a "sale" or "sharing" under state law',
  examples: {
    match: [
      'Sharing data with advertising partners through cookies may be considered a "sale" or "sharing" under some state laws.',
      'We may "share" personal information with ad partners for cross-context behavioral advertising, as defined by the CCPA.',
      'In the past 12 months we have "sold" or "shared" identifiers and internet activity for targeted advertising.',
    ],
    noMatch: ['We share your data with service providers.', 'We do not sell your personal information.'],
  },
};

/** The denial has exceptions ("except as required by law"). */
export const SELL_EXCEPTION = /\b(?:except|unless|other than|otherwise than|but may)\b/i;

/** A heading or question about selling: a sentence under it is the dedicated statement. */
export const SELL_HEADING = /\b(?:sell|sale|sold|selling)\b/i;

/** Sharing for targeted advertising, named as the law names it, without "sale" nearby. */
export const TARGETED_SHARING = /\bcross-context behavio(?:u)?ral advertising\b|\b(?:targeted|interest-based|behavio(?:u)?ral|personali[sz]ed) advertising\b|\bad(?:vertising)? partners\b/i;
