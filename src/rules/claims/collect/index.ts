// What the provider collects: which answer of the collect question each data-item rule speaks
// for (the item rules themselves are in ../../facts/collected.ts), the items modern policies
// name that those rules miss, what a denial of collecting looks like, and the words that decide
// how precise a location is (GUIDE.md, Clarification 6). Files by what they match; this index is
// the one module the anchor index reads (src/engine/facts/indexed.ts): a group file's patterns
// are indexed through it, once, by export name.
export * from './answers.ts';
export * from './context.ts';
export * from './denial.ts';
export * from './item-rules.ts';
