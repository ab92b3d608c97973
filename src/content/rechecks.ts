// Pages that render their content late (single-page apps, policies loaded by script) are looked
// at again: when the URL changes without a page load, and — only on pages that are or may be a
// policy — when the body changes, debounced. Ordinary pages get no MutationObserver at all.
import { checkPage, type Verdict } from './page-check.ts';
import { watchMutations } from './own-mutations.ts';
import { pageKey } from './page-key.ts';
import browser from 'webextension-polyfill';

const MAX_RECHECKS_PER_PAGE = 5;
const DEBOUNCE_MS = 2000;

// The Navigation API is not in TypeScript's DOM lib yet; only the event target part is used.
type NavigationLike = EventTarget;

/** `onOrphaned` is called when the extension behind this script is gone (updated, disabled):
 *  Chrome leaves the old content script running in open tabs, with no one to talk to. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

export function watchForChanges(initial: Verdict, signal: AbortSignal, onOrphaned: () => void): void {
  let page = pageKey(location.href);
  let rechecks = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer?.disconnect();
  }, { once: true });

  const observe = (verdict: Verdict): void => {
    const wanted = verdict !== 'no' && rechecks < MAX_RECHECKS_PER_PAGE && !signal.aborted;
    if (wanted && !observer && document.body) {
      observer = new MutationObserver(() => schedule());
      watchMutations(observer, signal);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    } else if (!wanted && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };

  const recheck = (): void => {
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

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(recheck, DEBOUNCE_MS);
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
}
