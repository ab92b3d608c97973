// Character tests by code unit, for the loops that run over every line: a regex call per
// character or per word costs more than the rest of the segmentation together.

/** The characters JavaScript's \s matches (no-break space included: seed 002 is full of them). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** A letter or digit, in any script. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return NON_ASCII_WORD.test(String.fromCharCode(c));
}

/** 1 for a capital letter, -1 for a lower-case one, 0 for anything else (uncased scripts
 *  included: a heading's shape can only be read from cased letters). */
export function letterCase(c: number): 1 | -1 | 0 {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? 1 : c >= 0x61 && c <= 0x7a ? -1 : 0;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return 0;
  return ch === lower ? -1 : 1;
}
