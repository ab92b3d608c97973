// Policy text → its analysis, from the storage.session cache when this text (with these blocks)
// was analysed before — a policy is usually reopened, and a worker restart loses any memory.
import { analyzeWithin } from '../engine/budget.ts';
import type { Analysis, Block } from '../engine/types.ts';
import { analysisCache } from './session.ts';
import { blocksHash, textHash } from './text-hash.ts';

export interface HashedAnalysis {
  textHash: string;
  analysis: Analysis;
}

/** `cut`: the page's text was longer than the protocol allows and `text` is its start; the
 *  analysis then says it read only part of the page, as it does for a text over the budget. */
export async function analysisForText(text: string, blocks: Block[], cut = false): Promise<HashedAnalysis> {
  const result = await analysisOf(text, blocks);
  if (!cut || result.analysis.analysedLength !== undefined) return result;
  return { ...result, analysis: { ...result.analysis, analysedLength: text.length } };
}

async function analysisOf(text: string, blocks: Block[]): Promise<HashedAnalysis> {
  const [hash, structure] = await Promise.all([textHash(text), blocksHash(blocks)]);
  const cached = await analysisCache.get(hash, structure).catch(() => undefined);
  if (cached) return { textHash: hash, analysis: cached };
  // Synchronous (~30 ms, ~250 ms on the first call while the model compiles; at most the
  // budget's ~1-2 s on a very long page): it holds up only this message's reply, and the
  // content script does not wait on it to render anything.
  // No blocks means the page gave no structure, not "nothing to read": the engine then finds
  // the blocks in the text itself (given an empty list it would analyse no sentence at all).
  const analysis = analyzeWithin(blocks.length > 0 ? { text, blocks } : { text });
  // A full cache or quota must not cost the user the result they are waiting for.
  await analysisCache.put(hash, structure, analysis).catch((error: unknown) => console.warn('PolicyLens: analysis not cached', error));
  return { textHash: hash, analysis };
}
