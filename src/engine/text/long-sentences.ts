// Extra boundaries for sentences that are too long to classify well.
// - An inline enumeration "(i) ...; (ii) ...; and (iii) ..." reads as one sentence (seed 000's
//   "We will continue to: (i) follow ...; (ii) offer ...") unless every item is itself a long
//   sentence, then it splits before each enumerator, after the semicolon.
// - A run-on over 1,000 characters (a list flattened onto one line) splits at its semicolons,
//   or failing those at bullet characters.

const ENUMERATION_ITEM_MIN = 400;
const RUN_ON_MIN = 1000;

// After "; " (and an optional "and"/"or"), an enumerator: "(ii)", "(b)", "(3)", "3)".
const ENUMERATOR_BOUNDARY = /;\s+(?=(?:(?:and|or)\s+)?(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\d{1,2}\))\s)/giu;
const SEMICOLON = /;\s+/gu;
const BULLET = /\s[•●▪◦‣∙·]\s+/gu;

/** A cut: the piece before ends at `end`, the piece after starts at `start` (what lies between,
 *  a space or a bullet glyph, belongs to neither). */
export interface Cut {
  end: number;
  start: number;
}

/** Semicolons stay with the piece before; a bullet glyph goes with neither piece. */
function cuts(text: string, re: RegExp, keepMatch: boolean): Cut[] {
  const found: Cut[] = [];
  for (const match of text.matchAll(re)) {
    const start = match.index + match[0].length;
    const end = keepMatch ? match.index + 1 : match.index;
    if (end > 0 && start < text.length) found.push({ end, start });
  }
  return found;
}

function allPiecesLonger(length: number, found: readonly Cut[], min: number): boolean {
  let from = 0;
  for (const cut of [...found, { end: length, start: length }]) {
    if (cut.end - from <= min) return false;
    from = cut.start;
  }
  return true;
}

/** Sentences this long or shorter are never cut (callers skip slicing them out). */
export const NEVER_CUT_LENGTH = 2 * ENUMERATION_ITEM_MIN;

/** Where `sentence` (trimmed) should be cut into further sentences, in order. */
export function longSentenceCuts(sentence: string): Cut[] {
  if (sentence.length <= NEVER_CUT_LENGTH) return [];
  const items = cuts(sentence, ENUMERATOR_BOUNDARY, true);
  if (items.length > 0 && allPiecesLonger(sentence.length, items, ENUMERATION_ITEM_MIN)) return items;
  if (sentence.length <= RUN_ON_MIN) return [];
  const semicolons = cuts(sentence, SEMICOLON, true);
  return semicolons.length > 0 ? semicolons : cuts(sentence, BULLET, false);
}
