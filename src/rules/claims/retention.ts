// How a retention period is read beside the older rules (../facts/retention.ts): what it applies
// to (the noun the keeping verb governs, the subject of a passive, the first cell of a table
// row, the section heading for "this data"), what event it runs from ("after account closure"),
// and the wordings that keep a number from being a retention period (a reply to a request,
// data already made anonymous). Read by src/engine/questions/retention.ts and retention-subject.ts.

/** A verb of keeping or disposing of data; the last one before a period governs it. */
export const KEEP_VERB = /\b(?:remain(?:s|ed|ing)?|stay(?:s|ed)?|expire[sd]?|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept|stor(?:e|es|ed|ing)|hold(?:s|ing)?|held|sav(?:e|es|ed|ing)|preserv(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|archiv(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|anonymi[sz](?:e|es|ed|ing)|de-?identif(?:y|ies|ied|ying)|process(?:es|ed|ing)?|sever(?:s|ed|ing)?)\b/gi;

/** Verbs whose subject is what is kept, like a passive's: "those items remain for 30 days". */
export const INTRANSITIVE = /^(?:remain|stay|expire)/i;

/** The verb before is passive: "are kept", "will be automatically deleted". */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:(?:\w+ly|then|also|only|not|still|now)\s+)*$/i;

/** Where the noun phrase a verb governs ends: the period's preposition or an adjunct. */
export const OBJECT_END = /\s(?:for|in|on|at|until|till|after|within|up to|from|to|by|as|during|over|under|beyond|no longer|longer|indefinitely|securely|only|generally|typically|usually|in order|so that|because|unless|except|if|when|once|and then)\b|[,(:]/i;

/** The end of one thing's period, before the next thing of a list joined by "and": "we keep A
 *  for 2 years| and |B for three months" (what follows names the second thing). */
export const PERIOD_THEN_NEXT = /\b(?:hours?|days?|weeks?|months?|years?)\b(?:\s+(?:after|from|following)\b[^,;]{0,40}?)?,?\s+(?:and|as well as|while|whereas)\s+/gi;

/** Words after "for 6 months and" that go on with the same thing ("and thereafter for 2 years"). */
export const NEXT_SAME_THING = /^(?:then|thereafter|afterwards?|subsequently|later|longer|again|possibly|potentially|sometimes|up to|at (?:most|least)|no (?:more|longer) than|more than|less than|only|generally|typically|usually|otherwise|another|a further|an additional)\b/i;

/** Keeping data safe, not keeping it for a time: "bound to keep personal data confidential",
 *  "keep your information safe and secure". */
export const KEEP_SAFE = /\bkeep(?:s|ing)?\s+(?:[\w-]+\s+){0,3}?(?:confidential|secure|safe|protected|private|secret|accurate|up[- ]to[- ]date)\b/i;

/** The words between one period and the next when the next is the length of the event the
 *  first runs from: "for one year| after your account has been inactive for |24 months". */
export const PERIOD_IN_EVENT = /^\s*(?:after|following|from|since|once)\b(?:(?!\b(?:and|or|but|while)\b)[^,;.()]){0,60}\bfor\s*$/i;

/** What is kept, named after the period: "we retain for three days the called URL". */
export const OBJECT_AFTER = /^\s*(?<what>(?:the|your|all|any)\s[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|$)|\s(?:for|to|in order|so that|which|that|and then)\b)/i;

/** Words that make a subject generic: it is "your data" rather than a kind of it. */
export const GENERIC_SUBJECT = /^(?:(?:all|any|the|your|our|such|this|these|those|that|their|other|certain|some|of)\s+)*(?:(?:personal|customer|user|collected|remaining|identifiable|personally identifiable)\s+)*(?:data|information|details|records|it|they|them|this|everything|personal data|data and information)$/i;

/** A subject that points back ("this data", "the aforementioned data", "them"). */
export const ANAPHOR = /^(?:it|them|they|this|these|those|that|such|said|same|the (?:aforementioned|above(?:[- ]?mentioned)?|foregoing|same|relevant|following|data|information)|the)\b/i;

/** A subject that is only a pronoun, whatever follows it ("them automatically"). */
export const PRONOUN = /^(?:it|them|they|the following)\b/i;

/** Trailing words that add nothing to what is kept: "data we collect", "information about you". */
export const SUBJECT_TAIL = /\s+(?:(?:that |which )?(?:we|you) (?:collect|hold|process|receive|have|obtain|keep|store|provide(?: (?:to )?us)?)(?: about you| from you)?|collected|about you|from you|with you|concerning you|relating to you|in question)$/i;

/** A clause rather than a noun phrase: "to protect our members", "if you ask". */
export const CLAUSE_LIKE = /^(?:to|if|when|where|for|after|before|in|on|by|with|as|once|while|unless|within|following)\b|\b(?:we|you|they|it|is|are|was|were|will|may|can|should)\b/i;

/** A participle that starts a long subject's modifier: "information used for the relationship". */
export const PARTICIPLE_TAIL = /\s(?:used|collected|processed|needed|required|obtained|provided|gathered|generated|created|shared)\s.*$/i;

/** A subject that is the retention itself ("the maximum retention time is ten years"). */
export const RETENTION_NOUN = /\b(?:retention|storage|deletion) (?:time|period|duration|limit)s?\b/i;

/** Where a subject's head noun phrase ends: a relative clause or a list of examples. */
export const SUBJECT_CUT = /\s(?:that|which|who|whose|where|such as|including|like)(?:\s|$)|\s\(|,?\s(?:e\.g\.|i\.e\.)/i;

/** A period of keeping that denies keeping: "we do not store these cookies permanently",
 *  "to prevent identifiers from being retained indefinitely". */
export const NOT_KEPT = /\b(?:not|never|prevent\w*|avoid\w*)\b[^.;]{0,60}\b(?:permanently|indefinitely|forever)\b/i;

/** What is kept indefinitely is data that does not identify anyone: "non-personal information may
 *  be stored indefinitely", "non-identifying statistics". Tested on the clause before the verb. */
export const NON_PERSONAL_KEPT = /\bnon-?(?:personal(?:ly)?|identif\w*)\b[^.;]{0,60}$/i;

/** Where the clause holding an indefinite keeping starts: after ";" or a contrast ("…, but we"). */
export const CLAUSE_BREAK = /;|,?\s(?:but|while|whereas|however|although)\s/gi;

/** A period that is a reply to a request, not a time data is kept. */
export const REQUEST_NEAR = /\b(?:your|a|the|such|any|each|every|verifiable) (?:\w+ )?requests?\b|\brespon(?:d|ds|se)\b|\brepl(?:y|ies)\b|\bask(?:s|ed)? us\b/i;

/** Replying, anywhere in the clause before the period: "we will respond to your request to … delete … within 30 days". */
export const REPLY_BEFORE = /\brespon(?:d|ds|se)\b|\brepl(?:y|ies)\b/i;

/** Cookies on your device: their lifetime is not a retention period (cookie identifiers a
 *  provider keeps on its servers are). */
export const COOKIE_LIFETIME = /\bcookies?\b(?![^.;]{0,20}\b(?:identifiers?|IDs?|data|information)\b)/i;

/** The period runs from a request: the time to act on it ("within 30 days of your request"). */
export const FROM_REQUEST = /^\s*(?:of|after|from|following)\s+(?:(?:receiving|receipt of)\s+)?(?:your|the|a|such)\s+(?:\w+\s+)?request/i;

/** "we do not keep logs for more than 7 days": a most only when denied. */
export const MORE_THAN_BEFORE = /\b(?:more|longer) than\s*$/i;

/** Data already made anonymous before it is kept: its period is not one for personal data. */
export const DEIDENTIFIED_KEPT = /\b(?:de-?identif\w*|anonymi[sz]\w*|anonymous)\b/i;

/** A sentence that goes on about the period the one before it set ("Generally, this period varies
 *  from 3 to 7 years"): about retention when that one is. */
export const PERIOD_ANAPHOR = /\b(?:this|that|the|such|these) (?:retention |storage )?periods?\b/i;

/** What is kept as long as needed is de-identified or aggregate data ("we retain deidentified or
 *  aggregated data ... for as long as commercially necessary", "aggregated information may be
 *  kept as long as needed"): not a period for personal data. */
export const DEIDENTIFIED_OBJECT =
  /\b(?:retain|keep|kept|store|hold|held|maintain)\w*\s+(?:(?:the|such|any|this|that|only)\s+)?(?:(?:de-?identified|aggregated?|anonymi[sz]ed|anonymous|pseudonymi[sz]ed)(?:\s*,|\s+or|\s+and(?:\/or)?)?\s+){1,3}(?:data|information)\b|^\s*(?:(?:the|such|any)\s+)?(?:(?:de-?identified|aggregated?|anonymi[sz]ed|anonymous)(?:\s*,|\s+or|\s+and)?\s+){1,3}(?:data|information)\b[^.;]{0,100}?\b(?:is|are|may be|will be|can be)\s+(?:retained|kept|stored|held)\b/i;

/** A right the person has, whose conditions ("the right to erasure if the data is no longer
 *  necessary") say nothing of how long the provider keeps data. */
export const RIGHT_BEFORE = /\bright (?:to|of)\b|\b(?:you|users) (?:can|may) (?:ask|request)\b|\brequest (?:that we|us to|the (?:deletion|erasure))\b/i;

/** An inactive account is closed or deleted (the inactivity rule needs one of these). */
export const DISPOSAL = /\b(?:clos(?:e|es|ed|ing)|delet\w+|eras\w+|remov(?:e|es|ed|ing)|deactivat\w+|terminat\w+|anonymi[sz]\w+|purg\w+|disabl\w+|expire[sd]?)\b/i;

/** What a period runs from, named after it: "after account closure", "from the date of the call". */
export const EVENT_AFTER = /^\s*(?:\((?:plus|\+)[^)]*\)\s*)?,?\s*(?<prep>after|following|from|since|of)\s+(?!which\b|that\b)(?<event>[^,;.()]{3,70}?)(?=\s*(?:[,;.()]|$)|\s+(?:unless|except|to|for|in order|or|and|if|as|when|which|in accordance|because|so|where|at)\b)/i;

/** The header cell of a table's retention column ("Retention Period", "How long we keep it"). */
export const RETENTION_COLUMN = /\b(?:retention|retained|storage (?:period|duration|time)|how long|kept|deletion|deleted)\b/i;

/** A cookie table: its lifetimes are not retention periods. */
export const COOKIE_TABLE = /\bcookies?\b|\bexpir\w*|\blifespan\b|^\s*duration\s*$/i;

/** A noun that names data (a heading without one names a product: "Outlook" → "Outlook data"). */
export const DATA_NOUN = /\b(?:data|information|details|records?|logs?|files?|messages?|content|history|address(?:es)?|identifiers?|IDs?|numbers?|recordings?|photos?|videos?|e-?mails?|accounts?|profiles?|cookies?|backups?|payments?|invoices?|queries|searches|communications?|transactions?|orders?)\b/i;

/** A heading that names an activity, not a kind of data ("Disclosure of information"). */
export const ACTIVITY_HEADING = /^(?:disclosure|sharing|transfers?|uses?|processing|collection|how|why|what|when|where|who|which|changes|contact|legal|international|your (?:rights|choices)|security|cookies)\b/i;

/** A sentence's topic, before a colon ("Hashed email addresses: …", "Account Data (…): for 1 year"). */
export const TOPIC = /^\s*(?:[•*-]\s*)?(?<topic>[^:;.,]{3,60}?)\s*:\s/;

/** A heading about keeping data names no kind of data ("How long we keep your information"). */
export const RETENTION_HEADING = /\b(?:retain\w*|retention|keep\w*|kept|stor(?:e|ed|age)|delet\w*|how long|period)\b/i;

/** A heading's numbering and lead-in ("Section 3: Collection of", "5.", "B)"). */
export const HEADING_LEAD = /^(?:(?:section|part|article|chapter)\s+)?(?:(?:\d+(?:\.\d+)*|[a-h]|[ivx]+)[.):]\s+|\d+(?:\.\d+)*\s+)?(?:[-–—]\s*)?(?:(?:the )?(?:collection|processing|use|storage) of\s+)?/i;
