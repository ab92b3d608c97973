// Sentence split used by the study scripts: the engine's own segmentation, so that rule
// statistics match what the classifier sees.
import { segment } from '../../src/engine/text/segment.ts';

export function splitForStudy(text: string): string[] {
  return segment({ text }).sentences.map((s) => s.text);
}
