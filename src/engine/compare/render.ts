// A comparison as text for a terminal (by row, one marked line per policy) and as a Markdown
// table to share. Policy text passes through as text; Markdown cells escape what breaks a table.
import { markdownCell } from '../report/escape.ts';
import type { Comparison, Verdict } from './types.ts';

export const VERDICT_MARKS: Readonly<Record<Verdict, string>> = { current: '•', better: '✓', worse: '✗', same: '=', 'not-stated': '–' };

const LEGEND = '✓ better, ✗ worse, = same, – not stated';

export function comparisonText(comparison: Comparison): string {
  const [first = ''] = comparison.names;
  const width = Math.max(...comparison.names.map((n) => n.length));
  const lines = [`Compared with ${first} (${LEGEND}: each policy against ${first})`, ''];
  for (const row of comparison.rows) {
    lines.push(row.heading);
    row.cells.forEach((cell, i) => {
      const name = comparison.names[i] ?? '';
      lines.push(`  ${VERDICT_MARKS[cell.verdict]} ${name.padEnd(width)}  ${cell.text}`);
    });
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}


export function comparisonMarkdown(comparison: Comparison): string {
  const [first = ''] = comparison.names;
  const header = `| | ${comparison.names.map(markdownCell).join(' | ')} |`;
  const rule = `|---|${comparison.names.map(() => '---').join('|')}|`;
  const rows = comparison.rows.map((row) => `| **${markdownCell(row.heading)}** | ${row.cells.map((c) => `${VERDICT_MARKS[c.verdict]} ${markdownCell(c.text)}`).join(' | ')} |`);
  return [
    '# Privacy policy comparison',
    '',
    `Marks compare each policy with ${markdownCell(first)}: ${LEGEND}.`,
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n');
}
