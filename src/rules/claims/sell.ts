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
export const SOLD_DATA = /\b(?:information|data|details|records|lists?|pii?|cpni|profiles?|e-?mail address(?:es)?|address(?:es)?|names|contacts|identifiers|it|them|personal|yours)\b/i;
/** The same, named before a passive verb ("your data is not sold"): nouns only, no pronouns. */
export const SOLD_DATA_NOUN = /\b(?:information|data|details|records|lists?|pii?|cpni|profiles?|e-?mail address(?:es)?|address(?:es)?|names|contacts|identifiers|personal)\b/i;

/** What is sold when it is not personal data: goods, tickets, space, the business itself. */
export const SOLD_OTHER = /\b(?:tickets?|products?|goods|merchandise|items?|services?|subscriptions?|memberships?|plans?|devices?|hardware|software|licen[cs]es?|books?|music|songs?|albums?|games?|movies?|films?|episodes?|videos?|nfts?|tokens?|crypto(?:currenc(?:y|ies))?|assets?|stock|shares|equity|business(?:es)?|company|companies|units?|divisions?|(?:advertising|ad) spaces?|ads|advertisements?|inventory|gift cards?|vouchers?|coupons?|cars?|vehicles?|bikes?|bicycles?|scooters?|rooms?|seats?|equipment|property|properties|homes?|food|art|artworks?|courses?|content|digital content|trips?|fares?|flights?|energy|electricity|insurance|loans?|secrets?)\b/i;

/** Selling words that are about data only beside "sell"/"rent" ("sell, rent or trade your
 *  data") or right before the data ("trade your personal information"): alone they are trading
 *  securities, leases, or a brand ("Prime Trading"). */
export const WEAK_SELL_WORD = /^(?:trade|trades|trading|traded|lease|leases|leasing|barter|monetize|monetise|monetizes|monetises)$/i;

/** The data right after a weak selling word: "trade your personal information" (not "trade
 *  names", "trade sanctions lists"). */
export const WEAK_WORD_DATA = /^\s*(?:in\s+)?(?:(?:any|all)\s+(?:of\s+)?)?(?:your|personal|users?'?|customers?'?|consumers?'?|members?'?|subscribers?'?|visitors?'?)\s/i;

/** The name of a link or setting, written in lower case: "Do not sell or share my personal
 *  information". */
