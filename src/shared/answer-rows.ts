// The popup's answer rows: which summary lines answer the five questions of the first screen
// (what they collect, who gets it, whether they sell it, how long they keep it, what you can do),
// the one line each row shows closed, and where each reason of the grade belongs. The reasons
// are not listed a second time: each sits in the row of the question it reads, and the three to
// five that moved the grade most mark their rows ("lowers the grade").
//
// Run by the worker when it stores an analysis (and by the paste page, which has the engine
// anyway): the popup gets the result as a stored PopupView (popup-view.ts) and imports none of
// the question modules this needs.
import { COLLECT_NAMES } from '../engine/questions/collect.ts';
import { QUESTION_MODULES, QUESTION_ORDER } from '../engine/questions/index.ts';
import { SHARE_NAMES } from '../engine/questions/share.ts';
import { CHOICE_NAMES } from '../engine/questions/choices.ts';
import { CHOICE_ITEMS, type CollectItem } from '../engine/questions/types.ts';
import { GRADE_MEANINGS, SCHEME_VERSION } from '../engine/rating/index.ts';
import type { Analysis, Flag, QuestionId, RatingReason, SummaryPoint } from '../engine/types.ts';
import { plural, t } from './i18n.ts';
import { POPUP_VIEW_VERSION, resolveRows, type AnswerRow, type Effect, type PopupView, type RowId, type RowView } from './popup-view.ts';

export type { AnswerRow, RowId } from './popup-view.ts';

/** The first screen's rows, in this order; "what you can do" joins rights and choices. */
export const FIRST_ROWS: readonly RowId[] = ['collect', 'share', 'sell', 'retention', 'do'];
const DO_QUESTIONS: readonly QuestionId[] = ['rights', 'choices'];

/** The row each grading criterion (src/rules/grade/scheme.ts) belongs to. */
export const CRITERION_ROWS: Readonly<Record<string, RowId>> = {
  sale: 'sell', ads: 'ads', tracking: 'tracking', recipients: 'share', retention: 'retention', sensitive: 'collect',
  minimisation: 'minimise', deletion: 'do', access: 'do', 'opt-outs': 'do', signals: 'signals', changes: 'changes',
  breach: 'security', security: 'security', contact: 'contact',
};

/** How many reasons count as "what moved it most". */
export const TOP_REASONS = 5;

/** Recipients by how much they matter to a person, most first: the digest names these first. */
const SHARE_ORDER = [
  'data-brokers', 'advertisers', 'other-third-parties', 'analytics', 'public', 'affiliates', 'credit-agencies', 'service-providers',
  'authorities', 'business-transfer', 'emergency-services',
] as const;
const RIGHT_VERBS = [['access', 'doVerbSee'], ['correct', 'doVerbCorrect'], ['delete', 'doVerbDelete'], ['portability', 'doVerbCopy']] as const;
/** Names shown in a digest before "and N more". */
const DIGEST_NAMES = 3;

const FLAG_ORDER: readonly Flag[] = ['bad', 'caution', 'good'];

