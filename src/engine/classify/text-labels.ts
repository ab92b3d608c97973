// Labels of a whole passage (a paragraph or more): the union of its classified sentences'
// labels, in label order. This is how the `classify` command answers and how OPP-115 segments
// are evaluated.
import type { Label } from '../labels.ts';
import { LABELS } from '../labels.ts';
import type { ClassifiedSentence } from '../types.ts';

export function passageLabels(sentences: readonly ClassifiedSentence[]): Label[] {
  const found = new Set<Label>();
  for (const sentence of sentences) for (const { label } of sentence.labels) found.add(label);
  return LABELS.filter((label) => found.has(label));
}
