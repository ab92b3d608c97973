// Families that are lists of kinds (rights, choices, recipients, data collected): a kind
// appearing or disappearing, worded and flagged per family. Data here, one helper below.
import type { Analysis, Flag } from '../../types.ts';
import type { SummaryChange } from '../types.ts';
import type { ChangeRule } from './types.ts';

interface Named {
  kind: string;
  name: string;
}

interface KindFamily {
  id: string;
  list: (analysis: Analysis) => readonly Named[];
  added: (item: Named) => { text: string; flag: Flag };
  removed: (item: Named) => { text: string; flag: Flag };
}

/** Sensitive kinds of data (see compare/rows/collect.ts): collecting them newly is bad. */
const SENSITIVE = new Set(['government-id', 'financial', 'credentials', 'location', 'health', 'biometrics', 'communications']);

const FAMILIES: readonly KindFamily[] = [
  {
    id: 'collect',
    list: (a) => a.facts.collected,
    added: (k) => ({ text: `Now collects ${k.name}.`, flag: SENSITIVE.has(k.kind) ? 'bad' : 'caution' }),
    removed: (k) => ({ text: `No longer mentions collecting ${k.name}.`, flag: 'caution' }),
  },
  {
    id: 'share',
    // Parties that get only anonymised data are not "sharing your data".
    list: (a) => a.facts.recipients.parties.filter((p) => !p.deidentifiedOnly),
    added: (p) => ({ text: `Now shares with ${p.name}.`, flag: p.kind === 'advertisers' || /broker/i.test(p.name) ? 'bad' : 'caution' }),
    removed: (p) => ({ text: `No longer says it shares with ${p.name}.`, flag: p.kind === 'advertisers' ? 'good' : 'caution' }),
  },
  {
    id: 'rights',
    list: (a) => a.facts.rights.rights,
    added: (r) => ({ text: `Now says you can ask to ${r.name} your data.`, flag: 'good' }),
    removed: (r) => ({ text: `No longer says you can ask to ${r.name} your data.`, flag: 'bad' }),
  },
  {
    id: 'choices',
    list: (a) => a.facts.choices,
    added: (c) => ({ text: `Now offers: ${c.name}.`, flag: 'good' }),
    removed: (c) => ({ text: `No longer offers: ${c.name}.`, flag: 'bad' }),
  },
];

function familyChanges(family: KindFamily, before: Analysis, after: Analysis): SummaryChange[] {
  const old = family.list(before);
  const now = family.list(after);
  const has = (list: readonly Named[], kind: string): boolean => list.some((i) => i.kind === kind);
  return [
    ...now.filter((i) => !has(old, i.kind)).map((i) => ({ id: `${family.id}.added.${i.kind}`, ...family.added(i) })),
    ...old.filter((i) => !has(now, i.kind)).map((i) => ({ id: `${family.id}.removed.${i.kind}`, ...family.removed(i) })),
  ];
}

export const kindChanges: ChangeRule = ({ before, after }) => FAMILIES.flatMap((f) => familyChanges(f, before, after));
