// Should a line of plain text continue the block above it, or start a new one?
// Extracted text breaks lines for many reasons: PDF extraction breaks mid-sentence around
// quotes and links (seed 004: `(collectively, "` then `Fusion", "`), web archives put one
// paragraph per line (seed 001), tables come out one cell per line (seed 004's purposes
// table). The rules are tried in order and the first that decides wins; each has an id and a
// reason so a wrong block can be traced to the rule that made it.
import { bulletMarker } from './bullets.ts';
import { isSpaceCode, isWordCode, letterCase } from './chars.ts';
import { looksLikeHeading } from './heading.ts';

export interface JoinContext {
  /** Last line of the block so far, trimmed; callers may pass only its last 160 characters
   *  (the rules look at a line's end, and a heading is shorter than that). */
  prev: string;
  /** The candidate line, trimmed. */
  next: string;
  /** Lines in the block so far, and its words counted up to SHORT_LINE_WORDS + 1. */
  blockLines: number;
  blockWords: number;
  /** The block so far leaves a quotation or parenthesis open. */
  unclosed: boolean;
}

export type JoinDecision = 'join' | 'break';

export interface JoinRule {
  id: string;
  reason: string;
  decide: (ctx: JoinContext) => JoinDecision | undefined;
}

const TERMINAL = /[.!?;:]["'”’)\]]*$/u;
const ENDS_WITH_FULL_STOP = /\.["'”’)\]]*$/u;
const CONTINUING_PUNCTUATION = /[,([{“\-–—&/]$/u;
const LOWER_START = /^\p{Ll}/u;
const CLOSING_START = /^(?:[)\],;.”’]|"[)\],;.])/u;
const LIST_TAIL = /;\s*(?:and|or)$/u;
const CAPITALISED_END = /\p{Lu}[\p{L}'’]*$/u;
const LEADING_CLAUSE = /^[^.,;:!?]*[.,;:!?]/u;
// Words that cannot end a sentence, so a line ending in one goes on. "contact(ing)" and
// "visit" take the link that the PDF put on the next line (seed 004: "by contacting" /
// "Fusion's Privacy Officer.").
const CONNECTORS = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'nor', 'but', 'by', 'with', 'for', 'in', 'on', 'at',
  'from', 'through', 'via', 'into', 'onto', 'than', 'as', 'that', 'which', 'who', 'whose', 'whom',
  'where', 'when', 'if', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'will', 'would', 'may', 'might', 'can', 'could', 'should', 'shall', 'must', 'not', 'your', 'our',
  'their', 'its', 'his', 'her', 'this', 'these', 'those', 'such', 'including', 'include',
  'includes', 'under', 'between', 'per', 'about', 'upon', 'within', 'without', 'any', 'all',
  'each', 'contact', 'contacting', 'visit', 'visiting', 'see',
]);

/** The line's last word, lower case, if the line ends in a letter (a backward scan: an
 *  end-anchored regex retries at every position of the line). */
function lastWord(line: string): string {
  let start = line.length;
  while (start > 0 && letterCase(line.charCodeAt(start - 1)) !== 0) start--;
  return line.slice(start).toLowerCase();
}

/** Words in `line` (whitespace-separated tokens holding a letter or digit: "—" is not one),
 *  counting no further than `cap` (the rules only ask "at most 8?"). */
function wordCount(line: string, cap = Infinity): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < line.length && count < cap; i++) {
    const c = line.charCodeAt(i);
    if (isSpaceCode(c)) counted = false;
    else if (!counted && isWordCode(c)) {
      counted = true;
      count++;
    }
  }
  return count;
}

/** At most this many words make a short line: a label, a table cell, an address line. */
export const SHORT_LINE_WORDS = 8;

/** A short line with no closing punctuation: a label, a table cell, an address line. */
function isFragment(line: string): boolean {
  return wordCount(line, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS && !TERMINAL.test(line);
}

// Order matters: a bullet always starts a block; continuation cues come before the heading
// checks because `Fusion", "` looks like a Title Case heading but is the middle of a sentence.
export const JOIN_RULES: readonly JoinRule[] = [
  { id: 'next-bullet', reason: 'a bullet or enumerator starts a new list item', decide: (c) => (bulletMarker(c.next) ? 'break' : undefined) },
  {
    id: 'prev-terminal',
    reason: 'the line ends a sentence; a lower-case next line after a full stop is an abbreviation wrapped by the PDF',
    decide: (c) => {
      if (!TERMINAL.test(c.prev)) return undefined;
      return ENDS_WITH_FULL_STOP.test(c.prev) && LOWER_START.test(c.next) ? 'join' : 'break';
    },
  },
  {
    id: 'list-tail',
    reason: 'a line ending in "; and" or "; or" closes one item of a list, one item per line',
    decide: (c) => (LIST_TAIL.test(c.prev) ? 'break' : undefined),
  },
  { id: 'unclosed', reason: 'a quotation or parenthesis is still open', decide: (c) => (c.unclosed ? 'join' : undefined) },
  {
    id: 'prev-continues',
    reason: 'the line ends with a comma, an opening bracket, a dash or a word that cannot end a sentence',
    decide: (c) => (CONTINUING_PUNCTUATION.test(c.prev) || CONNECTORS.has(lastWord(c.prev)) ? 'join' : undefined),
  },
  {
    id: 'next-continues',
    reason: 'the next line starts in lower case or with closing punctuation',
    decide: (c) => (LOWER_START.test(c.next) || CLOSING_START.test(c.next) ? 'join' : undefined),
  },
  { id: 'prev-heading', reason: 'a heading line stays a heading', decide: (c) => (c.blockLines === 1 && looksLikeHeading(c.prev) ? 'break' : undefined) },
  { id: 'next-heading', reason: 'the next line is a heading', decide: (c) => (looksLikeHeading(c.next) ? 'break' : undefined) },
  { id: 'short-block', reason: 'a short unpunctuated block is a label, table cell or address line', decide: (c) => (c.blockWords <= SHORT_LINE_WORDS ? 'break' : undefined) },
  { id: 'next-fragment', reason: 'the next line is a label or table cell', decide: (c) => (isFragment(c.next) ? 'break' : undefined) },
  {
    id: 'next-completes',
    reason: 'a name broken across lines: the line ends in a capitalised word and the next finishes the sentence within a few words ("our Data Protection" / "Officer at dpo@example.com.")',
    decide: (c) => {
      if (!CAPITALISED_END.test(c.prev)) return undefined;
      const clause = LEADING_CLAUSE.exec(c.next)?.[0];
      return clause !== undefined && wordCount(clause, 5) <= 4 ? 'join' : undefined;
    },
  },
];

/** No cue either way: in the seeds an unpunctuated line followed by a capitalised one is a
 *  paragraph without its full stop more often than a broken sentence. */
const DEFAULT: JoinRule = { id: 'no-cue', reason: 'no sign that the sentence goes on', decide: () => 'break' };

/** The rule that decides whether `ctx.next` joins the block (exported for debugging and tests). */
export function joinRuleFor(ctx: JoinContext): { rule: JoinRule; decision: JoinDecision } {
  for (const rule of JOIN_RULES) {
    const decision = rule.decide(ctx);
    if (decision) return { rule, decision };
  }
  return { rule: DEFAULT, decision: 'break' };
}

export function shouldJoin(ctx: JoinContext): boolean {
  return joinRuleFor(ctx).decision === 'join';
}

export { wordCount };
