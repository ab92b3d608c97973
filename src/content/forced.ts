// "Analyse this page anyway": the person says this page is a policy, whatever detection (or the
// options) said. Remembered for the page (not its #fragment), so a re-check of the same page
// keeps reading it, and forgotten on the next page.
import { pageKey } from './page-key.ts';

let forced: string | null = null;

export function forceThisPage(): void {
  forced = pageKey(location.href);
}

export function isForced(): boolean {
  return forced === pageKey(location.href);
}
