// What they collect: the kinds of data named; fewer sensitive kinds is better.
import type { DataKindId } from '../../facts/types.ts';
import { listJoin } from '../../summary/words.ts';
import type { RowRule } from '../types.ts';

/** Close to the CPRA's "sensitive personal information": IDs, financial accounts, log-ins,
 *  precise location, health, biometrics and the contents of communications. */
export const SENSITIVE_KINDS: ReadonlySet<DataKindId> = new Set(['government-id', 'financial', 'credentials', 'location', 'health', 'biometrics', 'communications']);

export const collectRow: RowRule = {
  id: 'collect',
  heading: 'What they collect',
  read: ({ facts }) => {
    const kinds = facts.collected;
    if (kinds.length === 0) return { text: "Doesn't say what data it collects.", rank: -Infinity, stated: false, evidence: [] };
    const sensitive = kinds.filter((k) => SENSITIVE_KINDS.has(k.kind));
    const others = kinds.filter((k) => !SENSITIVE_KINDS.has(k.kind));
    const sensitivePart = sensitive.length > 0 ? `; sensitive: ${listJoin(sensitive.map((k) => k.name))}` : '; nothing sensitive';
    return {
      text: `${kinds.length} kinds of data${sensitivePart}${others.length > 0 ? `; also ${listJoin(others.map((k) => k.name))}` : ''}.`,
      rank: -sensitive.length,
      stated: true,
      evidence: sensitive.flatMap((k) => k.evidence),
    };
  },
};
