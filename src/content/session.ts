// What the content script knows about the current page: the last extraction (whose map turns
// sentence offsets back into DOM ranges) and the analysis the background made of it.
import type { Analysis } from '../engine/types.ts';
import { sendToBackground } from './browser-api.ts';
import type { Extraction } from './extract/index.ts';

let extraction: Extraction | null = null;
let analysis: Promise<Analysis | null> | null = null;
const listeners = new Set<() => void>();
const analysedListeners = new Set<() => void>();

export function currentExtraction(): Extraction | null {
  return extraction;
}

/** A new text means new sentence offsets: the cached analysis and anything drawn from the old
 *  map (highlights) are stale. */
export function setExtraction(next: Extraction | null): void {
  extraction = next;
  analysis = null;
  for (const listener of listeners) listener();
}

export function onExtractionChange(listener: () => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** The analysis of the current text, asked for once. A null answer (still analysing) is not
 *  cached, so the next request asks again. */
export async function currentAnalysis(): Promise<Analysis | null> {
  analysis ??= sendToBackground('page/get-analysis', {}).then((r) => r.analysis);
  const result = await analysis.catch(() => null);
  // An analysis of another text (the page changed meanwhile) would point at the wrong words.
  if (!result || result.textLength !== extraction?.text.length) {
    analysis = null;
    return null;
  }
  return result;
}

/** The worker has answered the text just sent: its analysis can be asked for now. */
export function analysed(): void {
  for (const listener of analysedListeners) listener();
}

export function onAnalysed(listener: () => void, signal: AbortSignal): void {
  analysedListeners.add(listener);
  signal.addEventListener('abort', () => analysedListeners.delete(listener), { once: true });
}
