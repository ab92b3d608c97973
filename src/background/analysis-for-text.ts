// Policy text → its analysis, from the storage.session cache when this text (with these blocks)
// was analysed before — a policy is usually reopened, and a worker restart loses any memory.
import { analyze } from '../engine/analyze.ts';
import type { Analysis, Block } from '../engine/types.ts';
import { analysisCache } from './session.ts';
import { blocksHash, textHash } from './text-hash.ts';

/** Whether this worker has analysed a text yet: its first analysis (the cold one, which pays
 *  for compiling the rules' regexes) is recorded as a performance measure for the bench. */
let analysedOnce = false;

/** The User Timing name of the worker's first analysis (npm run bench reads it in Chromium). */
export const FIRST_ANALYSIS_MEASURE = 'policylens:first-analysis';

export interface HashedAnalysis {
  textHash: string;
  analysis: Analysis;
}

export async function analysisForText(text: string, blocks: Block[]): Promise<HashedAnalysis> {
  const [hash, structure] = await Promise.all([textHash(text), blocksHash(blocks)]);
  const cached = await analysisCache.get(hash, structure).catch(() => undefined);
  if (cached) return { textHash: hash, analysis: cached };
  // Synchronous (~30 ms, ~250 ms on the first call while the model compiles): it holds up only
  // this message's reply, and the content script does not wait on it to render anything.
  // No blocks means the page gave no structure, not "nothing to read": the engine then finds
  // the blocks in the text itself (given an empty list it would analyse no sentence at all).
  const start = performance.now();
  const analysis = analyze(blocks.length > 0 ? { text, blocks } : { text });
  if (!analysedOnce) {
    analysedOnce = true;
    performance.measure(FIRST_ANALYSIS_MEASURE, { start, end: performance.now() });
  }
  // A full cache or quota must not cost the user the result they are waiting for.
  await analysisCache.put(hash, structure, analysis).catch((error: unknown) => console.warn('PolicyLens: analysis not cached', error));
  return { textHash: hash, analysis };
}
