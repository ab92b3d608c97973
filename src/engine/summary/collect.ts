// What they collect: one point per kind of data, naming the items. Kinds people are wary of
// (ID numbers, health, what you say, data bought from others) are flagged.
import type { DataKindId } from '../facts/types.ts';
import type { Flag, SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { capitalise, listJoin } from './words.ts';

const CAUTION: ReadonlySet<DataKindId> = new Set(['government-id', 'health', 'biometrics', 'communications', 'from-others']);

export const collectPoints: PointsFor = (facts) => {
  if (facts.collected.length === 0) {
    return [{ id: 'collect.not-stated', question: 'collect', text: "Doesn't say what data it collects.", flag: 'caution', evidence: [] }];
  }
  return facts.collected.map((kind): SummaryPoint => {
    const flag: Flag | undefined = CAUTION.has(kind.kind) ? 'caution' : undefined;
    const items = listJoin(kind.items);
    // "Health information: health information." says it once.
    const onlyItemIsTheKind = kind.items.length === 1 && kind.items[0] === kind.name;
    const text =
      kind.kind === 'from-others' ? `Gets data about you from ${items}.`
      : kind.kind === 'cookies' ? `Uses ${items}.`
      : onlyItemIsTheKind ? `${capitalise(kind.items[0] ?? kind.name)}.`
      : `${capitalise(kind.name)}: ${items}.`;
    return { id: `collect.${kind.kind}`, question: 'collect', text, ...(flag ? { flag } : {}), evidence: kind.evidence };
  });
};
