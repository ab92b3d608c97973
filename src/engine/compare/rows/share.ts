// Who receives it: the parties named; advertisers (and anyone the policy calls a data broker)
// are worse, anonymised-only sharing does not count against it, and binding vendors helps a little.
import type { Recipient } from '../../facts/types.ts';
import { listJoin } from '../../summary/words.ts';
import type { RowRule } from '../types.ts';

const isRisky = (p: Recipient): boolean => !p.deidentifiedOnly && (p.kind === 'advertisers' || /broker/i.test(p.name));

export const shareRow: RowRule = {
  id: 'share',
  heading: 'Who they share it with',
  read: ({ facts }) => {
    const { parties, vendorLimits } = facts.recipients;
    if (parties.length === 0) return { text: "Doesn't say who it shares your data with.", rank: -Infinity, stated: false, evidence: [] };
    const risky = parties.filter(isRisky);
    const names = parties.map((p) => (p.deidentifiedOnly ? `${p.name} (anonymised only)` : p.name));
    const limits = vendorLimits ? '; binds its vendors to confidentiality' : '';
    return {
      text: `Shares with ${listJoin(names)}${limits}.`,
      // Each risky kind of recipient outweighs the vendor promise.
      rank: -2 * risky.length + (vendorLimits ? 1 : 0),
      stated: true,
      evidence: [...risky.flatMap((p) => p.evidence), ...(vendorLimits?.evidence ?? [])],
    };
  },
};
