// Recognises the marker that opens a list line in plain text: glyph bullets ("•", "-", "*")
// and enumerators ("1.", "2)", "(a)", "(iv)"). Seed 003 indents "•" bullets, seed 002 writes
// "1)" followed by a run of no-break spaces, PDF extractions often put the glyph on a line alone.

const GLYPH = /^[•●○◦▪▫■□‣⁃∙·*\-–—](?=\s|$)/u;
const ENUMERATOR = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})\.)(?=\s|$)/i;
const TRAILING_SPACE = /^\s*/u;

export interface BulletMarker {
  /** Length of the marker and the whitespace after it. */
  length: number;
  /** '1.', '(a)' and the like, as opposed to a glyph such as '•'. */
  numbered: boolean;
}

/** The bullet that opens `line` (already trimmed at the start), or undefined. */
export function bulletMarker(line: string): BulletMarker | undefined {
  const glyph = GLYPH.exec(line);
  const match = glyph ?? ENUMERATOR.exec(line);
  if (!match) return undefined;
  // "a. " and "i. " also open ordinary prose ("I. Introduction" is fine, "a. m." is not a
  // list): a one-letter enumerator counts only when a capital or digit follows it.
  const rest = line.slice(match[0].length);
  const space = TRAILING_SPACE.exec(rest)?.[0] ?? '';
  if (!glyph && /^[a-z]\.$/i.test(match[0]) && !/^[A-Z0-9"“(]/.test(rest.slice(space.length))) return undefined;
  return { length: match[0].length + space.length, numbered: glyph === null };
}
