// Long blocks are cut before compromise's splitter sees them. Its merge step re-joins and
// re-scans a growing string, so a block full of abbreviations costs it quadratic time: 16,000
// characters of "e.g. " took 0.5 s, 256,000 ran Node out of memory (a 3.6 GB heap). Policies'
// real blocks are far shorter, and a cut is made where a sentence plainly ends (a word of three
// or more lower-case letters, a full stop, a capital), so the sentences come out the same.

/** Longest text given to compromise at once. */
export const MAX_CHUNK = 2_000;

/** A plain sentence end: "... your data. We ..." (not "U.S. Inc." nor "e.g. the"). */
const PLAIN_END = /[a-z]{3}[.!?]["'”’)\]]?\s+(?=["“(]?[A-Z])/g;

/** [start, end) pieces of `text`, in order, each at most `max` long, that together cover it. */
export function chunks(text: string, max = MAX_CHUNK): Array<[number, number]> {
  if (text.length <= max) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max);
    let cut = -1;
    PLAIN_END.lastIndex = 0;
    for (const m of window.matchAll(PLAIN_END)) cut = m.index + m[0].length;
    // No plain sentence end: the last space in the window, else a hard cut.
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = max;
    out.push([from, from + cut]);
    from += cut;
  }
  out.push([from, text.length]);
  return out;
}