function listOf(names: readonly string[]): string {
  if (names.length <= DIGEST_NAMES) return names.length <= 1 ? (names[0] ?? '') : t('listAnd', names.slice(0, -1).join(', '), names[names.length - 1] ?? '');
  return t('listMore', names.slice(0, DIGEST_NAMES).join(', '), names.length - DIGEST_NAMES);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** "the authorities (police, courts, regulators)" → "the authorities": the row opens to the rest. */
const short = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

function digest(id: RowId, analysis: Analysis, points: readonly SummaryPoint[]): string {
  const { claims } = analysis;
  const first = points[0]?.text ?? '';
  switch (id) {
    case 'collect': {
      // In the order of the summary's lines (what identifies you first), not of the claim's keys.
      const items = points.map((p) => p.id.slice('collect.'.length)).filter((item): item is CollectItem => item in claims.collect && claims.collect[item as CollectItem].value === 'yes');
      const names = items.map((item) => COLLECT_NAMES[item] ?? item);
      return names.length > 0 ? capitalise(listOf(names)) : first;
    }
    case 'share': {
      const given = SHARE_ORDER.filter((item) => claims.share[item]?.value === 'yes');
      return given.length > 0 ? capitalise(listOf(given.map((item) => short(SHARE_NAMES[item])))) : first;
    }
    case 'do': {
      const verbs = RIGHT_VERBS.filter(([item]) => claims.rights[item].value === 'yes').map(([, key]) => t(key));
      const choices = CHOICE_ITEMS.filter((item) => claims.choices[item]?.value === 'yes').map((item) => CHOICE_NAMES[item] ?? item);
      const ask = verbs.length === 0 ? [] : [t('doAsk', verbs.length === 1 ? (verbs[0] ?? '') : t('listOr', verbs.slice(0, -1).join(', '), verbs[verbs.length - 1] ?? ''))];
      const [choice = '', ...others] = choices.map(short);
      const choose = choices.length === 0 ? [] : [others.length === 0 ? choice : plural(others.length, 'doChoicesOne', 'doChoicesMany').replace(/^/, `${choice} `)];
      // "Ask to see or delete your data; stop marketing messages and 2 more choices"
      const parts = [...ask, ...choose].map((part, i) => (i === 0 ? capitalise(part) : part.charAt(0).toLowerCase() + part.slice(1)));
      return parts.length > 0 ? parts.join('; ') : t('doNothingStated');
    }
    default:
      return first;
  }
}

function worstFlag(points: readonly SummaryPoint[]): Flag | undefined {
  return FLAG_ORDER.find((flag) => points.some((p) => p.flag === flag));
}

const headingOf = (id: RowId): string => (id === 'do' ? t('rowDoHeading') : QUESTION_MODULES[id].heading);

/** Places in `items` of those that pass. */
const placesOf = <T>(items: readonly T[], keep: (item: T) => boolean): number[] => items.flatMap((item, i) => (keep(item) ? [i] : []));

function rowOf(id: RowId, analysis: Analysis, reasons: readonly RatingReason[], top: ReadonlySet<RatingReason>): RowView {
  const questions = id === 'do' ? DO_QUESTIONS : [id];
  const pointPlaces = placesOf(analysis.summary, (p) => questions.includes(p.question));
  const points = pointPlaces.map((i) => analysis.summary[i] as SummaryPoint);
  const reasonPlaces = placesOf(reasons, (r) => CRITERION_ROWS[r.criterion] === id);
  const own = reasonPlaces.map((i) => reasons[i] as RatingReason);
  const moved = own.find((r) => top.has(r));
  const known = own.find((r) => r.known);
  // The grade's reading of the row when it has one (it weighs the whole answer), else its lines'.
  const flag = known?.flag ?? worstFlag(points);
  const row: RowView = {
    id,
    heading: headingOf(id),
    line: digest(id, analysis, points) || known?.text || '',
    points: pointPlaces,
    reasons: reasonPlaces,
    movedMost: own.filter((r) => top.has(r)).map((r) => r.id),
  };
  if (flag) row.flag = flag;
  if (moved) row.effect = moved.points > 0 ? 'raises' : 'lowers';
  return row;
}

/** The reasons that moved the grade most (the engine sorts them by effect). */
export function topReasons(reasons: readonly RatingReason[]): RatingReason[] {
  return reasons.filter((r) => r.points !== 0).slice(0, TOP_REASONS);
}

/** The rows those reasons sit in, each once, with the direction of its biggest mover. */
export function rowsMovedMost(reasons: readonly RatingReason[]): { row: RowId; effect: Effect }[] {
  const out: { row: RowId; effect: Effect }[] = [];
  for (const reason of topReasons(reasons)) {
    const row = CRITERION_ROWS[reason.criterion];
    if (row && !out.some((o) => o.row === row)) out.push({ row, effect: reason.points > 0 ? 'raises' : 'lowers' });
  }
  return out;
}

/** What the popup shows of this analysis beyond the analysis: its rows (the first screen's five,
 *  then the other questions that have something to say) and the grade's explanation. */
export function popupView(analysis: Analysis): PopupView {
  const { reasons } = analysis.rating;
  const top = new Set(analysis.rating.grade === null ? [] : topReasons(reasons));
  const first = FIRST_ROWS.map((id) => rowOf(id, analysis, reasons, top));
  const rest = QUESTION_ORDER.filter((q) => !FIRST_ROWS.includes(q) && !DO_QUESTIONS.includes(q))
    .map((q) => rowOf(q, analysis, reasons, top))
    .filter((row) => row.points.length > 0 || row.reasons.some((i) => reasons[i]?.known));
  const moved = rowsMovedMost(reasons).map(({ row, effect }) => ({ row, effect, heading: headingOf(row) }));
  return { version: POPUP_VIEW_VERSION, first, rest, moved, meanings: { ...GRADE_MEANINGS }, scheme: SCHEME_VERSION };
}

/** The rows as the popup renders them, with the lines and reasons they point to. */
export function answerRows(analysis: Analysis): { first: AnswerRow[]; rest: AnswerRow[] } {
  return resolveRows(popupView(analysis), analysis);
}
