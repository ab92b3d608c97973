// Who gets the data: which answer of the share question each recipient rule speaks for (the
// recipient rules are in ../../facts/recipients.ts), recipients they miss, and the wordings that
// read a mention as something other than a disclosure by the provider: a source of data ("we
// collect information from partners"), an intro to a list ("with third parties as described
// below"), a party that acts with the provider ("we or our affiliates"), a promise that names no
// one (a blanket or exclusive sharing clause, read by the module as "no" for some recipients).
// Files by what they match; this index is the one module the anchor index reads
// (src/engine/facts/indexed.ts): a group file's patterns are indexed through it, once, by
// export name.
export * from './mentions.ts';
export * from './promises.ts';
export * from './recipients.ts';
