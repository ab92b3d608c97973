// A small token-pattern language, close to compromise's match syntax, compiled once to a
// JavaScript RegExp over normalizeForMatch() output. Compiling to one regex per rule keeps
// classification at a few microseconds a sentence (a full compromise parse costs ~0.7 ms).
//
//   word        that token                      word?      optional token or group
//   (a|b c|d)   one of the alternatives         *          0 to 8 tokens of anything
//   .           exactly one token               !word      one token that is not `word`
//   /^collect/  one token matching the regex    {share}    the word and its inflections
//   #Value #Email #Url #Phone #Unit             ^ and $    start and end of the sentence
//
// Example: 'we (do|will) not {sell} * (personal|your) (information|data)'.

export type LemmaExpander = (word: string) => readonly string[];

export class PatternError extends Error {
  constructor(pattern: string, message: string) {
    super(`invalid pattern ${JSON.stringify(pattern)}: ${message}`);
    this.name = 'PatternError';
  }
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|sixty|ninety|hundred';
const TAGS: Readonly<Record<string, string>> = {
  Value: `(?:\\d+|${NUMBER_WORDS}) `,
  Email: '_email_ ',
  Url: '_url_ ',
  Phone: '_phone_ ',
  Unit: '(?:day|days|week|weeks|month|months|year|years) ',
};

const WILDCARD = '(?:\\S+ ){0,8}';
const ANY_TOKEN = '\\S+ ';

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

class Parser {
  private pos = 0;
  constructor(
    private readonly pattern: string,
    private readonly expand: LemmaExpander,
  ) {}

  parse(): string {
    let anchoredStart = false;
    let anchoredEnd = false;
    let body = this.pattern.trim();
    if (body.startsWith('^')) { anchoredStart = true; body = body.slice(1); }
    if (body.endsWith('$')) { anchoredEnd = true; body = body.slice(0, -1); }
    this.source = body;
    this.pos = 0;
    const seq = this.sequence();
    this.skipSpace();
    if (this.pos < this.source.length) this.fail(`unexpected ${JSON.stringify(this.source[this.pos])} at ${this.pos}`);
    if (seq.length === 0) this.fail('empty pattern');
    return (anchoredStart ? '^ ' : ' ') + seq + (anchoredEnd ? '$' : '');
  }

  private source = '';

  private fail(message: string): never {
    throw new PatternError(this.pattern, message);
  }

  private skipSpace(): void {
    while (this.source[this.pos] === ' ') this.pos++;
  }

  private sequence(): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      const ch = this.source[this.pos];
      if (ch === undefined || ch === '|' || ch === ')') return out;
      out += this.item();
    }
  }

  private item(): string {
    const atom = this.atom();
    if (this.source[this.pos] === '?') {
      this.pos++;
      return `(?:${atom})?`;
    }
    return atom;
  }

  private atom(): string {
    const ch = this.source[this.pos];
    if (ch === '(') {
      this.pos++;
      const alternatives = [this.sequence()];
      while (this.source[this.pos] === '|') {
        this.pos++;
        alternatives.push(this.sequence());
      }
      if (this.source[this.pos] !== ')') this.fail('unclosed (');
      this.pos++;
      if (alternatives.some((alt) => alt === '')) this.fail('empty alternative');
      return `(?:${alternatives.join('|')})`;
    }
    if (ch === '*') { this.pos++; return WILDCARD; }
    if (ch === '.') { this.pos++; return ANY_TOKEN; }
    if (ch === '/') {
      const end = this.source.indexOf('/', this.pos + 1);
      if (end < 0) this.fail('unclosed /regex/');
      const body = this.source.slice(this.pos + 1, end);
      this.pos = end + 1;
      try { new RegExp(body); } catch (error) { this.fail(`bad regex /${body}/: ${(error as Error).message}`); }
      // Anchor the token regex to one token: ^ and $ inside refer to the token's edges.
      const inner = body.replace(/^\^/, '').replace(/\$$/, '');
      const lead = body.startsWith('^') ? '' : '\\S*?';
      const tail = body.endsWith('$') ? '' : '\\S*';
      return `(?:${lead}(?:${inner})${tail}) `;
    }
    if (ch === '#') {
      const name = this.word(1);
      const tag = TAGS[name];
      if (tag === undefined) this.fail(`unknown tag #${name} (known: ${Object.keys(TAGS).map((t) => `#${t}`).join(' ')})`);
      return tag;
    }
    if (ch === '{') {
      const end = this.source.indexOf('}', this.pos);
      if (end < 0) this.fail('unclosed {');
      const lemma = this.source.slice(this.pos + 1, end).trim();
      this.pos = end + 1;
      if (!/^[a-z]+$/.test(lemma)) this.fail(`{${lemma}} must be one lower-case word`);
      const forms = [...new Set([lemma, ...this.expand(lemma)])].sort();
      return `(?:${forms.map(escapeRegex).join('|')}) `;
    }
    if (ch === '!') {
      const word = this.word(1);
      return `(?!${escapeRegex(word)} )\\S+ `;
    }
    return `${escapeRegex(this.word(0))} `;
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

/** Compiles one pattern to the source of a RegExp that runs over normalizeForMatch() text. */
export function compilePattern(pattern: string, expand: LemmaExpander): string {
  return new Parser(pattern, expand).parse();
}
