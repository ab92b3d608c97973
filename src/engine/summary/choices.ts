// What you can do: each choice with how to make it, the rights over your data with where to
// ask, and the Do Not Track stance. Not being told you can see or delete your data is flagged.
import type { Choice, ChoiceKind, RightKind } from '../facts/types.ts';
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { howPhrase, listJoin } from './words.ts';

/** Verbs for the rights, in the order they read naturally: "see, correct or delete your data". */
const RIGHT_VERBS: ReadonlyArray<[RightKind, string]> = [
  ['access', 'see'],
  ['correct', 'correct'],
  ['delete', 'delete'],
  ['portability', 'take a copy of'],
  ['opt-out-sale', 'stop the sale of'],
];

/** Choices made in your own browser or device: the provider offers nothing, so no 'good' flag,
 *  and the device-settings one names where it is made. */
const OWN_SETTINGS: ReadonlySet<ChoiceKind> = new Set(['cookies', 'location']);
const SAYS_WHERE: ReadonlySet<ChoiceKind> = new Set(['location']);

function choicePoint(choice: Choice): SummaryPoint {
  const how = howPhrase(choice.how);
  const good = choice.how.length > 0 && !OWN_SETTINGS.has(choice.kind);
  const missingHow = SAYS_WHERE.has(choice.kind) ? '.' : " (it doesn't say how).";
  return {
    id: `choices.${choice.kind}`,
    question: 'choices',
    text: !how ? `${choice.name}${missingHow}` : how.startsWith('in ') ? `${choice.name} ${how}.` : `${choice.name}: ${how}.`,
    ...(good ? { flag: 'good' as const } : {}),
    evidence: choice.evidence,
  };
}

function rightsPoints(facts: Parameters<PointsFor>[0]): SummaryPoint[] {
  const { rights, verification, responseDays } = facts.rights;
  const verbs = RIGHT_VERBS.filter(([kind]) => rights.some((r) => r.kind === kind)).map(([, verb]) => verb);
  if (verbs.length === 0) {
    return [{ id: 'rights.not-stated', question: 'choices', text: "Doesn't say you can see or delete your data.", flag: 'bad', evidence: [] }];
  }
  const how = rights.flatMap((r) => r.how);
  const extras = [
    ...(verification ? ['it checks your identity first'] : []),
    ...(responseDays ? [`it answers within ${responseDays.days} days`] : []),
    ...(rights.some((r) => r.kind === 'non-discrimination') ? ["you won't be penalised for asking"] : []),
  ];
  const ways = how.length > 0 ? `: ${howPhrase(how)}` : " (it doesn't say how)";
  const canDelete = rights.some((r) => r.kind === 'delete');
  return [{
    id: 'rights.requests',
    question: 'choices',
    text: `Ask to ${listJoin(verbs, 'or')} your data${ways}${extras.length > 0 ? `; ${listJoin(extras)}` : ''}.`,
    flag: canDelete && how.length > 0 ? 'good' : 'caution',
    evidence: [...rights.flatMap((r) => r.evidence), ...(verification?.evidence ?? []), ...(responseDays?.evidence ?? [])],
  }];
}

export const choicesPoints: PointsFor = (facts) => {
  const points: SummaryPoint[] = [...rightsPoints(facts), ...facts.choices.map(choicePoint)];
  if (facts.choices.length === 0) {
    points.push({ id: 'choices.not-stated', question: 'choices', text: "Doesn't say how to opt out of marketing or tracking.", flag: 'caution', evidence: [] });
  }
  const dnt = facts.doNotTrack;
  if (dnt.stance === 'honoured') points.push({ id: 'dnt.honoured', question: 'choices', text: "Honours your browser's Do Not Track signal.", flag: 'good', evidence: dnt.evidence });
  if (dnt.stance === 'not-honoured') points.push({ id: 'dnt.not-honoured', question: 'choices', text: "Ignores your browser's Do Not Track signal.", flag: 'caution', evidence: dnt.evidence });
  if (dnt.stance === 'mentioned') points.push({ id: 'dnt.mentioned', question: 'choices', text: 'Mentions Do Not Track without saying whether it honours it.', evidence: dnt.evidence });
  return points;
};
