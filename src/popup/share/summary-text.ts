// What "Copy summary" puts on the clipboard and "Download as Markdown" saves: the engine's own
// renderings (summaryText, markdownReport), with a header naming the policy and the grade, so a
// pasted summary says what it is about. Pure, so the end-to-end test can expect the same text.
import { markdownReport } from '../../engine/report/markdown.ts';
import { summaryText } from '../../engine/summary/index.ts';
import type { Analysis } from '../../engine/types.ts';

export function summaryForCopy(analysis: Analysis, title: string): string {
  const { rating } = analysis;
  const head = [
    `${title.trim() || 'Privacy policy'}: privacy summary by PolicyLens`,
    rating.grade === null
      ? 'Not graded: not enough policy text.'
      : `Grade ${rating.grade} (A best, E worst): ${rating.meaning} Based on ${Math.round(rating.confidence * 100)}% of what the grade weighs; the rest the policy doesn't say.`,
    ...(analysis.policyDate ? [`Policy dated ${analysis.policyDate.text}.`] : []),
  ];
  return `${head.join('\n')}\n\n${summaryText(analysis.summary)}`;
}

export function summaryMarkdown(analysis: Analysis, title: string): string {
  return markdownReport(analysis, title.trim() || 'Privacy policy');
}

/** "conifer-communications-privacy-policy.md" */
export function markdownFileName(title: string): string {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'privacy-policy'}-policylens.md`;
}
