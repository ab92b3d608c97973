import { describe, expect, it } from 'vitest';
import { getClassifier } from '../../../src/engine/analyze.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { SEED_TEXTS } from '../text/seed-texts.ts';

describe('Classifier.classify output', () => {
  it('is each sentence with its labels added, keys in the order a spread gives them', () => {
    const classifier = getClassifier();
    for (const { file, text } of SEED_TEXTS) {
      const { sentences } = segment({ text });
      const classified = classifier.classify(sentences);
      classified.forEach((c, i) => {
        const sentence = sentences[i];
        expect(sentence, file).toBeDefined();
        // The plain path the written-out copy replaces.
        expect(JSON.stringify(c), `${file} #${i}`).toBe(JSON.stringify({ ...sentence, labels: c.labels }));
        const scores = c.labels.map((l) => l.score);
        expect(scores, `${file} #${i} best first`).toEqual([...scores].sort((a, b) => b - a));
      });
    }
  });

  it('fires rules in ascending order', () => {
    const matcher = (getClassifier() as unknown as { matcher: { fire(s: string): number[] } }).matcher;
    for (const { text } of SEED_TEXTS) {
      for (const s of segment({ text }).sentences) {
        const fired = matcher.fire(s.text);
        expect(fired).toEqual([...fired].sort((a, b) => a - b));
      }
    }
  });
});
