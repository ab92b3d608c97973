// The date the policy gives for itself, from its first or last sentences: what "Last updated"
// says, as written, and as YYYY-MM-DD when the day is given.
import { DATE_LINE, MONTHS, POLICY_DATE } from '../rules/claims/date.ts';
import type { PolicyDate, Sentence } from './types.ts';

/** How far from each end of the policy its date is looked for. */
const REACH = 25;

function isoOf(text: string): string | null {
  const t = text.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const month = (word: string): number => MONTHS.indexOf(word.slice(0, 3)) + 1;
  m = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(t);
  if (m && month(m[1] ?? '') > 0) return `${m[3]}-${pad(month(m[1] ?? ''))}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2}) (?:of )?([a-z]+) (\d{4})$/.exec(t);
  if (m && month(m[2] ?? '') > 0) return `${m[3]}-${pad(month(m[2] ?? ''))}-${pad(Number(m[1]))}`;
  return null;
}

export function findPolicyDate(sentences: readonly Sentence[]): PolicyDate | null {
  const n = sentences.length;
  const order = [...Array(Math.min(n, REACH)).keys(), ...Array.from({ length: Math.min(n, REACH) }, (_, k) => n - 1 - k)];
  for (const i of new Set(order)) {
    const s = sentences[i];
    if (!s) continue;
    const m = POLICY_DATE.exec(s.text) ?? (s.text.length < 40 ? DATE_LINE.exec(s.text) : null);
    const date = m?.groups?.['date'];
    if (date) return { text: date.trim(), iso: isoOf(date), evidence: [i] };
  }
  return null;
}
