// Runs the detector's compiled patterns (compile.ts builds them): matching is over lower-cased
// text (see `lower`), so the RegExps need neither the `i` nor the `u` flag: both make V8 compile
// large case-folding and Unicode tables, which is most of what the content script pays on its
// first detection on a page. Letters are the Latin ones of the languages we detect (English,
// French, German), which is all a word boundary needs to know.

/** Lower-case letters of English, French and German (and the rest of Latin-1 / Latin Extended-A:
 *  U+00DF–U+00F6, U+00F8–U+00FF, U+0100–U+017F), written as the characters themselves, which
 *  keeps the compiled patterns the content script carries short. */
export const LETTER = '[a-zß-öø-ÿĀ-ſ]';
export const LETTER_OR_DIGIT = '[0-9a-zß-öø-ÿĀ-ſ]';
const WORD_CHAR = new RegExp(LETTER_OR_DIGIT);

/** What every matcher runs over: the text in lower case, typographic apostrophes made plain. */
export function lower(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'");
}

export interface Match {
  start: number;
  end: number;
}

/** Whole-word matches of a compiled rule in `lowerText` (the output of `lower`), in order. */
export function findMatches(regex: RegExp, lowerText: string): Match[] {
  const out: Match[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(lowerText); m !== null; m = regex.exec(lowerText)) {
    const startsWord = m.index === 0 || !WORD_CHAR.test(lowerText[m.index - 1] ?? '');
    if (startsWord && m[0].length > 0) {
      out.push({ start: m.index, end: m.index + m[0].length });
    } else {
      // Not at a word start (or empty): try again one character later, so an alternative that
      // does start a word there is still found.
      regex.lastIndex = m.index + 1;
    }
  }
  return out;
}
