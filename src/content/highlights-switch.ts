// Switching highlights, by the person (the popup's switch) or on their behalf (the option to
// highlight every policy once read). What the person chose last wins: a page they switched off
// is not switched back on when its text is read again.
import { setHighlights } from './highlight/index.ts';
import { loadGlosses } from './highlight/glosses.ts';
import { ruleIdsShown } from './highlight/meaning.ts';
import { currentOptions } from './site-switch.ts';
import { currentAnalysis, currentExtraction, onAnalysed } from './session.ts';

/** null until the person uses the switch on this page. */
let chosen: boolean | null = null;

export async function switchHighlights(on: boolean, signal: AbortSignal, by: 'person' | 'page' | 'default'): Promise<number> {
  if (by === 'person') chosen = on;
  const analysis = on ? await currentAnalysis() : null;
  if (analysis) void loadGlosses(ruleIdsShown(analysis.sentences));
  return setHighlights(on, analysis, currentExtraction()?.map ?? null, signal);
}

/** Highlights a policy as soon as its analysis is ready, when the person's options ask for it. */
export function highlightByDefault(signal: AbortSignal): void {
  onAnalysed(() => {
    void currentOptions().then((options) => {
      if (options.highlightByDefault && chosen !== false && !signal.aborted) void switchHighlights(true, signal, 'default');
    });
  }, signal);
}