export const LINK_NAME_BEFORE = /(?:^|["'“‘(]\s*|\b(?:a|an|the|your|our|this|submit|click|use|via|through)\s+)do\s+not\s+$/i;
export const LINK_NAME_AFTER = /^\s*(?:(?:or|and|\/)\s*share\s+)?my\b/i;

/** Other verbs a selling verb is listed with: "sell, rent, or otherwise disclose". */
export const LISTED_VERBS = /^(?:\s*(?:,|\/|\bor\b|\band\b|\bnor\b|\band\/or\b)\s*(?:(?:otherwise|in any way|directly|indirectly|knowingly)\s+)?["'(]*\s*(?:sell|rent|leas|trad|shar|disclos|transfer|market|licen[cs]|exchang|distribut|provid|giv|make available|monetiz|monetis|us|process|collect|permit access to|barter|buy)\w*["')]*|\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:profit|benefit)\w*(?:\s+(?:directly|indirectly|financially))?\s+from)+/i;

/** Where the object of a selling verb ends: a preposition, or punctuation. */
export const OBJECT_END = /[.,;:()]|\b(?:to|with|for|in|via|through|from|under|without|except|unless|as|at|on|when|if|because|but|so|unless)\b/i;

/** Data of a narrow group or one program: "student personal data", "information collected
 *  through the SMS program" — it does not answer for the whole policy. */
export const NARROW_SCOPE = /\b(?:student|students'?|pupils?|employees?'?|applicants?'?|job candidates?'?)\s+(?:personal\s+)?(?:data|information|records)\b|\bcollected (?:through|via|by|in connection with|as part of) (?:the|our|this|that) [\w -]{1,30}?\b(?:program|programme|feature|promotion|campaign|sweepstakes|contest|survey|pilot|app)\b/i;

/** "stop selling", "cease selling": what a request asks for, not what is done. */
export const REQUESTED_STOP = /\b(?:stop|stops|stopping|cease|ceases|ceasing|discontinue)\s+$/i;

/** The law's template speaking of businesses in general: "request that a business that sells
 *  a consumer's personal data not sell it". Not "disclosed for a business purpose, and sold". */
export const ANY_BUSINESS_BEFORE = /\b(?:a|the|any|that) business(?:es)?\s+(?:that|which|who)\s+(?:\w+\s+)?$|\b(?:a|any) business\b(?!\s+(?:or commercial\s+)?purposes?\b)/i;

/** A cross-reference or a list item naming a category ("see 'Sale' and 'Sharing' of Personal
 *  Information"; "The business or commercial purpose for collecting or selling ..."). */
export const CROSS_REFERENCE = /\b(?:see|refer to|visit|read|review|section(?: titled| entitled)?|click(?: on)?|link)\s+(?:the\s+|our\s+)?["'“‘]?$/i;
export const ITEM_OPENER = /^\W*(?:(?:the|a|an|any)\s+)?(?:categories|category|list|lists|(?:business or )?commercial purposes?|business purposes?|purposes?|specific pieces|sources|types|the right to)\b/i;
export const FINITE_VERB = /\b(?:is|are|was|were|may|might|will|would|can|could|do|does|did|has|have|had|must|shall|we|you)\b/i;

/** "Nevada law defines 'sale' as ...": the match is the term a law defines. */
export const DEFINES_TERM_BEFORE = /\b(?:defines?|defined)\s+(?:the\s+terms?\s+)?["'“‘]?$/i;
/** ... unless the definition is said to take in the provider's own disclosures ("laws define
 *  'sale' broadly to include some of the disclosures described above"). */
export const DEFINITION_INCLUDES_OURS = /\b(?:broad(?:ly)?|to include|includes?|including)\b[^.;]*\b(?:our|we|us|some of the|certain of the)\b/i;

/** A condition on the person's choice before the match: "If you opt out, we will not sell ..."
 *  says nothing of what happens otherwise. */
export const CHOICE_CONDITION = /^\W*(?:if|when|once|where|unless|after|until)\s+you\s+(?:have\s+|do\s+not\s+|don't\s+)?(?:opt|exercis|ask|request|tell|submit|choose|chose|consent|agree|withdr[ae]w|object|direct|instruct|enable|turn|click|use|make|elect|decide|sign|subscribe|provide|give)\w*\b[^.;]*,|^\W*in (?:such|that|this|which|either|any such) (?:a )?(?:case|event|instance|situation)s?\b/i;

/** A condition that only says where the reader lives: "If you are a California resident, ...".
 *  A denial under it is the policy's answer for the people it covers (GUIDE rule 5). */
export const REGION_CONDITION = /^\W*(?:if|where|when)\s+you\s+(?:are\s+(?:a\s+)?(?:resident|located|based|living)|live|reside)\b[^.;,]{0,60},/i;

/** ... or after it: "we will not sell your data once you opt out". */
export const AFTER_CHOICE = /^[^.;]{0,80}?\b(?:once|after|if|when|until)\s+you\s+(?:have\s+)?(?:opt(?:ed)?[- ]?out|exercised?\s+(?:your|this|that|the)\s+(?:opt|right\s+to\s+opt|choice)|submit(?:ted)?\s+(?:an?|your)\s+(?:opt|request\s+to\s+opt)|withdr[ae]wn?\s+(?:your\s+)?consent)/i;

/** A negation of another verb before the selling word: "does not affect previously sold data". */
export const NEGATED_OTHER_VERB = /\b(?:not|never)\s+(?:\w+\s+)?(?:affect|apply|mean|include|prevent|cover|require|stop|change|restrict|limit|impact|opt|guarantee)s?\b[^.;]*$/i;

/** A pointer to a list or a page: "For a list of categories we have sold, please click here." */
export const POINTER = /^\W*for\s+(?:a\s+list|the\s+list|more|further|additional|details|a\s+description)\b[^.;]*?,\s*(?:please\s+)?(?:see|click|visit|refer|review|go|read|contact|consult)/i;

/** Selling the business, said around the verb: "sell, transfer, merge or re-organise any part
 *  of our business". */
export const BUSINESS_WORDS = /\b(?:merger|merge|acquisition|bankruptcy|reorgani[sz]ation|re-?organi[sz]e|insolvency|joint venture|change of control|(?:our|its) (?:business )?assets|part(?:\(s\)|s)? of (?:our|its) business)\b/i;

/** The law's words asserted of what it does, not hedged: "constitute the 'sale' of ...". */
export const LAW_TERM_ASSERTED = /\b(?:constitutes?|constituted|amounts? to|engage[sd]? in|are|is)\s+(?:a\s+|the\s+|an\s+)?["'“‘]?$/i;

/** A hedge on the law's word, near it: "may be a sale under California law", "could be
 *  considered 'selling'", "may include sharing". */
export const LAW_HEDGE = /\b(?:may|might|could|can)\s+(?:also\s+)?(?:be\s+(?:a|an|considered|deemed|treated|viewed|regarded|characteri[sz]ed|interpreted)|constitute|qualify|fall\s+(?:under|within)|include|involve|amount\s+to|count\s+as)\b/i;

/** The law's word hedged just before the match ("activities that may fall under the legal
 *  definitions of 'sales'"): an under-law statement even inside an opt-out. */
export const HEDGE_BEFORE = /\b(?:may|might|could)\s+(?:also\s+)?(?:be\s+(?:considered|deemed|treated\s+as|viewed\s+as|regarded\s+as)|fall\s+(?:under|within)|constitute|qualify\s+as|define\s+as)\b[^.;]{0,60}$/i;

/** What an opt-out is of: "opt out of 'sales', 'sharing' and 'targeted advertising'". */
export const OPT_OUT_OF_BEFORE = /\bopt(?:s|ed|ing)?(?:\s+(?:you|them|users))?[- ]?out\s+(?:of|from)\b(?:(?!\bwe\b)[^.;]){0,60}$/i;

/** Sold by someone else: "information 'sold' by other sources". */
export const SOLD_BY_OTHERS = /^\W*by\s+(?!us\b|the company\b)(?:other|third|data|our\s+(?:partners|vendors|advertisers))/i;

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
    match: ['We may sell your personal information to data brokers.', 'We also rent our customer lists to other companies.', 'In the last 12 months we have sold the following categories of personal information: identifiers.',
      'In the past 12 months we have "sold" identifiers and internet activity to advertising partners.',
      'We may sell or share for targeted advertising purposes the following categories of personal information: identifiers.',
    ],
    noMatch: [
      'We do not sell your personal information.',
      'For every event for which we sell tickets, we will need to disclose your name.',
      'You have the right to opt out of the sale of your personal information.',
      'If we sell all or part of our business, your data may be transferred.',
      'Nor do we have actual knowledge that we sell or share the personal information of consumers under 16.',
      "The term 'sale' means disclosing personal information for money.",
      'We may sell aggregated, de-identified statistics.',
      'Our sales team will contact business customers.',
      'We may share, sell or transfer information about you in connection with a merger or acquisition.',
      'A list of categories of personal information that we have sold, along with the category of any other company we sold it to.',
      'If you ask us to stop selling your personal information, we will stop selling it.',
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
      "This is also called interest-based advertising, or what some states may define as 'sharing or selling' for cross-context behavioural advertising.",
    ],
    noMatch: [
      'We share your data with service providers.',
      'We do not sell your personal information.',
      'Please also see "Sale" and "Sharing" of Personal Information for more about your rights.',
      'Nevada law defines "sale" as the exchange of personal information for money.',
      'This also covers the processing of personal data for targeted advertising (or sharing as defined under state law), the sale of personal data, or profiling.',
    ],
  },
};

/** The denial has exceptions ("except as required by law"). */
export const SELL_EXCEPTION = /\b(?:except|unless|other than|otherwise than|but may)\b/i;

/** An offer to opt out of "sharing" (the state laws' word for disclosures for targeted ads):
 *  beside a denial of selling, it makes the answer conditional (GUIDE clarification 4). */
export const SHARING_OPT_OUT = /\bopt(?:ing)?[- ]?out\s+(?:of|from)\s+(?:[\w"'“”‘’]+\s+){0,5}?["'“‘]?shar(?:e|ed|ing)\b/i;

/** The law's "sharing" named beside selling or targeted ads, for a denial that covers it too:
 *  "we do not sell or share", "does not 'share' ... as that term is defined". */
export const LAW_SHARE_WORD = /["'“‘](?:share|sharing|shared)["'”’]|\b(?:sell|sale)\s+(?:or|and|\/)\s+(?:share|sharing)\b|\b(?:share|sharing)\b(?=[^.;]{0,80}\b(?:cross-context|targeted advertising|as (?:that|the|this) term|as defined))/i;

/** A heading or question about selling: a sentence under it is the dedicated statement. */
export const SELL_HEADING = /\b(?:sell|sale|sold|selling)\b/i;

/** Sharing for targeted advertising, named as the law names it, without "sale" nearby. */
export const TARGETED_SHARING = /\bcross-context behavio(?:u)?ral advertising\b|\b(?:targeted|interest-based|behavio(?:u)?ral|personali[sz]ed) advertising\b|\bad(?:vertising)? partners\b/i;

/** A denial qualified to the ordinary sense of selling: "we do not sell your data in the
 *  conventional sense", "we do not 'sell' your personal data for money". With a way out of
 *  selling or "sharing" elsewhere in the policy, the answer is conditional (GUIDE: denies selling
 *  in the ordinary sense, but some disclosures may count under some laws). */
export const QUALIFIED_DENIAL = /^[^.;]{0,100}?\b(?:in (?:the|a) (?:conventional|traditional|ordinary|classic(?:al)?|common|usual|typical|strict) sense|for (?:money|cash)\b|for monetary (?:consideration|value|compensation|payment)|in exchange for (?:money|cash|payment))/i;

/** Signs elsewhere that some disclosure is a sale or "sharing" in the law's sense: a "Do Not Sell
 *  or Share" page, an opt-out of selling or sharing, "sharing for targeted advertising". */
export const SALE_OR_SHARING_SIGN = /\bDo Not (?:Sell|Share)\b|\bopt(?:[- ])?out of (?:the )?(?:sale|selling|sharing)\b|\bsharing (?:of (?:your )?(?:personal )?(?:data|information) )?for (?:targeted|cross-context|interest[- ]based|behavio(?:u)?ral)\b|\bopt(?:[- ])?out of (?:\w+[- ])?(?:based )?targeted advertising\b/i;

/** A denial narrowed to one purpose: "does not sell consumer personal data for the purpose of
 *  training language models". It does not outweigh a plain admission of selling. */
export const NARROW_PURPOSE = /^[^.;]{0,80}?\bfor (?:the )?(?:sole )?purposes? of [a-z]+ing\b/i;

/** A denial in Nevada's narrow sense of "sale" (data for money to be resold), for Nevada
 *  residents: "If you are a resident of Nevada, note that we do not presently sell personal data
 *  as this term is defined by the Nevada privacy laws". Beside a list of what it sold or shared
 *  under other states' laws, it does not outweigh it. */
export const NEVADA_ONLY = /\bNevada\b/;

/** A denial for the users of some of its services only: "does not 'sell' the personal
 *  information of users of its legal services". Not "users of our Services" (all of them). */
export const NARROW_USERS = /^[^.;]{0,80}?\bof (?:the )?(?:users|customers|subscribers|members|clients) of (?:its|our|certain|some|specific) (?!(?:services?|sites?|websites?|apps?|applications?|products?|platforms?)\b)[\w ,&()-]{1,60}?\b(?:services?|products?|apps?|platforms?)\b/i;

/** The object of "sell" given after a purpose: "we may sell or share for targeted advertising
 *  purposes (…) the following categories of personal information". */
export const LATE_OBJECT = /^[^.;]{0,240}?\b(?:the following )?categories of personal (?:information|data)\b/i;

/** The law's word hedged, not only named: "may be considered", "deemed", "could constitute". */
export const HEDGE_WORD = /\b(?:considered|deemed|constitut\w*|treated as|viewed as|characteri[sz]ed as|qualif\w*|interpreted as|regarded as|may|might|could)\b/i;
/** The provider or its own words in a sentence: without them a noun "sale" names a topic. */
export const PROVIDER_WORD = /\b(?:we|our|us)\b/i;


/** Sensitive personal data named as the object: a statement about that kind of data only
 *  ("we do not sell or share sensitive personal information"). */
export const SENSITIVE_ONLY = /^[^.;]{0,40}?\bsensitive (?:personal )?(?:data|information)\b/i;

/** A renting or buying word followed by "from" names what the provider takes in, not what it
 *  sells: "servers rented from European service providers", "data we lease from partners". */
export const TAKEN_FROM = /^(?:rent|rents|renting|rented|lease|leases|leasing|leased)$/i;

/** A denial of handing over personal data for money, without a selling word: "we do not disclose
 *  personal information to third parties in exchange for monetary compensation", "does not
 *  exchange personal information for money". Beside a statement that it "sells" or "shares" data
 *  in the law's sense, the answer is conditional (GUIDE: denies selling in the ordinary sense). */
export const MONEY_DENIAL: FactRule = {
  id: 'sell.denies',
  pattern: /\b(?:not|never)\b[^.;:]{0,40}?\b(?:disclos\w*|exchang\w*|provid\w*|shar\w*|transfer\w*|giv\w*|trad\w*|pass\w*|hand\w*)\b[^.;:]{0,60}?\b(?:personal (?:data|information)|your (?:data|information))\b[^.;:]{0,60}?\b(?:in exchange )?for (?:money|cash|monetary (?:compensation|consideration|payment|value))\b/i,
  gloss: 'Says it does not hand over your data for money',
  examples: {
    match: [
      'We do not disclose personal information to other companies in exchange for monetary payment.',
      'The Company does not exchange your data for money with anyone.',
    ],
    noMatch: ['"Sale" means disclosing personal information to a third party for money.', 'We do not share your personal information with advertisers.'],
  },
};

/** A company the clause reader takes for another one ("Google", "Meta") as the subject of a
 *  denial: "Google does not sell your personal information". It is the provider speaking when
 *  the policy names that company throughout (OWN_NAME_MENTIONS or more times, counted by
 *  engine/questions/own-name.ts): its own policy. */
export const NAMED_SUBJECT_DENIAL = /^\W*(Google|Meta|Facebook)(?:\s+(?:LLC|Inc\.?|Platforms))?\s+(?:does not|doesn['’]t|will not|won['’]t|never|has not|hasn['’]t)\s+(?:\w+\s+)?$/;
export const OWN_NAME_MENTIONS = 40;
