// "Show me in the page": scroll a sentence into view, then flash it, so the eye finds it. The
// flash starts when the scrolling ends: a long smooth scroll outlasted the old fixed 1.5 s
// flash, which was over before the sentence arrived. With highlights on, the sentence's tooltip
// opens too: it is how keyboard users reach it, the marks being no tab stops.
import type { NodeSlice } from './extract/index.ts';
import { showTooltipFor } from './highlight/index.ts';
import { wrapSlices } from './highlight/wrap.ts';
import { currentAnalysis, currentExtraction } from './session.ts';

const FLASH_MS = 1500;
/** A page that never fires scrollend (older engines) is taken as settled this long after its last scroll event. */
const SCROLL_QUIET_MS = 150;
/** And the sentence is flashed after this at the latest, even on a page that keeps scrolling. */
const SCROLL_LIMIT_MS = 3000;

let flash: AbortController | null = null;

export async function scrollToSentence(sentenceIndex: number, signal: AbortSignal): Promise<boolean> {
  const [analysis, extraction] = [await currentAnalysis(), currentExtraction()];
  const sentence = analysis?.sentences.find((s) => s.index === sentenceIndex);
  if (!sentence || !extraction || signal.aborted) return false;
  const slices = extraction.map.slicesFor(sentence.start, sentence.end);
  const first = slices[0]?.node.parentElement;
  if (!first) return false;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const settled = scrollSettled(signal);
  first.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  await settled;
  if (signal.aborted) return false;
  flashSlices(slices, signal);
  showTooltipFor(sentenceIndex);
  return true;
}

/** Resolves when the page has stopped scrolling (or never started: the sentence was in view). */
function scrollSettled(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const finish = (): void => {
      done.abort();
      resolve();
    };
    let quiet = setTimeout(finish, SCROLL_QUIET_MS);
    const limit = setTimeout(finish, SCROLL_LIMIT_MS);
    done.signal.addEventListener('abort', () => {
      clearTimeout(quiet);
      clearTimeout(limit);
    }, { once: true });
    const options = { capture: true, passive: true, signal: done.signal } as const;
    addEventListener('scroll', () => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, SCROLL_QUIET_MS);
    }, options);
    addEventListener('scrollend', finish, options);
    signal.addEventListener('abort', finish, { once: true, signal: done.signal });
  });
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
