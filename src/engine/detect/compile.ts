// Compiles the pattern dialect described in vocabulary/types.ts into RegExps, once per rule.
// A pattern that does not compile is a data error: the message names the rule.
//
// Matching runs over lower-cased text (see `lower`), so the RegExps need neither the `i` nor the
// `u` flag: both make V8 compile large case-folding and Unicode tables, which is most of what the
// content script pays on its first detection on a page. Letters are the Latin ones of the
// languages we detect (English, French, German), which is all a word boundary needs to know.

/** Lower-case letters of English, French and German (and the rest of Latin-1 / Latin Extended-A). */
export const LETTER = String.raw`[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]`;
const LETTER_OR_DIGIT = String.raw`[0-9a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f]`;
const WORD_CHAR = new RegExp(LETTER_OR_DIGIT);

export class PatternError extends Error {}

/** What every matcher runs over: the text in lower case, typographic apostrophes made plain. */
export function lower(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'");
}

/** Translates one dialect pattern into RegExp source (lower case, without word boundaries). */
export function dialectToRegExpSource(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    const prev = i > 0 ? (pattern[i - 1] ?? '') : '';
    if (ch === '\\') {
      // An escape is copied as written: lower-casing it would change its meaning (\S is not \s).
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch.toLowerCase();
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      out += String.raw`[\s\-]+`;
    } else if (ch === '*' && /[A-Za-z\u00c0-\u017f]/.test(prev)) {
      out += `${LETTER}*`;
    } else {
      out += ch.toLowerCase();
    }
  }
  return out;
}

/**
 * One global RegExp for the alternation of a rule's patterns. The word boundary at the end is
 * in the RegExp; the one at the start is checked by `findMatches`, because a leading lookbehind
 * stops V8 from skipping quickly to candidate positions (about 3x slower on a long policy).
 */
export function compilePatterns(id: string, patterns: readonly string[]): RegExp {
  if (patterns.length === 0) throw new PatternError(`rule ${id}: needs at least one pattern`);
  const body = patterns.map((p) => `(?:${dialectToRegExpSource(p)})`).join('|');
  try {
    return new RegExp(`(?:${body})(?!${LETTER_OR_DIGIT})`, 'g');
  } catch (error) {
    throw new PatternError(`rule ${id}: invalid pattern (${error instanceof Error ? error.message : String(error)})`);
  }
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

export function countMatches(regex: RegExp, lowerText: string): number {
  return findMatches(regex, lowerText).length;
}
