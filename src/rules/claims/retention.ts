// What a retention period applies to when the older subject list (../facts/retention.ts) names
// nothing: the noun phrase the keeping verb governs ("we keep the transaction ID for 20 days",
// "Invoices are stored for seven years"). Read by src/engine/questions/retention.ts.

/** Active: verb, then what is kept, then the period's preposition. */
export const KEPT_OBJECT = /\b(?:retain|keep|store|hold|save|preserve|maintain|archive|delete|erase|remove|purge|destroy|anonymi[sz]e|de-?identify)(?:s|ed|ing)?\s+(?<what>(?!for\b|it\b|them\b|this\b|that\b|such\b|your (?:personal )?(?:data|information)\b|personal (?:data|information)\b|data\b|information\b)[^.;,()]{3,70}?)\s+(?:for|after|within|up to|no longer than|until|at most|longer than)\b/i;

/** Passive: what is kept, then the verb. */
export const KEPT_SUBJECT = /(?:^|[.;:]\s+|,\s+)(?<what>[A-Za-z][^.;,()]{2,70}?)\s+(?:is|are|will be|may be|shall be|can be|would be|get|gets)\s+(?:automatically\s+|permanently\s+|only\s+|generally\s+|typically\s+|then\s+)?(?:retained|kept|stored|held|saved|preserved|archived|deleted|erased|removed|purged|destroyed|anonymi[sz]ed|de-?identified)\b/i;

/** Words that make a subject generic: it is "your data" rather than a kind of it. */
export const GENERIC_SUBJECT = /^(?:(?:all|any|the|your|our|such|this|these|those|that|their|other|certain|some)\s+)*(?:(?:personal|customer|user|collected|remaining)\s+)*(?:data|information|details|records|it|they|them|this|everything)$/i;

/** A period of keeping that denies keeping: "we do not store these cookies permanently". */
export const NOT_KEPT = /\b(?:not|never)\b[^.;]{0,40}\b(?:permanently|indefinitely|forever)\b/i;
