// The message protocol's limits, defined once: the validator (validate.ts) refuses anything
// beyond them, and the content script trims what it sends to them (content/outgoing.ts), so a
// page's own oddities (a 5,000-character <title>, a link whose text is a whole paragraph) never
// turn into a refused message. Lengths are in UTF-16 code units, as String.length counts.
export const LIMITS = {
  /** Policy text: the longest real policies are well under 1 M characters. */
  textLength: 5 * 1024 * 1024,
  blocks: 100_000,
  urlLength: 8_192,
  titleLength: 4_096,
  policyLinks: 500,
  linkTextLength: 1_000,
  entryNameLength: 200,
  entryIdLength: 200,
  /** Entries one library-get may ask for (a comparison shows a handful side by side). */
  libraryGetIds: 20,
  /** Rule ids one glosses request may name (a policy fires a few hundred distinct rules). */
  glossIds: 2_000,
  ruleIdLength: 200,
  /** An exported library: texts plus analyses of dozens of policies. */
  importLength: 50 * 1024 * 1024,
  /** Why a page could not be analysed, as the content script reports it. */
  failureDetailLength: 500,
} as const;
