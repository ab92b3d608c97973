// A shareable Markdown report of an analysis: rating with its reasons, the summary by question,
// and under each point the policy sentences it was drawn from, quoted.
import type { Analysis, Flag } from '../types.ts';
import { escapeMarkdown } from './escape.ts';
import { QUESTIONS } from './questions.ts';

const FLAG_MARK: Record<Flag, string> = { good: '✅', caution: '⚠️', bad: '❌' };

export { escapeMarkdown };

function quotes(analysis: Analysis, evidence: readonly number[], max = 2): string[] {
  return evidence.slice(0, max).flatMap((i) => {
    const sentence = analysis.sentences[i];
    return sentence ? [`  > ${escapeMarkdown(sentence.text)} *(sentence ${i + 1})*`] : [];
  });
}

export function markdownReport(analysis: Analysis, title: string): string {
  const lines = [`# Privacy policy report: ${escapeMarkdown(title)}`, ''];
  if (analysis.language !== 'en') {
    lines.push('This policy is not in English. PolicyLens reads English policies only for now, so it makes no summary.');
    return `${lines.join('\n')}\n`;
  }
  const { rating } = analysis;
  if (rating.grade === null) {
    lines.push(`**Not graded:** ${escapeMarkdown(rating.notGraded ?? 'not enough policy text')}.`, '');
  } else {
    lines.push(`**Grade ${rating.grade}** (score ${rating.score} of 100): ${escapeMarkdown(rating.meaning)}`, '');
    lines.push(`How sure: ${Math.round(rating.confidence * 100)}% of what the grade weighs is stated in the policy; the rest counts as unknown.`, '');
    for (const reason of rating.reasons.filter((r) => r.known).slice(0, 5)) {
      lines.push(`- ${reason.flag ? `${FLAG_MARK[reason.flag]} ` : ''}${escapeMarkdown(reason.text)}`);
      lines.push(...quotes(analysis, reason.evidence, 1));
    }
  }
  if (analysis.policyDate) lines.push('', `Policy dated ${escapeMarkdown(analysis.policyDate.text)}.`);
  for (const question of QUESTIONS) {
    const points = analysis.summary.filter((p) => p.question === question.id);
    if (points.length === 0) continue;
    lines.push('', `## ${question.heading}`, '');
    for (const point of points) {
      lines.push(`- ${point.flag ? `${FLAG_MARK[point.flag]} ` : ''}${escapeMarkdown(point.text)}`);
      lines.push(...quotes(analysis, point.evidence));
    }
  }
  lines.push('', `---`, `${analysis.sentences.length} sentences read on this device by PolicyLens. Every point above quotes the sentences it comes from.`);
  return `${lines.join('\n')}\n`;
}
