// The rank statistics eval:rank reports, and the alphabetical halves a change to the grading
// scheme must lower neither of: on small lists whose answers can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { alphabeticalHalves, pairsInOrder, ranks, spearman } from '../../scripts/lib/rank.ts';

describe('rank statistics', () => {
  it('ranks ties by their average rank', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });

  it('Spearman is 1 for the same order, -1 for the reverse, whatever the scale', () => {
    expect(spearman([1, 2, 3, 4], [10, 40, 90, 160])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1);
  });

  it('counts only the pairs at least the gap apart, and a tie in ours as out of order', () => {
    // Pairs 2+ apart: (1,5) (1,9) in order; (5,9) tied in ours; (5,2) (9,2) reversed; (1,2) too close.
    expect(pairsInOrder([1, 5, 9, 2], [10, 20, 20, 50], 2)).toEqual({ same: 2, total: 5 });
  });
});

describe('alphabetical halves', () => {
  it('split the names by name, ignoring case, the first half the larger when odd', () => {
    expect(alphabeticalHalves(['Wire', 'apple', 'BBC', 'Signal', 'GitHub'])).toEqual({ first: ['apple', 'BBC', 'GitHub'], second: ['Signal', 'Wire'] });
  });
});
