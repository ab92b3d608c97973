// What the popup shows of an analysis beyond the analysis itself, computed by the worker
// (answer-rows.ts, with the engine's question modules) and stored next to the analysis it reads
// (storage.ts), so that the popup imports no question module, rule or classifier: its first
// screen's rows, each with its one-line answer, and the grade's explanation. Rows point into the
// analysis (summary lines and grade reasons by their place) rather than copy it.
//
// Plain data: the popup reads it from storage.session, so `isPopupView` checks its shape and that
// every place it names is in the analysis it is stored with.
import type { Analysis, Flag, Grade, RatingReason, SummaryPoint } from '../engine/types.ts';
import type { QuestionId } from '../engine/questions/types.ts';

export const POPUP_VIEW_VERSION = 1;

/** A question's row, or "what you can do" (rights and choices together). */
export type RowId = QuestionId | 'do';
export type Effect = 'raises' | 'lowers';

/** One answer row as stored. */
export interface RowView {
  id: RowId;
  /** The question as a person asks it. */
  heading: string;
  /** Its answer in one line, shown while the row is closed. */
  line: string;
  flag?: Flag;
  /** Places in `analysis.summary` of the lines the row opens to. */
  points: number[];
  /** Places in `analysis.rating.reasons` of the grade's reasons that read the row's questions,
   *  biggest effect first. */
  reasons: number[];
  /** Set when one of its reasons is among those that moved the grade most. */
  effect?: Effect;
  /** Ids of its reasons that are among those that moved the grade most. */
  movedMost: string[];
}

export interface PopupView {
  version: typeof POPUP_VIEW_VERSION;
  /** The first screen's five rows, in order. */
  first: RowView[];
  /** The other questions that have something to say. */
  rest: RowView[];
  /** The rows the reasons that moved the grade most sit in, each once, biggest first. */
  moved: { row: RowId; effect: Effect; heading: string }[];
  /** What each grade means (the A–E scale of the explanation). */
  meanings: Record<Grade, string>;
  /** The grading scheme's version, named in a report of a wrong statement. */
  scheme: number;
}

/** A row with what it points to, as the popup renders it. */
export interface AnswerRow {
  id: RowId;
  heading: string;
  line: string;
  flag: Flag | undefined;
  points: SummaryPoint[];
  reasons: RatingReason[];
  effect: Effect | undefined;
  movedMost: string[];
}

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

const FLAGS: readonly unknown[] = ['good', 'caution', 'bad'];
const EFFECTS: readonly unknown[] = ['raises', 'lowers'];
const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];
const ROW_ID = /^[a-z][a-z-]{0,40}$/;
const isString = (value: unknown): value is string => typeof value === 'string';
const isPlaces = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < length);

function isRowView(value: unknown, analysis: Analysis): value is RowView {
  const r = fields(value);
  return (
    r !== undefined &&
    isString(r['id']) && ROW_ID.test(r['id']) &&
    isString(r['heading']) &&
    isString(r['line']) &&
    (r['flag'] === undefined || FLAGS.includes(r['flag'])) &&
    isPlaces(r['points'], analysis.summary.length) &&
    isPlaces(r['reasons'], analysis.rating.reasons.length) &&
    (r['effect'] === undefined || EFFECTS.includes(r['effect'])) &&
    Array.isArray(r['movedMost']) && r['movedMost'].every(isString)
  );
}

/** A stored view of this version, every place it names inside `analysis`. */
export function isPopupView(value: unknown, analysis: Analysis): value is PopupView {
  const v = fields(value);
  const meanings = fields(v?.['meanings']);
  return (
    v?.['version'] === POPUP_VIEW_VERSION &&
    Array.isArray(v['first']) && v['first'].every((r) => isRowView(r, analysis)) &&
    Array.isArray(v['rest']) && v['rest'].every((r) => isRowView(r, analysis)) &&
    Array.isArray(v['moved']) &&
    v['moved'].every((m) => {
      const f = fields(m);
      return f !== undefined && isString(f['row']) && ROW_ID.test(f['row']) && EFFECTS.includes(f['effect']) && isString(f['heading']);
    }) &&
    meanings !== undefined && GRADES.every((g) => isString(meanings[g])) &&
    typeof v['scheme'] === 'number'
  );
}

/** A stored row with the summary lines and reasons it points to. */
export function resolveRow(row: RowView, analysis: Analysis): AnswerRow {
  const { summary, rating } = analysis;
  return {
    id: row.id,
    heading: row.heading,
    line: row.line,
    flag: row.flag,
    points: row.points.flatMap((i) => summary[i] ?? []),
    reasons: row.reasons.flatMap((i) => rating.reasons[i] ?? []),
    effect: row.effect,
    movedMost: row.movedMost,
  };
}

/** The rows of a view, resolved against its analysis. */
export function resolveRows(view: PopupView, analysis: Analysis): { first: AnswerRow[]; rest: AnswerRow[] } {
  return { first: view.first.map((r) => resolveRow(r, analysis)), rest: view.rest.map((r) => resolveRow(r, analysis)) };
}
