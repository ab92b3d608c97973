// How long they keep it: a stated period beats "as long as necessary", which beats saying
// nothing; keeping data indefinitely is worst, whatever else the policy says.
import { duration } from '../../summary/words.ts';
import type { RowRule } from '../types.ts';

export const retentionRow: RowRule = {
  id: 'retention',
  heading: 'How long they keep it',
  read: ({ facts: { retention } }) => {
    const { periods, policies } = retention;
    const indefinite = policies.filter((p) => p.kind === 'indefinite');
    if (indefinite.length > 0) {
      return { text: 'May keep your data indefinitely.', rank: 0, stated: true, evidence: indefinite.flatMap((p) => p.evidence) };
    }
    if (periods.length > 0) {
      const phrases = periods.map((p) => `${p.appliesTo ?? 'your data'} for ${duration(p)}`);
      return { text: `Keeps ${phrases.join('; ')}.`, rank: 3, stated: true, evidence: periods.flatMap((p) => p.evidence) };
    }
    if (policies.length > 0) {
      return { text: 'Keeps your data as long as it needs it or the law requires, with no fixed period.', rank: 2, stated: true, evidence: policies.flatMap((p) => p.evidence) };
    }
    return { text: "Doesn't say how long it keeps your data.", rank: 1, stated: false, evidence: [] };
  },
};
