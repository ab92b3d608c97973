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
//
// It also derives adjacent *pairs*: where two required parts follow each other with nothing
// optional between them ('we (do|will)'), any match holds a token of the first part's last
// tokens right before one of the second part's first tokens ("we do" or "we will"). Tokens
// present but apart pass the sets and fail the regex: four regex runs in five failed on the
// seeds, and a pair check turned away ~40 % of those without running it.

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
  /** At most MAX_PAIRS adjacent pairs [before, after]: any match has a token of `before`
   *  immediately followed by a token of `after`. Cheapest first; absent when there are none. */
  pairs?: [before: string[], after: string[]][];
}

/** Pairs kept per pattern: the rarest two turn away nearly all that any would. */
const MAX_PAIRS = 3;

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'eighteen', 'twenty', 'thirty', 'sixty', 'ninety', 'hundred'];
const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];

interface TagDefinition {
  source: string;
  requires: string[][];
  /** The tag is one token of its (single) required set, so that set is also its edges. */
  oneOf?: true;
}

const TAGS: Readonly<Record<string, TagDefinition>> = {
  Value: { source: `(?:\\d+|${NUMBER_WORDS.join('|')}) `, requires: [[DIGIT_TOKEN, ...NUMBER_WORDS]] },
  Email: { source: '_email_ ', requires: [['_email_']], oneOf: true },
  Url: { source: '_url_ ', requires: [['_url_']], oneOf: true },
  Phone: { source: '_phone_ ', requires: [['_phone_']], oneOf: true },
  Unit: { source: `(?:${UNITS.join('|')}) `, requires: [UNITS], oneOf: true },
};

const WILDCARD = '(?:\\S+ ){0,8}';
const ANY_TOKEN = '\\S+ ';

/** A parsed piece of pattern: its regex source, whether it may match nothing, what it requires,
 *  and the tokens every match of it starts and ends with (null: any token may, or none). */
interface Piece {
  source: string;
  optional: boolean;
  requires: string[][];
  first: string[] | null;
  last: string[] | null;
  /** Adjacent pairs inside the piece, which every match of it holds. */
  pairs: [string[], string[]][];
}

type Pair = [string[], string[]];

/** A piece whose edges and pairs are unknown. */
function opaque(source: string, optional: boolean, requires: string[][]): Piece {
  return { source, optional, requires, first: null, last: null, pairs: [] };
}

/** A piece that is exactly one token of `tokens`. */
function oneTokenOf(source: string, tokens: string[], requires: string[][]): Piece {
  return { source, optional: false, requires, first: tokens, last: tokens, pairs: [] };
}

/** The pairs a sequence guarantees: its pieces' own, and each two neighbours' edges. */
function sequencePairs(pieces: readonly Piece[]): Pair[] {
  const pairs: Pair[] = [];
  pieces.forEach((piece, k) => {
    if (piece.optional) return;
    pairs.push(...piece.pairs);
    const next = pieces[k + 1];
    if (next && !next.optional && piece.last && next.first) pairs.push([piece.last, next.first]);
  });
  return pairs;
}

/** The first (or last) tokens of a sequence: its first (or last) piece's, when that one cannot
 *  be skipped. */
function sequenceEdge(pieces: readonly Piece[], edge: 'first' | 'last'): string[] | null {
  const piece = edge === 'first' ? pieces[0] : pieces[pieces.length - 1];
  return piece && !piece.optional ? piece[edge] : null;
}

function union(sets: readonly (string[] | null)[]): string[] | null {
  return sets.every((set) => set !== null) ? [...new Set(sets.flatMap((set) => set ?? []))].sort() : null;
}

/** Distinct pairs, cheapest (by the product of the two sides' costs) first, at most MAX_PAIRS. */
function selectPairs(pairs: readonly Pair[], cost: TokenSetCost): Pair[] {
  const seen = new Map<string, Pair>();
  for (const [before, after] of pairs) {
    const pair: Pair = [[...new Set(before)].sort(), [...new Set(after)].sort()];
    seen.set(`${pair[0].join(' ')}|${pair[1].join(' ')}`, pair);
  }
  const score = ([before, after]: Pair): number => (cost(before) + 1) * (cost(after) + 1);
  return [...seen.entries()]
    .sort(([ka, a], [kb, b]) => score(a) - score(b) || ka.localeCompare(kb))
    .slice(0, MAX_PAIRS)
    .map(([, pair]) => pair);
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
    const pairs = selectPairs(sequencePairs(pieces), this.cost);
    const compiled: CompiledPattern = { source: regex, requires: sequenceRequires(pieces, this.cost) };
    if (pairs.length > 0) compiled.pairs = pairs;
    return compiled;
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
      return { ...piece, source: `(?:${piece.source})?`, optional: true };
    }
    return piece;
  }

  private atom(): Piece {
    const ch = this.source[this.pos];
    if (ch === '(') return this.group();
    if (ch === '*') { this.pos++; return opaque(WILDCARD, true, []); }
    if (ch === '.') { this.pos++; return opaque(ANY_TOKEN, false, []); }
    if (ch === '/') return this.tokenRegex();
    if (ch === '#') {
      const name = this.word(1);
      const tag = TAGS[name];
      if (tag === undefined) this.fail(`unknown tag #${name} (known: ${Object.keys(TAGS).map((t) => `#${t}`).join(' ')})`);
      // A tag is one token; its edges are known when that token is one of a word list.
      const [only] = tag.requires;
      return tag.oneOf && only ? oneTokenOf(tag.source, only, tag.requires) : opaque(tag.source, false, tag.requires);
    }
    if (ch === '{') return this.lemma();
    if (ch === '!') {
      const word = this.word(1);
      return opaque(`(?!${escapeRegex(word)} )\\S+ `, false, []);
    }
    const word = this.word(0);
    return oneTokenOf(`${escapeRegex(word)} `, [word], [[word]]);
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
    const first = optional ? null : union(alternatives.map((alt) => sequenceEdge(alt, 'first')));
    const last = optional ? null : union(alternatives.map((alt) => sequenceEdge(alt, 'last')));
    const only = alternatives[0];
    if (alternatives.length === 1 && only) {
      return { source: `(?:${sources.join('|')})`, optional, requires: sequenceRequires(only, this.cost), first, last, pairs: sequencePairs(only) };
    }
    // Of several alternatives, one must match: require the union of each one's cheapest set.
    const cheapest = alternatives.map((alt) => sequenceRequires(alt, this.cost)[0]);
    const requires = cheapest.every((set) => set !== undefined) ? [[...new Set(cheapest.flatMap((set) => set ?? []))]] : [];
    return { source: `(?:${sources.join('|')})`, optional, requires, first, last, pairs: [] };
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
    return opaque(`(?:${lead}(?:${inner})${tail}) `, false, startsWithDigit ? [[DIGIT_TOKEN]] : []);
  }

  private lemma(): Piece {
    const end = this.source.indexOf('}', this.pos);
    if (end < 0) this.fail('unclosed {');
    const lemma = this.source.slice(this.pos + 1, end).trim();
    this.pos = end + 1;
    if (!/^[a-z]+$/.test(lemma)) this.fail(`{${lemma}} must be one lower-case word`);
    const forms = [...new Set([lemma, ...this.expand(lemma)])].sort();
    return oneTokenOf(`(?:${forms.map(escapeRegex).join('|')}) `, forms, [forms]);
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
