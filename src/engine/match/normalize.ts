// Turns a sentence into the string that compiled rule patterns run over:
// lower case, one space between tokens, a space at each end, contractions expanded so that
// negations read the same ("don't sell" and "do not sell"), and emails, URLs and phone
// numbers replaced by placeholder tokens that patterns name as #Email, #Url and #Phone.
// Runs on every sentence of every policy, so the costly replacements only run when a cheap
// test says they could apply.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
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

const NOT_TOKEN = /[^a-z0-9_]+/g;

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
  // Keep letters, digits and the placeholder underscore; everything else separates tokens.
  // After the replace, spaces come singly: pad each end that lacks one (cheaper than trimming
  // both and padding again).
  s = s.replace(NOT_TOKEN, ' ');
  if (s.length === 0 || s === ' ') return ' ';
  return `${s.charCodeAt(0) === 32 ? '' : ' '}${s}${s.charCodeAt(s.length - 1) === 32 ? '' : ' '}`;
}
