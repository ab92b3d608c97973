// Words the clause reader (src/engine/clause/read.ts) looks for around a claim rule's match.
// Data, not code: each list says what a word does to the clause it sits in.

/** Punctuation that ends a clause. A comma ends one only before a new subject (COMMA_SUBJECTS). */
export const HARD_BOUNDARIES: readonly string[] = [';', ':', '.', '?', '!', '(', ')', '[', ']', '—', '–', '-'];

/** Words that start a new clause, whose negation or subject is its own: "we don't sell it,
 *  but we share it" — the sharing is not denied. */
export const BOUNDARY_WORDS: readonly string[] = [
  'but', 'however', 'although', 'though', 'whereas', 'while', 'whilst', 'unless', 'except', 'because', 'whereby',
  'instead', 'rather', 'otherwise', 'nevertheless', 'nonetheless', 'yet',
];

/** After a comma (or "and"/"or"), these start a new clause: ", we share", ", and they". */
export const COMMA_SUBJECTS: readonly string[] = ['we', 'you', 'they', 'i', 'it', 'then', 'this', 'these', 'such', 'he', 'she', 'nor'];
/** Linking words that may stand between the comma and the subject: ", so they can never ...". */
export const COMMA_LINK_WORDS: readonly string[] = ['so', 'thus', 'therefore', 'hence'];

/** Negation cues. */
export const NEGATIONS: readonly string[] = ['not', 'never', 'no', 'nor', 'neither', 'none', 'nothing', 'nobody', 'prohibit', 'prohibits', 'prohibited', 'forbid', 'forbids', 'forbidden', 'refrain', 'refrains'];

/** Look-alikes of negation: "not only", "including but not limited to", "whether or not", "no later than". */
export const NOT_NEGATION_AFTER: Readonly<Record<string, readonly string[]>> = {
  not: ['only', 'limited', 'just', 'merely', 'least'],
  no: ['later', 'more', 'less', 'longer', 'fewer', 'matter', 'cost', 'charge', 'additional', 'extra'],
};
export const NOT_NEGATION_BEFORE: Readonly<Record<string, readonly string[]>> = {
  not: ['or', 'if'],
};

/** A possibility, not a denial: "we may not have sold each of these categories". The middle
 *  word is the negation; the phrase must be there whole. */
export const HEDGED_NOT: readonly (readonly string[])[] = [['may', 'not', 'have'], ['might', 'not', 'have']];

/** Negations that may follow the verb and still deny it: "we sell no data", "share none of it". */
export const OBJECT_NEGATIONS: readonly string[] = ['no', 'none', 'nothing', 'neither'];

/** Words that open a condition or a question: what follows them asserts nothing. "should" and
 *  "were" count only at the start of a clause ("should we sell ..."). */
export const CONDITIONS: readonly (readonly string[])[] = [
  ['if'], ['whether'], ['in', 'the', 'event'], ['in', 'case'], ['to', 'the', 'extent'], ['even', 'if'], ['assuming'],
  ['provided', 'that'], ['in', 'the', 'unlikely', 'event'], ['on', 'the', 'off', 'chance'],
];
export const CLAUSE_INITIAL_CONDITIONS: readonly string[] = ['should', 'were', 'had'];

/** The words a definition uses: "'sale' means ...", "the term 'share' refers to". */
export const DEFINITION_WORDS: readonly (readonly string[])[] = [
  ['means'], ['mean'], ['is', 'defined'], ['are', 'defined'], ['definition'], ['refers', 'to'], ['refer', 'to'], ['so', 'called'],
];

/** The law, not the provider, names the practice: "may be considered a sale under state law". */
export const DEEMED_PHRASES: readonly (readonly string[])[] = [
  ['may', 'be', 'considered'], ['might', 'be', 'considered'], ['could', 'be', 'considered'], ['can', 'be', 'considered'],
  ['be', 'deemed'], ['is', 'deemed'], ['are', 'deemed'], ['may', 'constitute'], ['might', 'constitute'], ['could', 'constitute'],
  ['may', 'qualify'], ['is', 'considered'], ['are', 'considered'], ['as', 'defined'], ['as', 'those', 'terms', 'are', 'defined'],
  ['within', 'the', 'meaning'], ['under', 'the', 'ccpa'], ['under', 'ccpa'], ['under', 'the', 'cpra'], ['under', 'california', 'law'],
  ['under', 'certain', 'state'], ['under', 'some', 'state'], ['under', 'applicable', 'state'], ['under', 'state'], ['under', 'certain', 'us', 'state'],
  ['under', 'certain', 'u', 's', 'state'], ['under', 'some', 'us', 'state'], ['under', 'the', 'laws', 'of', 'certain'], ['for', 'purposes', 'of', 'the'],
  ['interpreted', 'as'], ['be', 'viewed', 'as'], ['be', 'treated', 'as'], ['be', 'characterized', 'as'], ['be', 'characterised', 'as'],
  ['may', 'define'], ['might', 'define'], ['define', 'as'], ['defines', 'as'], ['may', 'fall', 'under'], ['might', 'fall', 'under'], ['could', 'fall', 'under'],
  ['legal', 'definition'], ['legal', 'definitions'], ['may', 'qualify', 'as'],
];

