// What changed between two versions, in plain words, from the question modules: an answer
// whose value moved ("Now says it may sell your data; before, it said it does not sell your
// data"), details that came or went where details are the news (periods, addresses), and the
// grade. Flagged by whether the move is better or worse for the person.
import { QUESTION_MODULES, QUESTION_ORDER } from '../questions/index.ts';
import type { ItemWordings, ValueWording } from '../questions/module.ts';
import type { Answer, Claims, QuestionId } from '../questions/types.ts';
import type { Analysis, Flag, Grade } from '../types.ts';
import type { SummaryChange } from './types.ts';

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

function flagOf(before: ValueWording | undefined, after: ValueWording | undefined): Flag {
  if (after?.flag) return after.flag;
  const from = before?.rank ?? 0;
  const to = after?.rank ?? 0;
  return to > from ? 'good' : to < from ? 'bad' : 'caution';
}

function questionMoves<Q extends QuestionId>(q: Q, before: Claims[Q], after: Claims[Q]): SummaryChange[] {
  const module = QUESTION_MODULES[q];
  const wordings = module.items as ItemWordings<Claims[Q]>;
  const moves: SummaryChange[] = [];
  for (const [item, table] of Object.entries(wordings) as [keyof Claims[Q], Record<string, ValueWording> | undefined][]) {
    const a = before[item] as Answer | undefined;
    const b = after[item] as Answer | undefined;
    if (!a || !b || !table || a.value === b.value) continue;
    const was = table[a.value];
    const now = table[b.value];
    const text = b.value === 'not-stated'
      ? `No longer says it ${was?.says ?? a.value}.`
      : a.value === 'not-stated' ? `Now says it ${now?.says ?? b.value}.`
      : `Now says it ${now?.says ?? b.value}; before, it said it ${was?.says ?? a.value}.`;
    moves.push({ id: `${q}.${String(item)}.${b.value}`, text, flag: flagOf(was, now) });
  }
  for (const item of module.detailItems ?? []) {
    const a = before[item] as Answer | undefined;
    const b = after[item] as Answer | undefined;
    if (!a || !b) continue;
    const old = new Set(a.details.map((d) => d.text.toLowerCase()));
    const neu = new Set(b.details.map((d) => d.text.toLowerCase()));
    const phrase = (d: { text: string }): string => module.detailPhrase?.(d.text) ?? d.text;
    const added = b.details.filter((d) => !old.has(d.text.toLowerCase())).map(phrase);
    const removed = a.details.filter((d) => !neu.has(d.text.toLowerCase())).map(phrase);
    // Only when the answer itself stayed: a move of the value already says it.
    if (a.value === 'not-stated' || b.value === 'not-stated') continue;
    if (added.length > 0 && removed.length > 0) moves.push({ id: `${q}.${String(item)}.changed`, text: `${module.heading}: now ${added.join('; ')} (was ${removed.join('; ')}).`, flag: 'caution' });
    else if (added.length > 0) moves.push({ id: `${q}.${String(item)}.added`, text: `${module.heading}: now also ${added.join('; ')}.`, flag: 'caution' });
    else if (removed.length > 0) moves.push({ id: `${q}.${String(item)}.removed`, text: `${module.heading}: no longer ${removed.join('; ')}.`, flag: 'caution' });
  }
  return moves;
}

function gradeMove(before: Analysis, after: Analysis): SummaryChange[] {
  const from = before.rating.grade;
  const to = after.rating.grade;
  if (from === to || from === null || to === null) return [];
  return [{ id: 'grade.changed', text: `Grade went from ${from} to ${to}.`, flag: GRADES.indexOf(to) > GRADES.indexOf(from) ? 'bad' : 'good' }];
}

function movesOf<Q extends QuestionId>(q: Q, before: Analysis, after: Analysis): SummaryChange[] {
  return questionMoves(q, before.claims[q], after.claims[q]);
}

export function claimMoves(before: Analysis, after: Analysis): SummaryChange[] {
  return [...QUESTION_ORDER.flatMap((q) => movesOf(q, before, after)), ...gradeMove(before, after)];
}
