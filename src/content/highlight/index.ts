// Inline highlights: each sentence stating a practice coloured by its category (select.ts), a
// legend word where a run of one category starts (tags.ts), and a tooltip saying what the
// sentence means (meaning.ts). Marks are not tab stops (a page of 367 extra stops is unusable by
// keyboard); keyboard users reach a sentence's tooltip from the popup's evidence ("Show in
// page"). Everything added goes away when the signal aborts or highlights are switched off.
import type { Analysis } from '../../engine/types.ts';
import type { HighlightCategory } from '../../shared/highlight-palette.ts';
import type { NodeSlice, TextMap } from '../extract/index.ts';
import { mutateQuietly } from '../own-mutations.ts';
import { glossOf } from './glosses.ts';
import { meaningOf, type SentenceMeaning } from './meaning.ts';
import { sentencesToColour } from './select.ts';
import { legendTag } from './tags.ts';
import { createTooltip, type Tooltip } from './tooltip.ts';
import { wrapSlices, type WrapItem } from './wrap.ts';

const MARK_SELECTOR = 'mark[data-policylens="highlight"]';
/** A sentence whose every piece is link text or sits in page chrome is navigation. */
const NAVIGATION = 'a, nav, header, footer, button, [role="navigation"], [role="button"], [role="menu"]';

interface Active {
  controller: AbortController;
  highlighted: number;
  marks: Map<string, HTMLElement>;
  tooltip: Tooltip;
  meaning: (index: string) => SentenceMeaning | undefined;
}

let active: Active | null = null;

/** Whether the page shows highlights now, and on how many sentences: the popup's switch starts
 *  from this, not from what it last asked for. */
export function highlightState(): { on: boolean; highlighted: number } {
  return { on: active !== null, highlighted: active?.highlighted ?? 0 };
}

function markFor(sentenceIndex: number, color: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset['policylens'] = 'highlight';
  mark.dataset['policylensSentence'] = String(sentenceIndex);
  // Black text on purpose: the colours are chosen for contrast with black, and dark-themed
  // pages would otherwise put light text on a light background.
  // !important: page rules such as `mark { all: unset }` or `* { background: none !important }`
  // would otherwise win over the colour.
  mark.style.setProperty('background-color', color, 'important');
  mark.style.setProperty('color', '#000', 'important');
  mark.style.setProperty('border-radius', '2px');
  return mark;
}

const isNavigation = (slices: readonly NodeSlice[]): boolean => slices.every((s) => s.node.parentElement?.closest(NAVIGATION));

/** Switches highlights on (replacing any earlier ones) or off; returns how many sentences are
 *  highlighted. `signal` is the content script's lifetime: aborting it removes them too. */
export function setHighlights(on: boolean, analysis: Analysis | null, map: TextMap | null, signal: AbortSignal): number {
  active?.controller.abort();
  active = null;
  if (!on || !analysis || !map || signal.aborted) return 0;
  const controller = new AbortController();
  signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
  active = apply(analysis, map, controller);
  controller.signal.addEventListener('abort', () => {
    if (active?.controller === controller) active = null;
  }, { once: true });
  return active.highlighted;
}

function apply(analysis: Analysis, map: TextMap, controller: AbortController): Active {
  const { signal } = controller;
  const categories = new Map<string, HighlightCategory>();
  const items: WrapItem[] = [];
  const firsts: { mark: HTMLElement; category: HighlightCategory }[] = [];
  let previous: HighlightCategory | undefined;
  for (const { sentence, category } of sentencesToColour(analysis)) {
    const slices = map.slicesFor(sentence.start, sentence.end);
    if (slices.length === 0 || isNavigation(slices)) continue;
    const marks = slices.map((slice) => ({ slice, wrapper: markFor(sentence.index, category.color) }));
    items.push(...marks);
    // A legend word where a run of one colour starts.
    if (category !== previous && marks[0]) firsts.push({ mark: marks[0].wrapper, category });
    previous = category;
    categories.set(String(sentence.index), category);
  }
  const wrapping = wrapSlices(items);
  const placed = new Set(wrapping.wrappers);
  const tags = mutateQuietly(() => firsts.filter((f) => placed.has(f.mark)).map(({ mark, category }) => {
    const tag = legendTag(category);
    mark.before(tag);
    return tag;
  }));
  // Tags first: a tag left between the split pieces of a text node would stop them merging back.
  signal.addEventListener('abort', () => {
    mutateQuietly(() => tags.forEach((tag) => tag.remove()));
    wrapping.unwrap();
  }, { once: true });
  const marks = new Map<string, HTMLElement>();
  for (const mark of wrapping.wrappers) {
    const id = mark.dataset['policylensSentence'] ?? '';
    if (!marks.has(id)) marks.set(id, mark);
  }
  const bySentence = new Map(analysis.sentences.map((s) => [String(s.index), s]));
  const meaning = (id: string): SentenceMeaning | undefined => {
    const sentence = bySentence.get(id);
    const category = categories.get(id);
    return sentence && category ? meaningOf(sentence, category, analysis, glossOf) : undefined;
  };
  const tooltip = createTooltip(signal);
  listenForTooltips(tooltip, meaning, signal);
  return { controller, highlighted: marks.size, marks, tooltip, meaning };
}

/** Opens the tooltip of a highlighted sentence (after "Show in page"): the keyboard's way to it. */
export function showTooltipFor(sentenceIndex: number): boolean {
  const id = String(sentenceIndex);
  const mark = active?.marks.get(id);
  const meaning = active?.meaning(id);
  if (!active || !mark || !meaning) return false;
  active.tooltip.show(mark, meaning);
  return true;
}

function listenForTooltips(tooltip: Tooltip, meaning: (id: string) => SentenceMeaning | undefined, signal: AbortSignal): void {
  const markOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>(MARK_SELECTOR) : null;
  let shownFor: string | undefined;
  const show = (event: Event): void => {
    const mark = markOf(event.target);
    const id = mark?.dataset['policylensSentence'];
    const content = id === undefined ? undefined : meaning(id);
    if (!mark || !content || id === shownFor) return;
    shownFor = id;
    tooltip.show(mark, content);
  };
  const hide = (): void => {
    shownFor = undefined;
    tooltip.hide();
  };
  const leave = (event: MouseEvent): void => {
    const to = event.relatedTarget;
    // Onto the tooltip (to open "Why?"), or between the marks of one sentence split by a link.
    if (to === tooltip.host || (shownFor !== undefined && markOf(to)?.dataset['policylensSentence'] === shownFor)) return;
    hide();
  };
  const options = { signal, passive: true } as const;
  document.addEventListener('mouseover', show, options);
  document.addEventListener('mouseout', (e) => (markOf(e.target) || e.target === tooltip.host) && leave(e), options);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide(), options);
  document.addEventListener('scroll', hide, { ...options, capture: true });
}
