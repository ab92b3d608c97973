// A policy diff for a terminal and as Markdown: what changed in plain words first, then the
// sentences quoted. Needs both versions' sentences, since the diff holds only their indexes.
import type { Flag, Sentence } from '../types.ts';
import { escapeMarkdown } from '../report/escape.ts';
import type { PolicyDiff } from './types.ts';

const FLAG_MARKS: Readonly<Record<Flag, string>> = { good: '✓', caution: '!', bad: '✗' };

interface Versions {
  previous: readonly Pick<Sentence, 'text'>[];
  current: readonly Pick<Sentence, 'text'>[];
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const quote = (sentences: readonly Pick<Sentence, 'text'>[], i: number): string => oneLine(sentences[i]?.text ?? '');

export function policyDiffText(diff: PolicyDiff, versions: Versions): string {
  if (!diff.changed) return 'No changes: the two texts are the same (ignoring whitespace and case).\n';
  const lines = ['What changed:'];
  if (diff.summaryChanges.length === 0) lines.push('  Nothing in the summary; only the wording.');
  for (const change of diff.summaryChanges) lines.push(`  ${FLAG_MARKS[change.flag]} ${change.text}`);
  lines.push('', `Added sentences (${diff.addedSentences.length}):`);
  for (const i of diff.addedSentences) lines.push(`  + [${i}] "${quote(versions.current, i)}"`);
  lines.push('', `Removed sentences (${diff.removedSentences.length}):`);
  for (const i of diff.removedSentences) lines.push(`  - [${i}] "${quote(versions.previous, i)}"`);
  return `${lines.join('\n')}\n`;
}

export function policyDiffMarkdown(diff: PolicyDiff, versions: Versions): string {
  const lines = ['# What changed in this privacy policy', ''];
  if (!diff.changed) return `${[...lines, 'No changes: the two texts are the same (ignoring whitespace and case).'].join('\n')}\n`;
  lines.push('## In plain words', '');
  if (diff.summaryChanges.length === 0) lines.push('Nothing in the summary changed; only the wording.');
  for (const change of diff.summaryChanges) lines.push(`- ${FLAG_MARKS[change.flag]} ${escapeMarkdown(change.text)}`);
  const section = (title: string, indexes: readonly number[], sentences: Versions['current']): void => {
    lines.push('', `## ${title} (${indexes.length})`, '');
    for (const i of indexes) lines.push(`> ${escapeMarkdown(quote(sentences, i))}`, '');
  };
  section('Added sentences', diff.addedSentences, versions.current);
  section('Removed sentences', diff.removedSentences, versions.previous);
  return `${lines.join('\n').trimEnd()}\n`;
}
