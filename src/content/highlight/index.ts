// Inline highlights: every labelled sentence coloured by its top label, with a tooltip saying
// why (category, the rules that fired, score). Everything added goes away when the signal
// aborts or highlights are switched off.
import { LABEL_KEYS } from '../../engine/labels.ts';
import type { Analysis, ClassifiedSentence } from '../../engine/types.ts';
import { colorOf, LABEL_SHORT_NAMES } from '../../shared/label-colors.ts';
import type { TextMap } from '../extract/index.ts';
import { glossOf } from './glosses.ts';
import { createTooltip, type TooltipContent } from './tooltip.ts';
import { wrapSlices, type WrapItem } from './wrap.ts';

/** The rules shown per sentence: the tooltip explains, it does not list every feature. */
const MAX_RULES_SHOWN = 3;
const MARK_SELECTOR = 'mark[data-policylens]';

let active: AbortController | null = null;

function markFor(sentence: ClassifiedSentence, color: string, first: boolean): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset['policylens'] = 'highlight';
  mark.dataset['policylensSentence'] = String(sentence.index);
  // Black text on purpose: the colours are chosen for contrast with black, and dark-themed
  // pages would otherwise put light text on a light background.
  // !important: page rules such as `mark { all: unset }` or `* { background: none !important }`
  // would otherwise win over the colour.
  mark.style.setProperty('background-color', color, 'important');
  mark.style.setProperty('color', '#000', 'important');
  mark.style.setProperty('border-radius', '2px');
  // One tab stop per sentence, so keyboard users reach each tooltip once.
  if (first) mark.tabIndex = 0;
  return mark;
}

function contentOf(sentence: ClassifiedSentence): TooltipContent | null {
  const top = sentence.labels[0];
  if (!top) return null;
  return {
    title: LABEL_SHORT_NAMES[LABEL_KEYS[top.label]],
    label: top.label,
    score: top.score,
    rules: top.ruleIds.slice(0, MAX_RULES_SHOWN).map((id) => ({ id, gloss: glossOf(id) })),
  };
}

/** Switches highlights on (replacing any earlier ones) or off; returns how many sentences are
 *  highlighted. `signal` is the content script's lifetime: aborting it removes them too. */
export function setHighlights(on: boolean, analysis: Analysis | null, map: TextMap | null, signal: AbortSignal): number {
  active?.abort();
  active = null;
  if (!on || !analysis || !map || signal.aborted) return 0;
  const controller = new AbortController();
  active = controller;
  signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  return apply(analysis, map, controller.signal);
}

function apply(analysis: Analysis, map: TextMap, signal: AbortSignal): number {
  const bySentence = new Map<string, ClassifiedSentence>();
  const items: WrapItem[] = [];
  for (const sentence of analysis.sentences) {
    const top = sentence.labels[0];
    if (!top) continue;
    const slices = map.slicesFor(sentence.start, sentence.end);
    if (slices.length === 0) continue;
    const color = colorOf(top.label);
    slices.forEach((slice, i) => items.push({ slice, wrapper: markFor(sentence, color, i === 0) }));
    bySentence.set(String(sentence.index), sentence);
  }
  const wrapping = wrapSlices(items);
  signal.addEventListener('abort', () => wrapping.unwrap(), { once: true });
  const highlighted = new Set(wrapping.wrappers.map((mark) => mark.dataset['policylensSentence']));
  listenForTooltips(bySentence, signal);
  return highlighted.size;
}

function listenForTooltips(bySentence: ReadonlyMap<string, ClassifiedSentence>, signal: AbortSignal): void {
  const tooltip = createTooltip(signal);
  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  let shownFor: string | undefined;
  const show = (event: Event): void => {
    const mark = markOf(event.target);
    const id = mark?.dataset['policylensSentence'];
    const sentence = id === undefined ? undefined : bySentence.get(id);
    const content = sentence && contentOf(sentence);
    if (!mark || !content || id === shownFor) return;
    shownFor = id;
    tooltip.show(mark, content);
  };
  const hide = (event: Event): void => {
    // Moving between the marks of one sentence (split by a link) keeps the tooltip up.
    const related = event instanceof MouseEvent || event instanceof FocusEvent ? event.relatedTarget : null;
    if (markOf(related)?.dataset['policylensSentence'] === shownFor && shownFor !== undefined) return;
    shownFor = undefined;
    tooltip.hide();
  };
  const options = { signal, passive: true } as const;
  document.addEventListener('mouseover', show, options);
  document.addEventListener('focusin', show, options);
  document.addEventListener('mouseout', (e) => markOf(e.target) && hide(e), options);
  document.addEventListener('focusout', (e) => markOf(e.target) && hide(e), options);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide(e), options);
  document.addEventListener('scroll', hide, { ...options, capture: true });
}
