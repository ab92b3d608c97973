// Does a single line of plain text read as a heading? Policies mark headings only by their
// shape: short, no closing full stop, and Title Case ("What Information We Collect"), ALL CAPS
// ("YOUR CALIFORNIA PRIVACY RIGHTS"), a question ("What Personal Data Do We Collect?") or a
// label ending in a colon ("Information We May Collect:").
import { isSpaceCode, letterCase } from './chars.ts';

// Words a Title Case heading leaves in lower case ("Changes to this Privacy Policy").
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with',
  'from', 'into', 'under', 'over', 'per', 'via', 'vs', 'as', 'is', 'are', 'do', 'does', 'this',
  'that', 'these', 'those', 'we', 'us', 'you', 'our', 'your', 'its', 'their', 'about', 'if', 'not',
]);

const ENDS_LIKE_PROSE = /[.,;!]["'”’)\]]*$/u;
const CLAUSE_START = /^(?:we|you|they|it|this|these|our|your|i)\b/iu;
// After any opening punctuation, a capital: not a digit ("184 South Livingston Avenue").
const UPPER_START = /^[^\p{L}\p{N}]*\p{Lu}/u;

interface Shape {
  /** Tokens holding a cased letter. */
  words: number;
  /** The first such token starts (after any punctuation) with a capital. */
  startsUpper: boolean;
  /** Words that are not MINOR_WORDS, and how many of them are capitalised. */
  major: number;
  majorCapitalised: number;
  hasLower: boolean;
  capitals: number;
}

/** One pass over the line's tokens (this runs for every short line of every policy). */
function shapeOf(line: string): Shape {
  const shape: Shape = { words: 0, startsUpper: false, major: 0, majorCapitalised: 0, hasLower: false, capitals: 0 };
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
    const start = i;
    let firstCase = 0;
    let punctuated = false;
    while (i < line.length) {
      const c = line.charCodeAt(i);
      if (isSpaceCode(c)) break;
      const letter = letterCase(c);
      if (letter === 0) punctuated = true;
      else {
        if (firstCase === 0) firstCase = letter;
        if (letter === 1) shape.capitals++;
        else shape.hasLower = true;
      }
      i++;
    }
    if (firstCase === 0) continue;
    const capitalised = firstCase === 1;
    if (shape.words === 0) shape.startsUpper = capitalised;
    shape.words++;
    // A capitalised minor word ("The", "We") may count as major: it only helps Title Case.
    if (capitalised) {
      shape.major++;
      shape.majorCapitalised++;
    } else {
      const token = line.slice(start, i);
      if (!MINOR_WORDS.has(punctuated ? token.replace(/[^a-z]/g, '') : token)) shape.major++;
    }
  }
  return shape;
}

/** Heading by shape alone, wherever the line stands. */
export function looksLikeHeading(line: string): boolean {
  if (line.length > 120 || !UPPER_START.test(line) || ENDS_LIKE_PROSE.test(line)) return false;
  const shape = shapeOf(line);
  if (!shape.startsUpper || shape.words > 15) return false;
  if (line.endsWith('?') || (!shape.hasLower && shape.capitals >= 3)) return true;
  // A short label ("Email:", "Information shared within Fusion:") introduces what follows;
  // a short clause ("We use this information:") leads into a list and is not a heading.
  if (line.endsWith(':') && shape.words <= 5 && !CLAUSE_START.test(line)) return true;
  return shape.words <= 12 && line.length <= 100 && shape.major > 0 && shape.majorCapitalised / shape.major >= 0.75;
}

/** A sentence-case heading ("Information you give to us", seed 003) is only recognisable
 *  when it stands alone between blank lines: the same shape inside running text is a
 *  PDF line break or a table cell. */
export function looksLikeStandaloneHeading(line: string): boolean {
  if (looksLikeHeading(line)) return true;
  if (line.length > 80 || line.endsWith(':') || !UPPER_START.test(line) || ENDS_LIKE_PROSE.test(line)) return false;
  const words = shapeOf(line).words;
  return words > 0 && words <= 8;
}
