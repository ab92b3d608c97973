// Your rights and what you can choose: more of them, each with a way to use it, is better.
// A right or choice with a way (an address, a link, a setting) counts ten times one without.
import type { Channel } from '../../facts/types.ts';
import { howPhrase, listJoin } from '../../summary/words.ts';
import type { RowReading, RowRule } from '../types.ts';

interface Actionable {
  name: string;
  how: Channel[];
  evidence: number[];
}

function readActionable(items: readonly Actionable[], lead: string, tail: string, none: string): RowReading {
  if (items.length === 0) return { text: none, rank: 0, stated: false, evidence: [] };
  const usable = items.filter((i) => i.how.length > 0);
  const how = howPhrase(items.flatMap((i) => i.how));
  const noWay = usable.length === 0 ? ' (no way to use them given)' : usable.length < items.length ? ` (a way given for ${usable.length})` : '';
  return {
    text: `${lead}${listJoin(items.map((i, n) => (n === 0 ? i.name : lowerFirst(i.name))))}${tail}${noWay}${how ? `; ${how}` : ''}.`,
    rank: 10 * usable.length + (items.length - usable.length),
    stated: true,
    evidence: items.flatMap((i) => i.evidence),
  };
}

export const rightsRow: RowRule = {
  id: 'rights',
  heading: 'Your rights and how to use them',
  read: ({ facts }) => readActionable(facts.rights.rights, 'You can ask to ', ' your data', "Doesn't say what rights you have over your data."),
};

export const choicesRow: RowRule = {
  id: 'choices',
  heading: 'What you can choose',
  read: ({ facts }) => readActionable(facts.choices, '', '', "Doesn't offer choices about your data."),
};

/** Choice names are written to stand alone ("Opt out of marketing"); in a list only the first is capitalised. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
