// The browser's i18n API for Node tests, over the English messages.json: getMessage with
// Chrome's placeholder substitution, so helpers that word things through t() read as in the
// browser. Import it (for its side effect) before the code under test runs t().
import { readFileSync } from 'node:fs';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const MESSAGES = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Message>;

/** Chrome's rule: $name$ takes its placeholder's content, in which $1…$9 are the substitutions. */
export function getMessage(name: string, substitutions: string | string[] = []): string {
  const entry = MESSAGES[name];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, key: string) => fill(entry.placeholders?.[key.toLowerCase()]?.content ?? ''));
}

(globalThis as { chrome?: unknown }).chrome = { i18n: { getMessage } };
