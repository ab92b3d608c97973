// What the content script's and the popup's extension-API modules (src/content/browser-api.ts,
// src/popup/browser-api.ts) share: which namespace to call, and webextension-polyfill's
// conventions for Chrome's callback calls. The choice is the polyfill's own: a browser whose
// `browser.*` is there (Firefox) is used as it is, promises and all; otherwise (Chrome) `chrome.*`
// is called with callbacks and runtime.lastError. The worker still uses the polyfill, so its
// conventions are kept on this side of every message: no answer is an undefined answer, and a
// rejected answer travels as { __mozWebExtensionPolyfillReject__ }.

const NO_RESPONSE = 'The message port closed before a response was received.';

/** How the polyfill sends a rejected answer across a message channel. */
export interface Rejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

/** Where Chrome reports a callback call's failure. */
export interface LastErrorSource {
  lastError?: { message?: string } | null;
}

/** Firefox's promise-based API when there is one (`promised`), and the API to call: that one, or
 *  Chrome's, called with callbacks. */
export function chooseApi<A extends { runtime: { id?: string } }>(): { promised: A | undefined; api: A } {
  const scope = globalThis as { browser?: A; chrome?: A };
  const promised = scope.browser?.runtime?.id ? scope.browser : undefined;
  return { promised, api: promised ?? (scope.chrome as A) };
}

function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as Partial<Rejection>).__mozWebExtensionPolyfillReject__ === true;
}

/** A Chrome call with a callback, settled the way the polyfill settles it; for a message, no
 *  answer is an undefined answer and a rejected one is an error. */
export function viaCallback<T>(runtime: LastErrorSource, call: (callback: (result: T) => void) => void, isMessage: boolean): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    call((result) => {
      const error = runtime.lastError;
      if (error) {
        if (isMessage && error.message === NO_RESPONSE) resolve(undefined);
        else reject(new Error(error.message));
      } else if (isMessage && isRejection(result)) reject(new Error(result.message));
      else resolve(result);
    });
  });
}
