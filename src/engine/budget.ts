// A budget per analysis, for the places where a person waits on it (the extension's worker, the
// paste page): a text longer than ANALYSIS_BUDGET is analysed up to a block, paragraph or
// sentence end near the budget, and the analysis says so (`analysedLength`), so the popup can
// say "analysed the first N KB". Every stage is linear (npm run bench, adversarial table), so
// the budget bounds the time and memory of any page, hostile or not. A text within the budget is
// analysed exactly as analyze() does. The command-line tool reads whole files.
import { analyze } from './analyze.ts';
import type { Analysis, AnalysisInput, Block } from './types.ts';

/**
 * Characters (UTF-16 code units) analysed in full. Chosen from measurements on the 2-core
 * machine the tests run on: 512 K characters of realistic policy text (the seeds repeated) took
 * 0.25-0.5 s warm and 1.3 s in a fresh process; the slowest hostile shape of the same size 2x
 * that. The longest real policies are 100-200 K characters.
 */
export const ANALYSIS_BUDGET = 512 * 1024;

/** A cut is only taken this far back from the budget; before that, a finer one is looked for. */
const LEAST_SHARE = 0.5;

/** Where the analysed part ends: a block end, else a paragraph break, a line break, a sentence
 *  end or a space before the budget; the budget itself when there is none. */
export function budgetCut(input: AnalysisInput, budget = ANALYSIS_BUDGET): number {
  const { text, blocks } = input;
  if (text.length <= budget) return text.length;
  const least = Math.floor(budget * LEAST_SHARE);
  let blockEnd = 0;
  for (const b of blocks ?? []) if (b.end <= budget && b.end > blockEnd) blockEnd = b.end;
  if (blockEnd >= least) return blockEnd;
  const head = text.slice(least, budget);
  for (const boundary of [/\n\s*\n/g, /\n/g, /[.!?]["'”’)\]]?\s/g, /\s/g]) {
    let end = -1;
    for (const m of head.matchAll(boundary)) end = m.index + m[0].length;
    if (end > 0) return least + end;
  }
  return budget;
}

/** The blocks of text[0, cut): those that end by the cut, and the one it falls in, clipped. */
function blocksBefore(blocks: readonly Block[], cut: number): Block[] {
  return blocks.flatMap((b) => (b.end <= cut ? [b] : b.start < cut ? [{ ...b, end: cut }] : []));
}

/** analyze(), within the budget: the first `budget` characters or so when the text is longer,
 *  with `textLength` the whole text's and `analysedLength` the part read. Offsets stay those of
 *  the whole text (the analysed part is its start). */
export function analyzeWithin(input: AnalysisInput, budget = ANALYSIS_BUDGET): Analysis {
  if (input.text.length <= budget) return analyze(input);
  const cut = budgetCut(input, budget);
  const text = input.text.slice(0, cut);
  const analysis = analyze(input.blocks ? { text, blocks: blocksBefore(input.blocks, cut) } : { text });
  return { ...analysis, textLength: input.text.length, analysedLength: cut };
}
