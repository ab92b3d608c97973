// Long blocks are cut before compromise's splitter sees them. Its merge step re-joins and
// re-scans a growing string, so a block full of abbreviations costs it quadratic time: 16,000
// characters of "e.g. " took 0.5 s, 256,000 ran Node out of memory (a 3.6 GB heap). Policies'
// real blocks are far shorter, and a cut is made where a sentence plainly ends (a word of three
// or more lower-case letters, a full stop, a capital), so the sentences come out the same.
//
// The length cap alone still leaves each piece's cost growing with the pieces in it: compromise
// re-scans the string it is growing once for every piece it appends ("1. ", "U.S. ", "A. "), so
// 2,000 characters of "1. 2. 3. " cost it ~670 scans of up to 2,000 characters, six times what
// as much real policy text costs. A window crowded with more than MAX_PIECES places where
// compromise may cut is therefore cut after fewer characters. Real prose has a dozen or two such
// places per 2,000 characters, so its pieces stay exactly as they were.

/** Longest text given to compromise at once. */
export const MAX_CHUNK = 2_000;
/** Most places compromise may cut (terminal punctuation, then a space) in one piece. */
export const MAX_PIECES = 64;

/** A plain sentence end: "... your data. We ..." (not "U.S. Inc." nor "e.g. the"). */
const PLAIN_END = /[a-z]{3}[.!?]["'”’)\]]?\s+(?=["“(]?[A-Z])/g;
/** Where compromise's first pass may cut (its 01-simple-split.js, ASCII and the usual marks). */
const POSSIBLE_CUT = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]+\s/g;

/** The end of the `n`-th possible cut in `window`, or -1 when it has fewer. */
function nthCut(window: string, n: number): number {
  POSSIBLE_CUT.lastIndex = 0;
  let count = 0;
  for (let m = POSSIBLE_CUT.exec(window); m; m = POSSIBLE_CUT.exec(window)) {
    if (++count === n) return m.index + m[0].length;
  }
  return -1;
}

/** [start, end) pieces of `text`, in order, each at most `max` long and with at most `maxPieces`
 *  possible cuts (give or take the one it ends with), that together cover it. */
export function chunks(text: string, max = MAX_CHUNK, maxPieces = MAX_PIECES): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    let window = text.slice(from, from + max);
    const crowded = nthCut(window, maxPieces + 1);
    if (crowded >= 0) window = window.slice(0, crowded);
    else if (from + window.length === text.length) break;
    let cut = -1;
    PLAIN_END.lastIndex = 0;
    for (const m of window.matchAll(PLAIN_END)) cut = m.index + m[0].length;
    // No plain sentence end: the last space in the window, else a hard cut.
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = window.length;
    out.push([from, from + cut]);
    from += cut;
  }
  if (from < text.length || out.length === 0) out.push([from, text.length]);
  return out;
}
