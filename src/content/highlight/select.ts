// Which sentences are coloured, and as what: only sentences stating a practice a person reads a
// policy for (see shared/highlight-palette.ts). Headings and short fragments (table-of-contents
// entries, "Cookies", "Back to top") are left alone: on one real page 367 of 398 sentences were
// coloured, headings and navigation included, and the colour stopped meaning anything.
import type { Analysis, ClassifiedSentence } from '../../engine/types.ts';
import { categoryOf, type HighlightCategory } from '../../shared/highlight-palette.ts';

/** Fewer words than this is a heading, a link or a list fragment, not a statement of practice. */
export const MIN_WORDS = 5;

export interface Coloured {
  sentence: ClassifiedSentence;
  category: HighlightCategory;
}

const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The sentence's best label that has a colour (labels come best first). */
function categoryFor(sentence: ClassifiedSentence): HighlightCategory | undefined {
  for (const score of sentence.labels) {
    const category = categoryOf(score.label);
    if (category) return category;
  }
  return undefined;
}

export function sentencesToColour(analysis: Analysis): Coloured[] {
  const out: Coloured[] = [];
  for (const sentence of analysis.sentences) {
    if (sentence.isHeading || words(sentence.text) < MIN_WORDS) continue;
    const category = categoryFor(sentence);
    if (category) out.push({ sentence, category });
  }
  return out;
}
