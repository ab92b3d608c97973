// Interface strings come from _locales/<lang>/messages.json (public/_locales), read through the
// browser's i18n API, so a translation is one more folder and no code. English is the default
// locale and complete; a unit test checks that every key used in src/ is defined there.
// No polyfill import: this module also runs in unit tests, where there is no extension API.
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message in the browser's language (English when it has no translation); the key itself
 *  outside the extension, so a missing string shows up instead of vanishing. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  try {
    const message = api()?.getMessage(key, substitutions.map(String));
    if (message) return message;
  } catch {
    // An invalidated context (the extension was updated under an open page) has no messages.
  }
  return key;
}

/** One of two messages by count: chrome.i18n has no plural rules, so each plural is two keys. */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  return count === 1 ? t(one, count) : t(other, count);
}
