// Labels of a whole passage (a paragraph or more): the union of its sentences' labels. This is
// how the `classify` command answers and how OPP-115 segments are evaluated.
import type { Label } from '../labels.ts';
import { LABELS } from '../labels.ts';
import type { Sentence } from '../types.ts';
import type { Classifier } from './classifier.ts';

export function passageLabels(classifier: Classifier, sentences: readonly Sentence[]): Label[] {
  const found = new Set<Label>();
  for (const sentence of classifier.classify(sentences)) for (const { label } of sentence.labels) found.add(label);
  return LABELS.filter((label) => found.has(label));
}
