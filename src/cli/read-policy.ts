// From what was read to what the engine analyses: HTML through the engine's HTML reader,
// Markdown through its Markdown reader (headings and lists become blocks), text as it is.
import { segmentHtml } from '../engine/text/segment-html.ts';
import { textFromMarkdown } from '../engine/text/markdown.ts';
import type { AnalysisInput } from '../engine/types.ts';
import { InputError, type InputKind } from './input.ts';

export function analysisInput(text: string, kind: InputKind, where: string): AnalysisInput {
  const input = kind === 'html' ? segmentHtml(text) : kind === 'markdown' ? textFromMarkdown(text) : { text };
  if (input.text.trim() === '') throw new InputError(`${where}: has no readable text`);
  return input;
}
