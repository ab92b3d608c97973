import { describe, expect, it } from 'vitest';
import { LONG_PASSAGE_SENTENCES, passageLabels } from '../../../src/engine/classify/text-labels.ts';
import type { Label } from '../../../src/engine/labels.ts';
import type { ClassifiedSentence } from '../../../src/engine/types.ts';

function sentence(index: number, labels: Label[]): ClassifiedSentence {
  return { index, start: index * 10, end: index * 10 + 9, text: `Sentence ${index}.`, blockIndex: 0, isHeading: false, labels: labels.map((label) => ({ label, score: 0.9, ruleIds: [] })) };
}

const COLLECT: Label = 'First Party Collection/Use';
const CHOICE: Label = 'User Choice/Control';

describe('passageLabels', () => {
  it('takes every sentence label of a short passage, in label order', () => {
    const passage = [sentence(0, [CHOICE]), sentence(1, [COLLECT])];
    expect(passageLabels(passage)).toEqual([COLLECT, CHOICE]);
  });

  it('drops a label found in only one sentence of a long passage', () => {
    const passage = Array.from({ length: LONG_PASSAGE_SENTENCES }, (_, i) => sentence(i, i === LONG_PASSAGE_SENTENCES - 1 ? [COLLECT, CHOICE] : [COLLECT]));
    expect(passageLabels(passage)).toEqual([COLLECT]);
  });

  it('keeps a label found in two sentences of a long passage', () => {
    const passage = Array.from({ length: LONG_PASSAGE_SENTENCES + 2 }, (_, i) => sentence(i, i === 2 || i === 5 ? [CHOICE] : []));
    expect(passageLabels(passage)).toEqual([CHOICE]);
  });

  it('keeps a single-sentence label just below the long-passage length', () => {
    const passage = Array.from({ length: LONG_PASSAGE_SENTENCES - 1 }, (_, i) => sentence(i, i === 0 ? [CHOICE] : []));
    expect(passageLabels(passage)).toEqual([CHOICE]);
  });
});