/** Knowing, not doing: "we have no actual knowledge that we sell ...". */
export const EPISTEMIC_PHRASES: readonly (readonly string[])[] = [
  ['knowledge', 'that'], ['knowledge', 'of'], ['aware', 'that'], ['aware', 'of'], ['knowingly'], ['know', 'that'], ['believe', 'that'],
];

/** The match is what a right or a choice is about: "you may opt out of the sale of ...",
 *  "request that we delete", "object to". Read backwards from the match, up to 4 words. */
export const OBJECT_OF_RIGHT: readonly (readonly string[])[] = [
  ['opt', 'out', 'of'], ['opt', 'out', 'from'], ['optout', 'of'], ['opt', 'out', 'of', 'the'], ['right', 'to'], ['rights', 'to'], ['request', 'that'],
  ['request', 'to'], ['requests', 'to'], ['ask', 'us', 'to'], ['ask', 'us', 'not', 'to'], ['object', 'to'], ['limit', 'the'], ['restrict', 'the'],
  ['direct', 'us', 'to'], ['direct', 'us', 'not', 'to'], ['direct', 'a', 'business', 'not', 'to'], ['instruct', 'us', 'not', 'to'], ['tell', 'us', 'not', 'to'],
  ['request', 'that', 'we', 'not'], ['opt', 'in', 'to'], ['consent', 'to', 'the'], ['choose', 'to'], ['choice', 'to'], ['able', 'to'], ['ability', 'to'], ['option', 'to'],
];

/** Words that narrow a statement to a group or item, so it cannot answer for the whole policy.
 *  A group named after the statement's own clause ("we don't sell your data, nor that of users
 *  under 16") or brought in by INCLUDING_WORDS ("including children's data") does not narrow it. */
export const INCLUDING_WORDS: readonly string[] = ['including', 'include', 'includes', 'even'];
export const NARROW_MINORS: readonly string[] = ['minor', 'minors', 'child', 'children', 'kids', 'kid', 'teen', 'teens', 'teenagers', 'juveniles'];
export const NARROW_ITEM: readonly (readonly string[])[] = [['this', 'cookie'], ['these', 'cookies'], ['such', 'cookies'], ['this', 'data'], ['these', 'cookies']];

/** Data that identifies nobody. */
export const DEIDENTIFIED_WORDS: readonly string[] = [
  'aggregate', 'aggregated', 'anonymous', 'anonymised', 'anonymized', 'anonymise', 'anonymize', 'deidentified', 'de', 'pseudonymous', 'pseudonymised',
  'pseudonymized', 'nonpersonal', 'statistical', 'hashed',
];

/** Subjects: who does what the verb says. The subject comes before the clause's first
 *  auxiliary ("Project X does not allow third-party trackers": X, not the third parties). */
export const AUXILIARIES: readonly string[] = [
  'do', 'does', 'did', 'will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
];
/** Subjects: who does what the verb says. */
export const FIRST_PERSON: readonly string[] = ['we', 'i', 'us'];
export const SECOND_PERSON: readonly string[] = ['you', 'users', 'user', 'visitors', 'customers', 'members', 'individuals', 'consumers', 'subscribers', 'parents'];
export const OTHERS: readonly string[] = [
  'they', 'third', 'other', 'partners', 'partner', 'advertisers', 'advertiser', 'providers', 'provider', 'vendors', 'vendor', 'parties', 'party', 'companies',
  'networks', 'network', 'affiliates', 'processors', 'processor', 'platforms', 'platform', 'services', 'sites', 'websites', 'apps', 'businesses',
  'organizations', 'organisations', 'publishers', 'developers', 'operators', 'contractors', 'agencies', 'brokers', 'google', 'facebook', 'meta',
];
