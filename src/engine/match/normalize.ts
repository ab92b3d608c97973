// Turns a sentence into the string that compiled rule patterns run over:
// lower case, one space between tokens, a space at each end, contractions expanded so that
// negations read the same ("don't sell" and "do not sell"), and emails, URLs and phone
// numbers replaced by placeholder tokens that patterns name as #Email, #Url and #Phone.
// Runs on every sentence of every policy, so the costly replacements only run when a cheap
// test says they could apply.

// The lookbehind makes a match start only where a run of address characters starts: without it
// every position inside a long run ("a.a.a.a…") rescanned the run, quadratic in its length
// (64k characters took 5.8 s, 256k 122 s). Leftmost matches start there anyway.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+/g;
// North American numbers as policies print them: 1-800-555-0100, (877) 555 0100, 800.555.0100.
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]\d{3}[\s.-]\d{4}\b/g;
const HAS_PHONE_DIGITS = /\d{3}[\s.)-]+\d{3}/;

// One pass for every contraction; the order of alternatives matters (won't before n't).
const CONTRACTION = /\bwon['’]t\b|\bcan['’]t\b|\bcannot\b|n['’]t\b|['’](?:ll|re|ve|s)\b|s['’](?=\s|$)/g;
const CONTRACTION_EXPANSIONS: Readonly<Record<string, string>> = {
  "won't": 'will not', 'won’t': 'will not', "can't": 'can not', 'can’t': 'can not', cannot: 'can not',
  "n't": ' not', 'n’t': ' not', "'ll": ' will', '’ll': ' will', "'re": ' are', '’re': ' are', "'ve": ' have', '’ve': ' have',
  "'s": '', '’s': '', "s'": 's', 's’': 's',
};


// Any of the cheap tests below could pass: one scan instead of six on the nine sentences in ten
// where none does.
const MAY_NEED_REPLACING = /[@'’]|http|www\.|cannot|\d{3}[\s.)-]+\d{3}/;

export function normalizeForMatch(text: string): string {
  let s = text.toLowerCase();
  if (MAY_NEED_REPLACING.test(s)) {
    if (s.includes('@')) s = s.replace(EMAIL, ' _email_ ');
    if (s.includes('http') || s.includes('www.')) s = s.replace(URL, ' _url_ ');
    if (HAS_PHONE_DIGITS.test(s)) s = s.replace(PHONE, ' _phone_ ');
    if (s.includes("'") || s.includes('’') || s.includes('cannot')) s = s.replace(CONTRACTION, (m) => CONTRACTION_EXPANSIONS[m] ?? m);
  }
  return tokensOnly(s);
}

/** Reused output buffer for tokensOnly: grows to the longest sentence seen. Every character
 *  written is ASCII, so one byte each. */
let buffer = new Uint8Array(1024);
/** Decodes the buffer to a one-byte string. 'latin1' is windows-1252 to TextDecoder, which is
 *  the same as ASCII for the bytes written here. Standard in Node, workers and pages alike. */
const ASCII = new TextDecoder('latin1');

/** `s.replace(/[^a-z0-9_]+/g, ' ')` with a space at each end: letters, digits and the
 *  placeholder underscore are kept and every run of anything else becomes one space. One
 *  pass into a reused buffer: the regex replace was ~30% slower on the seeds, allocated about
 *  1 MB per analysis (a sixth of all) and left a two-byte string whenever the sentence had a
 *  curly quote; this string is always one-byte and flat, which the rule regexes then scan.
 *  Decoded with TextDecoder rather than String.fromCharCode.apply, whose argument list cost 8
 *  bytes a character (0.9 MB per analysis of the seeds, 16 % of all it allocated): 0.44 ->
 *  0.29 ms for the seeds' 635 sentences. */
export function tokensOnly(s: string): string {
  if (buffer.length < s.length + 2) buffer = new Uint8Array(s.length * 2 + 2);
  const out = buffer;
  let n = 0;
  out[n++] = 32;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) out[n++] = c;
    else if (out[n - 1] !== 32) out[n++] = 32;
  }
  if (out[n - 1] !== 32) out[n++] = 32;
  return ASCII.decode(out.subarray(0, n));
}
