// Compiles the pattern dialect described in vocabulary/types.ts into RegExps, once per rule.
// A pattern that does not compile is a data error: the message names the rule.

const LETTER_OR_DIGIT = String.raw`[\p{L}\p{N}]`;

export class PatternError extends Error {}

/** Translates one dialect pattern into RegExp source (without word boundaries). */
export function dialectToRegExpSource(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    const prev = i > 0 ? (pattern[i - 1] ?? '') : '';
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ' ') {
      out += String.raw`[\s\-]+`;
    } else if (ch === '*' && /\p{L}/u.test(prev)) {
      out += String.raw`[\p{L}]*`;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * One RegExp (global, case-insensitive, Unicode) for the alternation of a rule's patterns. The
 * word boundary at the end is in the RegExp; the one at the start is checked by `findMatches`,
 * because a leading lookbehind stops V8 from skipping quickly to candidate positions (measured:
 * about 3x slower on a 60k-character policy).
 */
export function compilePatterns(id: string, patterns: readonly string[]): RegExp {
  if (patterns.length === 0) throw new PatternError(`rule ${id}: needs at least one pattern`);
  const body = patterns.map((p) => `(?:${dialectToRegExpSource(p)})`).join('|');
  try {
    return new RegExp(`(?:${body})(?!${LETTER_OR_DIGIT})`, 'giu');
  } catch (error) {
    throw new PatternError(`rule ${id}: invalid pattern (${error instanceof Error ? error.message : String(error)})`);
  }
}

const WORD_CHAR = new RegExp(LETTER_OR_DIGIT, 'u');

function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  // Surrogate pairs: look at the whole code point before the match.
  const before = text.codePointAt(index - 1);
  const prev = before !== undefined && before >= 0xdc00 && before <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : before;
  return prev === undefined || !WORD_CHAR.test(String.fromCodePoint(prev));
}

export interface Match {
  start: number;
  end: number;
}

/** Whole-word matches of a compiled rule, in order. */
export function findMatches(regex: RegExp, text: string): Match[] {
  const out: Match[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (startsWord(text, m.index) && m[0].length > 0) {
      out.push({ start: m.index, end: m.index + m[0].length });
    } else {
      // Not at a word start (or empty): try again one character later, so an alternative that
      // does start a word there is still found.
      regex.lastIndex = m.index + 1;
    }
  }
  return out;
}

export function countMatches(regex: RegExp, text: string): number {
  return findMatches(regex, text).length;
}
