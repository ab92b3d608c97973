// "Show me in the page": scroll a sentence into view and flash it briefly, so the eye finds it.
import type { NodeSlice } from './extract/index.ts';
import { wrapSlices } from './highlight/wrap.ts';
import { currentAnalysis, currentExtraction } from './session.ts';

const FLASH_MS = 1500;

let flash: AbortController | null = null;

export async function scrollToSentence(sentenceIndex: number, signal: AbortSignal): Promise<boolean> {
  const [analysis, extraction] = [await currentAnalysis(), currentExtraction()];
  const sentence = analysis?.sentences.find((s) => s.index === sentenceIndex);
  if (!sentence || !extraction || signal.aborted) return false;
  const slices = extraction.map.slicesFor(sentence.start, sentence.end);
  const first = slices[0]?.node.parentElement;
  if (!first) return false;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  flashSlices(slices, signal);
  return true;
}

function flashSlices(slices: readonly NodeSlice[], signal: AbortSignal): void {
  flash?.abort();
  const controller = new AbortController();
  flash = controller;
  signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  const wrapping = wrapSlices(slices.map((slice) => {
    const mark = document.createElement('mark');
    mark.dataset['policylens'] = 'flash';
    Object.assign(mark.style, {
      backgroundColor: 'rgba(0, 114, 178, 0.28)', color: 'inherit', outline: '2px solid #0072b2', borderRadius: '2px',
    });
    return { slice, wrapper: mark };
  }));
  const timer = setTimeout(() => controller.abort(), FLASH_MS);
  controller.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    wrapping.unwrap();
    if (flash === controller) flash = null;
  }, { once: true });
}

/** Highlights split the same text nodes: a flash still up would stop their fragments merging. */
export function endFlash(): void {
  flash?.abort();
}
