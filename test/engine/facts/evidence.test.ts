// Evidence lists stay sorted and unique however sentences are cited; citing in reading order
// (nearly always the case) appends.
import { describe, expect, it } from 'vitest';
import { cite, citeAll, emptyEvidence, insertSorted } from '../../../src/engine/facts/evidence.ts';

describe('insertSorted', () => {
  it('appends in reading order and inserts out of order, once each', () => {
    const list: number[] = [];
    for (const i of [1, 3, 5, 5, 0, 4, 2, 6, 3, 0, 6]) insertSorted(list, i);
    expect(list).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps 200,000 citations of one fact sorted and unique', () => {
    const list: number[] = [];
    for (let i = 0; i < 200_000; i++) insertSorted(list, i);
    for (let i = 199_999; i >= 0; i -= 7) insertSorted(list, i);
    expect(list.length).toBe(200_000);
    expect(list.every((v, i) => v === i)).toBe(true);
  });
});

describe('cite and citeAll', () => {
  it('merge evidence sorted and rule ids once', () => {
    const a = emptyEvidence();
    cite(a, 4, 'r1');
    cite(a, 2, 'r1');
    const b = emptyEvidence();
    cite(b, 3, 'r2');
    cite(b, 4, 'r2');
    citeAll(a, b);
    expect(a).toEqual({ evidence: [2, 3, 4], ruleIds: ['r1', 'r2'] });
  });
});
