// Hand-written sentences for extractor tests: text, optionally with gold labels.
import type { Label } from '../../../src/engine/labels.ts';
import type { ClassifiedSentence } from '../../../src/engine/types.ts';

export type SentenceSpec = string | readonly [string, ...Label[]];

/** Sentences in order, each its own block; an all-caps or short unpunctuated line is a heading. */
export function sentences(...specs: SentenceSpec[]): ClassifiedSentence[] {
  let offset = 0;
  let headingIndex: number | undefined;
  return specs.map((spec, index) => {
    const [text, ...labels] = typeof spec === 'string' ? [spec] : spec;
    const isHeading = text.length < 60 && !/[.:;,)]$/.test(text) && !/@|\d{5}/.test(text) && /^[A-Z]/.test(text) && !/\s(?:we|you|is|are)\s/i.test(text);
    const sentence: ClassifiedSentence = {
      index,
      start: offset,
      end: offset + text.length,
      text,
      blockIndex: index,
      isHeading,
      ...(headingIndex === undefined || isHeading ? {} : { headingIndex }),
      labels: labels.map((label) => ({ label, score: 1, ruleIds: [] })),
    };
    if (isHeading) headingIndex = index;
    offset += text.length + 2;
    return sentence;
  });
}
