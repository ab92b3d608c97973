// When a policy page's text is ready to send. Client-rendered pages first serve a shell
// ("Loading…", a spinner, an empty <main>) and fill it in later; a person who opens the popup
// then must read "still loading", not a summary of the shell. So a thin text is held back while
// the page may still be filling in, up to a bound, and a sent text is sent again only when it
// grew a lot (a page that keeps tweaking its DOM costs the worker nothing).

/** Below this many characters of main text a policy page is probably not rendered yet. */
export const THIN_TEXT_CHARS = 1_200;
/** How long a thin text is held back after the page was first seen (then it is sent as it is,
 *  and the engine says "not enough policy text" if it is still thin: a 404 page, a login wall). */
export const THIN_WAIT_MS = 5_000;
/** A sent text is sent again when it grew or shrank by this share. */
export const REGROW_SHARE = 0.2;
/** Words a shell shows while its content loads. */
const LOADING = /\b(?:loading|please wait|just a moment|one moment)\b|…$|\.\.\.$/i;

export function isThin(text: string): boolean {
  return text.trim().length < THIN_TEXT_CHARS;
}

/** Hold back a thin text while the page is young, or while it still says it is loading. */
export function holdBack(text: string, pageAgeMs: number): boolean {
  if (!isThin(text)) return false;
  if (pageAgeMs < THIN_WAIT_MS) return true;
  return LOADING.test(text.trim()) && pageAgeMs < 3 * THIN_WAIT_MS;
}

/** Should a new text replace the one sent before? Always from a thin one; otherwise only when
 *  its length moved by REGROW_SHARE. */
export function worthResending(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return true;
  if (previous === next) return false;
  if (isThin(previous)) return true;
  return Math.abs(next.length - previous.length) >= REGROW_SHARE * previous.length;
}
