// Whether they sell it: no < no-with-exceptions < silent < yes, from best to worst.
import type { RowRule } from '../types.ts';

export const sellRow: RowRule = {
  id: 'sell',
  heading: 'Whether they sell it',
  read: ({ facts: { sale } }) => {
    switch (sale.stance) {
      case 'yes':
        return { text: 'May sell your personal information.', rank: 0, stated: true, evidence: sale.evidence };
      case 'no':
        return sale.qualified
          ? { text: 'Does not sell your personal information, with exceptions.', rank: 2, stated: true, evidence: sale.evidence }
          : { text: 'Does not sell your personal information.', rank: 3, stated: true, evidence: sale.evidence };
      case 'silent':
        return { text: "Doesn't say whether it sells your data.", rank: 1, stated: false, evidence: [] };
    }
  },
};
