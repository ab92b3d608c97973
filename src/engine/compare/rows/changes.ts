// Whether they can change the policy: telling you directly (or asking) beats a notice on the
// site, which beats changes that apply once posted; "any time without notice" is worst.
import type { ChangeKind } from '../../facts/types.ts';
import type { RowRule } from '../types.ts';

/** First match wins, so the worst statement decides: one "without notice" undoes any promise. */
const LEVELS: ReadonlyArray<{ kinds: ChangeKind[]; rank: number; text: string }> = [
  { kinds: ['without-notice'], rank: 0, text: 'Can change the policy at any time without notice.' },
  { kinds: ['notice-direct', 'material-consent'], rank: 4, text: 'Tells you directly (or asks you) before changes apply.' },
  { kinds: ['notice-on-site', 'material-notice'], rank: 3, text: 'Notes big changes on its site.' },
  { kinds: ['posting-only'], rank: 2, text: "Changes apply once posted; you'd have to check." },
  { kinds: ['any-time'], rank: 1, text: "Can change the policy at any time; doesn't say it will tell you." },
];

export const changesRow: RowRule = {
  id: 'changes',
  heading: 'Whether they can change the policy',
  read: ({ facts }) => {
    const { statements } = facts.changes;
    for (const level of LEVELS) {
      const matching = statements.filter((s) => level.kinds.includes(s.kind));
      if (matching.length > 0) return { text: level.text, rank: level.rank, stated: true, evidence: matching.flatMap((s) => s.evidence) };
    }
    return { text: "Doesn't say how it announces changes.", rank: 1, stated: false, evidence: [] };
  },
};
