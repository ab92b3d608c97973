// A small token-pattern language, close to compromise's match syntax, compiled once to a
// JavaScript RegExp over normalizeForMatch() output. Compiling to one regex per rule keeps
// classification at microseconds a sentence (a full compromise parse costs ~0.7 ms).
//
//   word        that token                      word?      optional token or group
//   (a|b c|d)   one of the alternatives         *          0 to 8 tokens of anything
//   .           exactly one token               !word      one token that is not `word`
//   /^collect/  one token matching the regex    {share}    the word and its inflections
//   #Value #Email #Url #Phone #Unit             ^ and $    start and end of the sentence
//
// Example: 'we (do|will) not {sell} * (personal|your) (information|data)'.
//
// Besides the regex, compilation derives what any match *requires*: sets of tokens, each of
// which must have a member in the sentence ('delete * after #Value #Unit' requires one of the
// forms of delete, 'after', and one of the units). The classifier indexes patterns by their
// rarest set and checks the others against the sentence's tokens before running the regex,
// which skips nearly every regex on nearly every sentence.

export type LemmaExpander = (word: string) => readonly string[];

/** How many sentences a token set lets through (lower is more selective). Training passes the
 *  seeds' document frequencies; the default guesses from a list of function words. */
export type TokenSetCost = (tokens: readonly string[]) => number;

/** The pseudo-token of every space-separated piece that starts with a digit ("24", "1st",
 *  "90210"). No real token has a '#': normalizeForMatch keeps only [a-z0-9_]. It lets a
 *  pattern that needs a number (#Value, /^\d{5}$/) be indexed instead of tried on every
 *  sentence: the zip-code patterns ran on all 635 seed sentences and matched 3. */
export const DIGIT_TOKEN = '#digit';

