// Turns a sentence into the string that compiled rule patterns run over:
// lower case, one space between tokens, a space at each end, contractions expanded so that
// negations read the same ("don't sell" and "do not sell"), and emails, URLs and phone
// numbers replaced by placeholder tokens that patterns name as #Email, #Url and #Phone.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"']+/g;
// North American numbers as policies print them: 1-800-555-0100, (877) 555 0100, 800.555.0100.
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]\d{3}[\s.-]\d{4}\b/g;

const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bwon['’]t\b/g, 'will not'],
  [/\bcan['’]t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n['’]t\b/g, ' not'],
  [/['’](?:ll)\b/g, ' will'],
  [/['’](?:re)\b/g, ' are'],
  [/['’](?:ve)\b/g, ' have'],
  [/['’]s\b/g, ''],
  [/s['’](?=\s|$)/g, 's'],
];

export function normalizeForMatch(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(EMAIL, ' _email_ ').replace(URL, ' _url_ ').replace(PHONE, ' _phone_ ');
  for (const [pattern, replacement] of CONTRACTIONS) s = s.replace(pattern, replacement);
  // Keep letters, digits and the placeholder underscore; everything else separates tokens.
  s = s.replace(/[^a-z0-9_]+/g, ' ').trim();
  return s.length === 0 ? ' ' : ` ${s} `;
}
