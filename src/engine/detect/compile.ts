// Compiles the pattern dialect described in vocabulary/types.ts into RegExps, once per rule
// (the matching itself is match.ts). A pattern that does not compile is a data error: the
// message names the rule. The extension and the bundled CLI run this at build time
// (pattern-table.ts), so the content script carries no compiler.
import { LETTER, LETTER_OR_DIGIT } from './match.ts';

export class PatternError extends Error {}

/** Part of the compiler's first error message; vite.config.ts fails a content script that holds
 *  it, that is one that would compile patterns on every page. */
export const NEEDS_A_PATTERN = 'needs at least one pattern';

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
      out += String.raw`[\s-]+`;
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
 * in the RegExp; the one at the start is checked by `findMatches` (match.ts), because a leading
 * lookbehind stops V8 from skipping quickly to candidate positions (about 3x slower on a long
 * policy).
 */
export function compilePatterns(id: string, patterns: readonly string[]): RegExp {
  if (patterns.length === 0) throw new PatternError(`rule ${id}: ${NEEDS_A_PATTERN}`);
  // Alternation binds loosest, so the patterns need no group each: `(?:a|b)` is `(?:(?:a)|(?:b))`.
  const body = patterns.map(dialectToRegExpSource).join('|');
  try {
    return new RegExp(`(?:${body})(?!${LETTER_OR_DIGIT})`, 'g');
  } catch (error) {
    throw new PatternError(`rule ${id}: invalid pattern (${error instanceof Error ? error.message : String(error)})`);
  }
}