export class PatternError extends Error {
  constructor(pattern: string, message: string) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${message}`);
    this.name = 'PatternError';
  }
}

export interface CompiledPattern {
  /** RegExp source over normalizeForMatch() text. */
  source: string;
  /** Token sets each of which any match has a member of; cheapest (rarest) first. */
  requires: string[][];
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'eighteen', 'twenty', 'thirty', 'sixty', 'ninety', 'hundred'];
const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];

interface TagDefinition {
  source: string;
  requires: string[][];
}

const TAGS: Readonly<Record<string, TagDefinition>> = {
  Value: { source: `(?:\\d+|${NUMBER_WORDS.join('|')}) `, requires: [[DIGIT_TOKEN, ...NUMBER_WORDS]] },
  Email: { source: '_email_ ', requires: [['_email_']] },
  Url: { source: '_url_ ', requires: [['_url_']] },
  Phone: { source: '_phone_ ', requires: [['_phone_']] },
  Unit: { source: `(?:${UNITS.join('|')}) `, requires: [UNITS] },
};

const WILDCARD = '(?:\\S+ ){0,8}';
const ANY_TOKEN = '\\S+ ';

/** A parsed piece of pattern: its regex source, whether it may match nothing, what it requires. */
interface Piece {
  source: string;
  optional: boolean;
  requires: string[][];
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Words on nearly every policy sentence make poor anchors: they select every rule.
const COMMON_WORDS = new Set(['a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'do', 'for', 'from', 'if', 'in', 'is',
  'it', 'may', 'not', 'of', 'on', 'or', 'our', 'that', 'the', 'this', 'to', 'us', 'we', 'will', 'with', 'you', 'your']);

/** How many sentences a token set lets through, roughly: common words count as ten. */
export function tokenSetCost(tokens: readonly string[]): number {
  return tokens.reduce((cost, word) => cost + (COMMON_WORDS.has(word) ? 10 : 1), 0);
}

/** Everything a sequence requires: the sets of its required pieces, deduplicated, cheapest first. */
function sequenceRequires(pieces: readonly Piece[], cost: TokenSetCost): string[][] {
  const seen = new Map<string, string[]>();
  for (const piece of pieces) {
    if (piece.optional) continue;
    for (const set of piece.requires) {
      const sorted = [...new Set(set)].sort();
      seen.set(sorted.join(' '), sorted);
    }
  }
  return [...seen.values()].sort((a, b) => cost(a) - cost(b) || a.join(' ').localeCompare(b.join(' ')));
}

class Parser {
  private pos = 0;
  private source = '';

  constructor(
    private readonly pattern: string,
    private readonly expand: LemmaExpander,
    private readonly cost: TokenSetCost,
  ) {}

  parse(): CompiledPattern {
    let body = this.pattern.trim();
    const anchoredStart = body.startsWith('^');
    if (anchoredStart) body = body.slice(1);
    const anchoredEnd = body.endsWith('$');
    if (anchoredEnd) body = body.slice(0, -1);
    this.source = body;
    const pieces = this.sequence();
    this.skipSpace();
    if (this.pos < this.source.length) this.fail(`unexpected ${JSON.stringify(this.source[this.pos])} at ${this.pos}`);
    if (pieces.length === 0) this.fail('empty pattern');
    if (pieces.every((piece) => piece.optional)) this.fail('every part is optional, so it matches everything');
    const regex = (anchoredStart ? '^ ' : ' ') + pieces.map((piece) => piece.source).join('') + (anchoredEnd ? '$' : '');
    return { source: regex, requires: sequenceRequires(pieces, this.cost) };
  }

  private fail(message: string): never {
    throw new PatternError(this.pattern, message);
  }

  private skipSpace(): void {
    while (this.source[this.pos] === ' ') this.pos++;
  }

  private sequence(): Piece[] {
    const pieces: Piece[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.source[this.pos];
      if (ch === undefined || ch === '|' || ch === ')') return pieces;
      pieces.push(this.item());
    }
  }

  private item(): Piece {
    const piece = this.atom();
    if (this.source[this.pos] === '?') {
      this.pos++;
      return { source: `(?:${piece.source})?`, optional: true, requires: piece.requires };
    }
    return piece;
  }

  private atom(): Piece {
    const ch = this.source[this.pos];
    if (ch === '(') return this.group();
    if (ch === '*') { this.pos++; return { source: WILDCARD, optional: true, requires: [] }; }
    if (ch === '.') { this.pos++; return { source: ANY_TOKEN, optional: false, requires: [] }; }
    if (ch === '/') return this.tokenRegex();
    if (ch === '#') {
      const name = this.word(1);
      const tag = TAGS[name];
      if (tag === undefined) this.fail(`unknown tag #${name} (known: ${Object.keys(TAGS).map((t) => `#${t}`).join(' ')})`);
      return { source: tag.source, optional: false, requires: tag.requires };
    }
    if (ch === '{') return this.lemma();
    if (ch === '!') {
      const word = this.word(1);
      return { source: `(?!${escapeRegex(word)} )\\S+ `, optional: false, requires: [] };
    }
    const word = this.word(0);
    return { source: `${escapeRegex(word)} `, optional: false, requires: [[word]] };
  }

  private group(): Piece {
    this.pos++;
    const alternatives = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    if (this.source[this.pos] !== ')') this.fail('unclosed (');
    this.pos++;
    if (alternatives.some((alt) => alt.length === 0)) this.fail('empty alternative');
    const sources = alternatives.map((alt) => alt.map((piece) => piece.source).join(''));
    const optional = alternatives.every((alt) => alt.every((piece) => piece.optional));
    const only = alternatives[0];
    if (alternatives.length === 1 && only) return { source: `(?:${sources.join('|')})`, optional, requires: sequenceRequires(only, this.cost) };
    // Of several alternatives, one must match: require the union of each one's cheapest set.
    const cheapest = alternatives.map((alt) => sequenceRequires(alt, this.cost)[0]);
    const requires = cheapest.every((set) => set !== undefined) ? [[...new Set(cheapest.flatMap((set) => set ?? []))]] : [];
    return { source: `(?:${sources.join('|')})`, optional, requires };
  }

  private tokenRegex(): Piece {
    const end = this.source.indexOf('/', this.pos + 1);
    if (end < 0) this.fail('unclosed /regex/');
    const body = this.source.slice(this.pos + 1, end);
    this.pos = end + 1;
    try { new RegExp(body); } catch (error) { this.fail(`bad regex /${body}/: ${(error as Error).message}`); }
    // The regex applies to one token: ^ and $ inside it refer to the token's edges.
    const inner = body.replace(/^\^/, '').replace(/\$$/, '');
    const lead = body.startsWith('^') ? '' : '\\S*?';
    const tail = body.endsWith('$') ? '' : '\\S*';
    // A token that must start with a digit (/^\d{5}$/) requires the digit pseudo-token; with a
    // '|' anywhere the ^ may bind to one alternative only, so nothing is assumed.
    const startsWithDigit = /^\^(?:\\d|\[0-9\])/.test(body) && !body.includes('|');
    return { source: `(?:${lead}(?:${inner})${tail}) `, optional: false, requires: startsWithDigit ? [[DIGIT_TOKEN]] : [] };
  }

  private lemma(): Piece {
    const end = this.source.indexOf('}', this.pos);
    if (end < 0) this.fail('unclosed {');
    const lemma = this.source.slice(this.pos + 1, end).trim();
    this.pos = end + 1;
    if (!/^[a-z]+$/.test(lemma)) this.fail(`{${lemma}} must be one lower-case word`);
    const forms = [...new Set([lemma, ...this.expand(lemma)])].sort();
    return { source: `(?:${forms.map(escapeRegex).join('|')}) `, optional: false, requires: [forms] };
  }

  private word(skip: number): string {
    this.pos += skip;
    const match = /^[a-z0-9_]+/i.exec(this.source.slice(this.pos));
    if (!match) this.fail(`expected a word at ${this.pos}, found ${JSON.stringify(this.source[this.pos] ?? 'end')}`);
    this.pos += match[0].length;
    const word = match[0];
    if (skip === 0 && word !== word.toLowerCase()) this.fail(`words are matched in lower case: write ${word.toLowerCase()}`);
    return word;
  }
}

/** Compiles one pattern to a RegExp source over normalizeForMatch() text, with what it requires. */
export function compilePattern(pattern: string, expand: LemmaExpander, cost: TokenSetCost = tokenSetCost): CompiledPattern {
  return new Parser(pattern, expand, cost).parse();
}
