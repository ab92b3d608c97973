// A sentence as the clause reader sees it: words (lower case, contractions split so that
// "don't" reads "do not") and the punctuation that separates clauses, each with its offsets
// in the sentence text. Cheap: only sentences a claim rule matched are tokenised.

export interface Token {
  /** Lower-case word, or the punctuation mark itself. */
  text: string;
  /** Offsets in the sentence text, end exclusive. A contraction's two tokens share them. */
  start: number;
  end: number;
  isWord: boolean;
}

// Tokens as the pattern /[A-Za-z0-9_]+(?:['’][A-Za-z]+)?|[.,;:!?()[\]"“”]|[—–]|\s-\s/g finds
// them, scanned by hand (tokenize): matchAll's match objects were most of its cost.
const PUNCTUATION: ReadonlySet<number> = new Set(Array.from('.,;:!?()[]"“”—–', (c) => c.charCodeAt(0)));
const SPACE = /\s/;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

/** "n't" forms whose stem is not the word minus "n't". */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  "won't": ['will', 'not'], "can't": ['can', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
};

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** [A-Za-z] */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      // [A-Za-z0-9_]+, then (?:['’][A-Za-z]+)? when a letter follows the apostrophe.
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      const q = j < n ? text.charCodeAt(j) : 0;
      if ((q === APOSTROPHE || q === RIGHT_QUOTE) && j + 1 < n && isLetter(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isLetter(text.charCodeAt(j))) j++;
      }
      pushWord(tokens, text.slice(i, j), i, j);
      i = j;
    } else if (PUNCTUATION.has(c)) {
      pushMark(tokens, text.charAt(i), i, i + 1);
      i++;
    } else if (i + 2 < n && text.charCodeAt(i + 1) === HYPHEN && SPACE.test(text.charAt(i)) && SPACE.test(text.charAt(i + 2))) {
      pushMark(tokens, text.slice(i, i + 3), i, i + 3);
      i += 3;
    } else {
      i++;
    }
  }
  return tokens;
}

/** Punctuation, a dash, or " - ". */
function pushMark(tokens: Token[], matched: string, start: number, end: number): void {
  const raw = matched.replace(/’/g, "'").toLowerCase();
  tokens.push({ text: raw.trim() || raw, start, end, isWord: false });
}

function pushWord(tokens: Token[], matched: string, start: number, end: number): void {
  const hasApostrophe = matched.includes("'") || matched.includes('’');
  const raw = hasApostrophe ? matched.replace(/’/g, "'").toLowerCase() : matched.toLowerCase();
  // Most words have no apostrophe: neither a contraction nor an irregular "n't" form. Every key
  // of IRREGULAR has an apostrophe, so without one the lookup finds only what a plain object
  // inherits: 'constructor' and '__proto__' (the word characters cannot spell the others in
  // lower case). Those two are named instead of looked up: a keyed lookup of a fresh string
  // costs a string-table search per word (~10% of collect's reading time).
  if (!hasApostrophe && raw !== 'cannot' && raw !== 'constructor' && raw !== '__proto__') {
    tokens.push({ text: raw, start, end, isWord: true });
    return;
  }
  const irregular = IRREGULAR[raw];
  if (irregular) {
    tokens.push({ text: irregular[0], start, end, isWord: true }, { text: irregular[1], start, end, isWord: true });
  } else if (raw === 'cannot') {
    tokens.push({ text: 'can', start, end, isWord: true }, { text: 'not', start, end, isWord: true });
  } else if (raw.endsWith("n't")) {
    tokens.push({ text: raw.slice(0, -3), start, end, isWord: true }, { text: 'not', start, end, isWord: true });
  } else if (/'(s|ll|re|ve|d|m)$/.test(raw)) {
    const [stem = raw, suffix = ''] = raw.split("'");
    tokens.push({ text: stem, start, end, isWord: true });
    const expanded = ({ ll: 'will', re: 'are', ve: 'have', m: 'am', d: 'would' } as Record<string, string>)[suffix];
    if (expanded) tokens.push({ text: expanded, start, end, isWord: true });
  } else {
    tokens.push({ text: raw, start, end, isWord: true });
  }
}

/** Index of the first token that ends after `offset` (the token at or after a character). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
