// Text or HTML → analysis, on this page: the engine is pure and synchronous, so the paste
// page needs no background round trip. Returns a message instead when there is nothing to read.
import { analyzeWithin } from '../../engine/budget.ts';
import { segmentHtml } from '../../engine/text/segment-html.ts';
import type { Analysis, AnalysisInput } from '../../engine/types.ts';
import { plural, t } from '../../shared/i18n.ts';
import type { FileKind } from './read-policy-file.ts';

/** `text`: what was analysed (an HTML file's readable text), which is what the library saves. */
export type AnalyseResult = { ok: true; analysis: Analysis; text: string } | { ok: false; message: string };

const MIN_WORDS = 15;

/** HTML is read once into text and blocks, so headings and list items keep their shape. */
function toInput({ text, blocks }: { text: string; blocks: AnalysisInput['blocks'] & object }): AnalysisInput {
  return { text, blocks };
}

export function analyseInput(kind: FileKind, content: string): AnalyseResult {
  const input: AnalysisInput = kind === 'html' ? toInput(segmentHtml(content)) : { text: content };
  const text = input.text.trim();
  if (text === '') return { ok: false, message: t('pasteNoText') };
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words < MIN_WORDS) return { ok: false, message: plural(words, 'pasteTooShortOne', 'pasteTooShortMany') };
  return { ok: true, analysis: analyzeWithin(input), text: input.text };
}
