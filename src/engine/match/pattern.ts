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
// Besides the regex, compilation derives the pattern's *anchors*: a set of tokens one of which
// must occur in any sentence the pattern matches. The classifier indexes rules by anchor and
// runs only the regexes whose anchor occurs, which skips most of them on most sentences.

export type LemmaExpander = (word: string) => readonly string[];

export class PatternError extends Error {
  constructor(pattern: string, message: string) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${message}`);
    this.name = 'PatternError';
  }
}

export interface CompiledPattern {
  /** RegExp source over normalizeForMatch() text. */
  source: string;
  /** Tokens one of which any match contains; null when no such set can be derived. */
  anchors: string[] | null;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'eighteen', 'twenty', 'thirty', 'sixty', 'ninety', 'hundred'];
const UNITS = ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];

interface TagDefinition {
  source: string;
  anchors: string[] | null;
}

const TAGS: Readonly<Record<string, TagDefinition>> = {
  Value: { source: `(?:\\d+|${NUMBER_WORDS.join('|')}) `, anchors: null },
  Email: { source: '_email_ ', anchors: ['_email_'] },
  Url: { source: '_url_ ', anchors: ['_url_'] },
  Phone: { source: '_phone_ ', anchors: ['_phone_'] },
  Unit: { source: `(?:${UNITS.join('|')}) `, anchors: UNITS },
};

const WILDCARD = '(?:\\S+ ){0,8}';
const ANY_TOKEN = '\\S+ ';

/** A parsed piece of pattern: its regex source, whether it may match nothing, its anchors. */
interface Piece {
  source: string;
  optional: boolean;
  anchors: string[] | null;
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Words on nearly every policy sentence make poor anchors: they select every rule.
const COMMON_WORDS = new Set(['a', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'do', 'for', 'from', 'if', 'in', 'is',
  'it', 'may', 'not', 'of', 'on', 'or', 'our', 'that', 'the', 'this', 'to', 'us', 'we', 'will', 'with', 'you', 'your']);

/** How many sentences an anchor set lets through, roughly: common words count as ten. */
function anchorCost(anchors: readonly string[]): number {
  return anchors.reduce((cost, word) => cost + (COMMON_WORDS.has(word) ? 10 : 1), 0);
}

/** The best anchor set of a sequence: the cheapest set among its required pieces. */
function sequenceAnchors(pieces: readonly Piece[]): string[] | null {
  let best: string[] | null = null;
  for (const piece of pieces) {
    if (piece.optional || piece.anchors === null) continue;
    if (best === null || anchorCost(piece.anchors) < anchorCost(best)) best = piece.anchors;
  }
  return best;
}

class Parser {
  private pos = 0;
  private source = '';

  constructor(
    private readonly pattern: string,
    private readonly expand: LemmaExpander,
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
    return { source: regex, anchors: sequenceAnchors(pieces) };
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
      return { source: `(?:${piece.source})?`, optional: true, anchors: piece.anchors };
    }
    return piece;
  }

  private atom(): Piece {
    const ch = this.source[this.pos];
    if (ch === '(') return this.group();
    if (ch === '*') { this.pos++; return { source: WILDCARD, optional: true, anchors: null }; }
    if (ch === '.') { this.pos++; return { source: ANY_TOKEN, optional: false, anchors: null }; }
    if (ch === '/') return this.tokenRegex();
    if (ch === '#') {
      const name = this.word(1);
      const tag = TAGS[name];
      if (tag === undefined) this.fail(`unknown tag #${name} (known: ${Object.keys(TAGS).map((t) => `#${t}`).join(' ')})`);
      return { source: tag.source, optional: false, anchors: tag.anchors };
    }
    if (ch === '{') return this.lemma();
    if (ch === '!') {
      const word = this.word(1);
      return { source: `(?!${escapeRegex(word)} )\\S+ `, optional: false, anchors: null };
    }
    const word = this.word(0);
    return { source: `${escapeRegex(word)} `, optional: false, anchors: [word] };
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
    const altAnchors = alternatives.map(sequenceAnchors);
    const anchors = altAnchors.every((a) => a !== null) ? [...new Set(altAnchors.flatMap((a) => a ?? []))] : null;
    const optional = alternatives.every((alt) => alt.every((piece) => piece.optional));
    return { source: `(?:${sources.join('|')})`, optional, anchors };
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
    return { source: `(?:${lead}(?:${inner})${tail}) `, optional: false, anchors: null };
  }

  private lemma(): Piece {
    const end = this.source.indexOf('}', this.pos);
    if (end < 0) this.fail('unclosed {');
    const lemma = this.source.slice(this.pos + 1, end).trim();
    this.pos = end + 1;
    if (!/^[a-z]+$/.test(lemma)) this.fail(`{${lemma}} must be one lower-case word`);
    const forms = [...new Set([lemma, ...this.expand(lemma)])].sort();
    return { source: `(?:${forms.map(escapeRegex).join('|')}) `, optional: false, anchors: forms };
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

/** Compiles one pattern to a RegExp source over normalizeForMatch() text, with its anchors. */
export function compilePattern(pattern: string, expand: LemmaExpander): CompiledPattern {
  return new Parser(pattern, expand).parse();
}
