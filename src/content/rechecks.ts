// Pages that render their content late (single-page apps, policies loaded by script) are looked
// at again: when the URL changes without a page load, and — only on pages that are or may be a
// policy — when the body changes, once it has been quiet for a moment (but no later than a bound
// after the first change, so a page that never stops ticking is still read). A policy whose text
// looks unrendered ('waiting') is looked at again when the hold-back ends, changes or not.
// Ordinary pages get no MutationObserver at all.
import { askVocabulary } from './detect/index.ts';
import { checkPage, type Verdict } from './page-check.ts';
import { watchMutations } from './own-mutations.ts';
import { pageKey } from './page-key.ts';
import { THIN_WAIT_MS } from './settle.ts';
import { extensionId } from './browser-api.ts';

const MAX_RECHECKS_PER_PAGE = 8;
/** Quiet time after the last change before looking again. */
const QUIET_MS = 800;
/** Longest a look is put off by changes that keep coming. */
const MAX_DEFER_MS = 3000;

// The Navigation API is not in TypeScript's DOM lib yet; only the event target part is used.
type NavigationLike = EventTarget;

/** `onOrphaned` is called when the extension behind this script is gone (updated, disabled):
 *  Chrome leaves the old content script running in open tabs, with no one to talk to. */
function extensionAlive(): boolean {
  try {
    return Boolean(extensionId());
  } catch {
    return false;
  }
}

/** Returns a function that looks at the page now (as asked from the popup). */
export function watchForChanges(initial: Verdict, signal: AbortSignal, onOrphaned: () => void): () => void {
  let page = pageKey(location.href);
  let rechecks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet looked at happened. */
  let pendingSince: number | undefined;
  let observer: MutationObserver | undefined;
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer?.disconnect();
  }, { once: true });

  const observe = (verdict: Verdict): void => {
    const wanted = verdict !== 'no' && rechecks < MAX_RECHECKS_PER_PAGE && !signal.aborted;
    // The hold-back of a thin text ends on its own: look again then, even if nothing changes.
    if (verdict === 'waiting' && !signal.aborted) schedule(THIN_WAIT_MS);
    // The look is finished once the vocabulary is here: not a re-check of its own. A failed ask
    // (the worker restarting) is tried again at the next re-check, within the same budget.
    if (verdict === 'scoring' && !signal.aborted) {
      void askVocabulary().then((arrived) => {
        if (signal.aborted) return;
        if (arrived) observe(checkPage());
        else if (rechecks < MAX_RECHECKS_PER_PAGE) schedule();
      });
    }
    if (wanted && !observer && document.body) {
      observer = new MutationObserver(() => schedule(QUIET_MS));
      watchMutations(observer, signal);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    } else if (!wanted && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };

  const recheck = (): void => {
    pendingSince = undefined;
    if (signal.aborted) return;
    if (!extensionAlive()) {
      onOrphaned();
      return;
    }
    if (pageKey(location.href) !== page) {
      // A new page as far as the person is concerned: a fresh budget of re-checks.
      page = pageKey(location.href);
      rechecks = 0;
    } else {
      rechecks++;
    }
    observe(checkPage());
  };

  /** Look again after `delay`, or after the quiet time, never later than MAX_DEFER_MS after the
   *  first change waiting to be looked at. */
  const schedule = (delay = QUIET_MS): void => {
    const now = performance.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(recheck, Math.max(0, Math.min(delay, pendingSince + MAX_DEFER_MS - now)));
  };

  const onUrlMaybeChanged = (): void => {
    if (pageKey(location.href) !== page) schedule();
  };

  // Content scripts live in an isolated world: wrapping history.pushState there would never see
  // the page's calls. The Navigation API's events do cross worlds (Chrome 102+); elsewhere a
  // cheap URL comparison once a second stands in for it.
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', onUrlMaybeChanged, { signal });
  else {
    const poll = setInterval(onUrlMaybeChanged, 1000);
    signal.addEventListener('abort', () => clearInterval(poll), { once: true });
  }
  addEventListener('popstate', onUrlMaybeChanged, { signal });
  addEventListener('hashchange', onUrlMaybeChanged, { signal });
  observe(initial);
  return () => observe(checkPage());
}
