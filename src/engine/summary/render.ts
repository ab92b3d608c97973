// The summary as plain text: each question's heading, then its lines, a mark for the flag.
// Used by the CLI and for the length budget.
import { QUESTION_ORDER, questionHeading } from '../questions/index.ts';
import type { Flag, SummaryPoint } from '../types.ts';

const MARK: Record<Flag, string> = { good: '+', caution: '!', bad: '-' };

export function summaryText(points: readonly SummaryPoint[]): string {
  const sections: string[] = [];
  for (const q of QUESTION_ORDER) {
    const own = points.filter((p) => p.question === q);
    if (own.length === 0) continue;
    sections.push([questionHeading(q), ...own.map((p) => `${p.flag ? MARK[p.flag] : '*'} ${p.text}`)].join('\n'));
  }
  return sections.length > 0 ? `${sections.join('\n\n')}\n` : '';
}

/** Words as a reader counts them: runs of text with a letter or digit (marks don't count). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
