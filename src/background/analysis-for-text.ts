// Policy text → its analysis, from storage.session when this text (with these blocks) was
// analysed before by this engine — a policy is usually reopened, and a worker restart loses any
// memory — else analysed now (within the budget, engine/budget.ts) and packed for storing
// (src/shared/stored-analysis.ts).
import { analyzeWithin } from '../engine/budget.ts';
import type { Analysis, Block } from '../engine/types.ts';
import { ENGINE_FINGERPRINT } from '../shared/engine-fingerprint.ts';
import { popupView } from '../shared/answer-rows.ts';
import type { PopupView } from '../shared/popup-view.ts';
import { analysisKey } from '../shared/storage.ts';
import { packAnalysis, type PackedAnalysis } from '../shared/stored-analysis.ts';
import { tabStates } from './session.ts';
import { blocksHash, textHash } from './text-hash.ts';

/** Whether this worker has analysed a text yet: its first analysis (the cold one, which pays
 *  for compiling the rules' regexes) is recorded as a performance measure for the bench. */
let analysedOnce = false;

/** The User Timing name of the worker's first analysis (npm run bench reads it in Chromium). */
export const FIRST_ANALYSIS_MEASURE = 'policylens:first-analysis';

export interface HashedAnalysis {
  textHash: string;
  analysis: Analysis;
  /** Where it is (or is to be) stored, and what is stored there: the text, blocks and analysis,
   *  and what the popup shows of it. */
  analysisKey: string;
  packed: PackedAnalysis;
  view: PopupView;
}

/** `cut`: the page's text was longer than the protocol allows and `text` is its start; the
 *  analysis then says it read only part of the page, as it does for a text over the budget. */
export async function analysisForText(text: string, blocks: Block[], cut = false): Promise<HashedAnalysis> {
  const [hash, structure] = await Promise.all([textHash(text), blocksHash(blocks)]);
  const cached = await tabStates.cached(hash, structure).catch(() => undefined);
  if (cached && cached.packed.engine === ENGINE_FINGERPRINT) {
    return { textHash: hash, analysis: cached.analysis, analysisKey: cached.key, packed: cached.packed, view: cached.view };
  }
  // Synchronous (~30 ms, ~250 ms on the first call while the model compiles; at most the
  // budget's ~1-2 s on a very long page): it holds up only this message's reply, and the
  // content script does not wait on it to render anything.
  // No blocks means the page gave no structure, not "nothing to read": the engine then finds
  // the blocks in the text itself (given an empty list it would analyse no sentence at all).
  const start = performance.now();
  const read = analyzeWithin(blocks.length > 0 ? { text, blocks } : { text });
  if (!analysedOnce) {
    analysedOnce = true;
    performance.measure(FIRST_ANALYSIS_MEASURE, { start, end: performance.now() });
  }
  const analysis = cut && read.analysedLength === undefined ? { ...read, analysedLength: text.length } : read;
  const packed = await packAnalysis(blocks.length > 0 ? { text, blocks, analysis } : { text, analysis }, ENGINE_FINGERPRINT);
  return { textHash: hash, analysis, analysisKey: analysisKey(hash, structure), packed, view: popupView(analysis) };
}
