// Word lists the classification rules share (src/rules/classify/**), as token-pattern
// alternatives (syntax: src/engine/match/pattern.ts). One list per meaning: where two labels
// need different words for what looks like the same thing (editing your data vs editing the
// policy), each list is named for what it is, so a rule says which one it means.

// ---- the policy itself -----------------------------------------------------------------------

/** The policy as a document, singular or plural: "changes to these notices". */
export const POLICY_DOC = '(policy|notice|statement|policies|notices|statements)';
/** The policy as a document or a promise, singular: "our privacy pledge". */
export const POLICY_OR_PLEDGE = '(policy|notice|statement|pledge)';

/** How a policy is changed: "we may revise or supplement this policy". */
export const EDIT_POLICY = '({update}|{change}|{modify}|{revise}|{amend}|{alter}|{edit}|{supplement})';

/**
 * A table of contents or a pointer to another section: these name every label's topics without
 * stating any. Each label keeps its own look-alike rule (its weight is trained for that label)
 * built from these patterns.
 */
export const CONTENTS_SECTIONS = ['(following|these) (questions|sections|topics)', '(links|link) below'] as const;
/** CONTENTS_SECTIONS, and "jump to". */
export const CONTENTS_NAVIGATION = [...CONTENTS_SECTIONS, 'jump to'] as const;
/** A policy announcing what it covers or the sections below. */
export const CONTENTS_ANNOUNCED = [
  '(policy|statement|notice) (covers|answers|addresses) (the following|what)',
  '(read|see) the (information|sections|topics) below',
] as const;
/** CONTENTS_NAVIGATION and CONTENTS_ANNOUNCED. */
export const CONTENTS_LIST = [...CONTENTS_NAVIGATION, ...CONTENTS_ANNOUNCED] as const;

/** "No longer covered by this policy": what the policy says lies outside it. */
export const OUTSIDE_THIS_POLICY = '(not|no longer) (be )?(covered|governed|protected) by (this|our)';

// ---- your data -------------------------------------------------------------------------------

/** What you can do to your own data: "correct, amend or delete inaccurate information". */
export const EDIT_DATA = '({update}|{correct}|{edit}|{amend}|{modify}|{change}|{delete}|{remove}|{rectify}|{erase}|{revise})';

export const INFO = '(information|data|info|details)';

// ---- collecting and sharing ------------------------------------------------------------------

export const MODAL = '(may|might|will|also|automatically|can|do|does|generally|only|routinely|typically|sometimes|currently|passively|additionally)';
export const COLLECT = '(collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained|receive|receives|received|record|records|recorded|log|logs|logged|acquire|acquires|capture|captures)';
/** COLLECT without "receive": "we may receive legal requests" is about disclosure, not collection. */
export const GATHER = '(collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained|record|records|recorded|log|logs|logged|acquire|acquires|capture|captures)';

export const SHARE = '(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|transfer|transfers|transferred|provide|provides|provided|release|releases|released|sell|sells|sold|rent|rents|rented|trade|trades|traded|lease|give|gives|make available|made available|exchange|exchanged|furnish|report|reveal|pass|passed|transmit|transmitted|send|sent)';
/** Further verbs in a list of refusals: "sell, exchange, rent, lease or otherwise disclose". */
export const SHARE_CHAIN = '(sell|rent|lease|trade|share|disclose|transfer|release|exchange|distribute|license|give|provide|otherwise|or|and|make|available|loan|publish|swap|barter|authorize|allow|permit)';
/** Whoever data may go to. */
export const RECIPIENT = '(vendor|service provider|partner|third parties|third party|others|other companies|outside parties|unaffiliated|non affiliated|nonaffiliated|affiliates|affiliated|subsidiaries|parent company|partners|business partners|service providers|vendors|contractors|agents|advertisers|sponsors|marketers|law enforcement|government|authorities|any company|companies|anyone|any person|any other|outside|external|selected|carefully selected|trusted|advertiser|sponsor|dealer|dealers|merchants|retailers|marketer|organizations|other organizations|other businesses|businesses|people|entities)';

// ---- dates ----------------------------------------------------------------------------------

/** A month's name or abbreviation ("may" only before a number: "May 25, 2018"). */
export const MONTH = '(january|february|march|april|may /^\\d+$/|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';

// ---- places ----------------------------------------------------------------------------------

/** US states other than California with their own consumer privacy law, as audiences name them. */
export const STATES_WITH_PRIVACY_LAWS = '(nevada|virginia|colorado|connecticut|utah|vermont|texas|oregon|delaware|montana|iowa|massachusetts|new jersey|tennessee|indiana|minnesota|maryland|kentucky|rhode island|new hampshire|nebraska|illinois|washington state|new york state)';
/** US state names as they appear in postal addresses ("Seattle, Washington 98101"). */
export const STATE_NAMES_IN_ADDRESSES = '(alabama|arizona|california|colorado|connecticut|delaware|florida|georgia|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|missouri|nebraska|nevada|new jersey|new york|north carolina|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|virginia|washington|wisconsin)';
