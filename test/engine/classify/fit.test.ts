import { describe, expect, it } from 'vitest';
import { chooseThreshold, fitLogistic } from '../../../src/engine/classify/fit.ts';
import { alignGold } from '../../../src/engine/classify/align.ts';

describe('fitLogistic', () => {
  const base = { priors: [3, 3], priorSd: [1, 1], biasPrior: -2.5, biasSd: 2 };
  it('keeps the prior of a rule the data never exercises', () => {
    const examples = [{ features: [0], positive: true }, { features: [], positive: false }];
    const fit = fitLogistic(examples, base);
    expect(fit.weights[1], 'feature 1 never fires').toBeCloseTo(3, 5);
  });
  it('pulls down a rule that fires on negatives', () => {
    const examples = Array.from({ length: 20 }, () => ({ features: [1], positive: false }));
    const fit = fitLogistic(examples, base);
    expect(fit.weights[1] ?? 3, 'misfiring rule falls well below its prior of 3').toBeLessThan(2.5);
  });
  it('is deterministic', () => {
    const examples = [{ features: [0, 1], positive: true }, { features: [1], positive: false }];
    expect(fitLogistic(examples, base)).toEqual(fitLogistic(examples, base));
  });
});

describe('chooseThreshold', () => {
  it('picks the threshold with the best F1, nearest 0.5 on ties', () => {
    const scored = [0.9, 0.8, 0.35, 0.3].map((score, i) => ({ score, positive: i < 3 }));
    expect(chooseThreshold(scored)).toBe(0.35);
  });
  it('falls back to 0.5 with too few positives', () => {
    expect(chooseThreshold([{ score: 0.3, positive: true }])).toBe(0.5);
  });
});

describe('alignGold', () => {
  it('gives a sentence the labels of gold spans covering most of it', () => {
    const sentences = [{ start: 0, end: 10 }, { start: 11, end: 30 }];
    const gold = [{ start: 0, end: 10, labels: ['Data Retention' as const] }, { start: 11, end: 20, labels: ['Data Security' as const] }, { start: 21, end: 30, labels: ['Policy Change' as const] }];
    expect(alignGold(sentences, gold)).toEqual([['Data Retention'], ['Data Security', 'Policy Change']]);
  });
});
