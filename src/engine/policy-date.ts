// The date the policy gives for itself, from its first or last sentences: what "Last updated"
// says, as written, and as YYYY-MM-DD when the day is given. When a policy gives both an
// effective date and a revision date side by side ("Effective: July 1, 2026. Last Revised: May
// 26, 2026."), the revision date is the one a person means by "updated".
import { DATE_LINE, MONTHS, POLICY_DATE, RANGE_UNTIL, TITLE_DATE, UPDATED_LABEL, VERSION_LINE } from '../rules/claims/date.ts';
import type { PolicyDate, Sentence } from './types.ts';

/** How far from each end of the policy its date is looked for. */
const REACH = 25;
/** A sentence short enough to be a date line of its own. */
const SHORT = 100;

function isoOf(text: string): string | null {
  const t = text.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim();
  const pad = (n: number): string => String(n).padStart(2, '0');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  // 20/08/2026, 19.05.2026: day first unless the first number cannot be a day of a month
  // ("12/31/2024"); "04/05/2024" with slashes is ambiguous and left without an ISO date.
  m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayFirst = m[2] === '.' || a > 12;
    if (!dayFirst && b <= 12) return null;
    const [day, month] = dayFirst ? [a, b] : [b, a];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[4]}-${pad(month)}-${pad(day)}` : null;
  }
  const month = (word: string): number => MONTHS.indexOf(word.slice(0, 3)) + 1;
  m = /^([a-z]+) (\d{1,2}) (\d{4})$/.exec(t);
  if (m && month(m[1] ?? '') > 0) return `${m[3]}-${pad(month(m[1] ?? ''))}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2}) (?:of )?([a-z]+) (\d{4})$/.exec(t);
  if (m && month(m[2] ?? '') > 0) return `${m[3]}-${pad(month(m[2] ?? ''))}-${pad(Number(m[1]))}`;
  return null;
}

interface Found { date: string; updated: boolean; index: number }

const ALL_DATES = new RegExp(POLICY_DATE.source, 'gi');
/** Every date names its year: the cheap test before the long one. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;

/** Every labelled date of sentence `i`, in order. */
function datesIn(s: Sentence): Found[] {
  if (!YEAR.test(s.text)) return [];
  return [...s.text.matchAll(ALL_DATES)].filter((m) => !RANGE_UNTIL.test(s.text.slice(m.index + m[0].length))).map((m) => ({ date: m.groups?.['date']?.trim() ?? '', updated: UPDATED_LABEL.test((m.groups?.['label'] ?? '').replace(/\s+/g, ' ').trim()), index: s.index }));
}

export function findPolicyDate(sentences: readonly Sentence[]): PolicyDate | null {
  const n = sentences.length;
  const order = [...Array(Math.min(n, REACH)).keys(), ...Array.from({ length: Math.min(n, REACH) }, (_, k) => n - 1 - k)];
  for (const i of new Set(order)) {
    const s = sentences[i];
    if (!s) continue;
    const labelled = datesIn(s);
    const first = labelled[0];
    if (first) {
      // An effective date: a revision date beside it (same sentence, or a short one next to it) wins.
      const next = sentences[i + 1];
      const beside = first.updated ? [] : [...labelled.slice(1), ...(next && next.text.length < SHORT ? datesIn(next) : [])];
      const chosen = beside.find((d) => d.updated) ?? first;
      return { text: chosen.date, iso: isoOf(chosen.date), evidence: [chosen.index] };
    }
    if (s.text.length >= SHORT) continue;
    const m = DATE_LINE.exec(s.text) ?? VERSION_LINE.exec(s.text) ?? TITLE_DATE.exec(s.text);
    const date = m?.groups?.['date'] ?? m?.groups?.['date2'];
    if (date) return { text: date.trim(), iso: isoOf(date), evidence: [i] };
  }
  // Past a long table of contents: "Last updated" anywhere (an effective date in the middle of a
  // policy is more often a law's: "the CCPA, effective January 1, 2020").
  for (const s of sentences) {
    const d = s.text.length < SHORT ? datesIn(s).find((x) => x.updated) : undefined;
    if (d) return { text: d.date, iso: isoOf(d.date), evidence: [d.index] };
  }
  return null;
}

/** How the popup says the date: "Updated January 4, 2023". */
export function policyDateLine(date: PolicyDate): string {
  return `Updated ${date.text}`;
}
