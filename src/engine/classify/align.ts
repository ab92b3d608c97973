// Maps hand-labelled gold spans onto the engine's own sentences. The two segmentations differ
// slightly (the labellers fixed splits by hand), so a sentence takes the labels of every gold
// span covering at least half of the shorter of the two.
import type { Label } from '../labels.ts';

export interface GoldSpan {
  start: number;
  end: number;
  labels: readonly Label[];
}

export function alignGold(sentences: readonly { start: number; end: number }[], gold: readonly GoldSpan[]): Label[][] {
  let first = 0;
  return sentences.map((sentence) => {
    const labels = new Set<Label>();
    while (first < gold.length && (gold[first]?.end ?? 0) <= sentence.start) first++;
    for (let g = first; g < gold.length; g++) {
      const span = gold[g];
      if (span === undefined || span.start >= sentence.end) break;
      const overlap = Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start);
      const shorter = Math.min(span.end - span.start, sentence.end - sentence.start);
      if (overlap * 2 >= shorter) for (const label of span.labels) labels.add(label);
    }
    return [...labels];
  });
}
