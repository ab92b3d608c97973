// Whether they sell it: says no, says yes, or says nothing.
import type { PointsFor } from './types.ts';

export const sellPoints: PointsFor = (facts) => {
  const { sale } = facts;
  switch (sale.stance) {
    case 'yes':
      return [{ id: 'sell.says-yes', question: 'sell', text: 'Says it may sell your personal information.', flag: 'bad', evidence: sale.evidence }];
    case 'no':
      return [{
        id: 'sell.says-no',
        question: 'sell',
        text: sale.qualified ? 'Says it does not sell your personal information, with exceptions (such as when the law requires).' : 'Says it does not sell your personal information.',
        flag: 'good',
        evidence: sale.evidence,
      }];
    case 'silent':
      return [{ id: 'sell.not-stated', question: 'sell', text: "Doesn't say whether it sells your data.", flag: 'caution', evidence: [] }];
  }
};
