// The engine's data model. Everything here is plain JSON-serialisable data: it crosses the
// extension's message boundary and is written by `analyze --format json` (schema in README).
import type { Label } from './labels.ts';

/** A structural unit of the input: the sentence splitter never crosses a block boundary. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item';

export interface Block {
  kind: BlockKind;
  /** Character offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  /** Character offsets into the analysed text, end exclusive; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  blockIndex: number;
  isHeading: boolean;
  /** Index of the nearest heading sentence above this one, if any. */
  headingIndex?: number;
}

export interface LabelScore {
  label: Label;
  /** Probability-like score in [0, 1] from the trained model. */
  score: number;
  /** Ids of the rules that fired for this label (see src/rules); when the label comes (also)
   *  from the section's heading, the heading's rules for it follow the sentence's own. */
  ruleIds: string[];
  /** True when the sentence's heading contributed to this label. */
  viaHeading?: true;
}

export interface ClassifiedSentence extends Sentence {
  /** Labels whose score passed the trained threshold, best first. */
  labels: LabelScore[];
}

export type Flag = 'good' | 'caution' | 'bad';

/** The questions the summary answers, in the order a person reads them (src/engine/questions). */
export type { QuestionId } from './questions/types.ts';
import type { QuestionId } from './questions/types.ts';

export interface SummaryPoint {
  /** Stable id of the fact that produced this point, e.g. 'sell.says-no'. */
  id: string;
  question: QuestionId;
  /** One plain-language sentence, concrete (the actual period, address, parties). */
  text: string;
  flag?: Flag;
  /** Sentence indexes the point was drawn from: every statement is traceable. */
  evidence: number[];
}

export interface RatingReason {
  /** The grading criterion (src/rules/grade/scheme.ts) this reason reads. */
  id: string;
  criterion: string;
  group: 'practice' | 'control' | 'transparency';
  /** What the policy does, in one plain line. */
  text: string;
  /** Absent when the policy doesn't say (the criterion counted as unknown). */
  flag?: Flag;
  /** False when the policy doesn't say: the criterion counted as unknown, at low weight. */
  known: boolean;
  /** How far this reason moved the score from the middle (positive: up). */
  points: number;
  evidence: number[];
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Rating {
  /** The version of the grading scheme that made this grade. */
  scheme: number;
  /** Null when there is not enough policy text to grade (see notGraded). */
  grade: Grade | null;
  score: number | null;
  /** Share of the scheme's weight that rests on what the policy says (0–1): how sure the grade is. */
  confidence: number;
  /** What the grade means, in one line ('' when not graded). */
  meaning: string;
  /** Why there is no grade. */
  notGraded?: string;
  /** Every criterion's reading, the ones that moved the score most first. */
  reasons: RatingReason[];
}

/** The date the policy gives for itself ("Last updated: May 25, 2018"). */
export interface PolicyDate {
  /** As written. */
  text: string;
  /** YYYY-MM-DD when the text could be read as a date. */
  iso: string | null;
  evidence: number[];
}

/** What the engine is given: plain text, or text with its block structure already known
 *  (the content script sends the DOM's headings, paragraphs and list items this way). */
export interface AnalysisInput {
  text: string;
  blocks?: Block[];
}

export interface Analysis {
  schemaVersion: 2;
  /** 'unsupported' when the text is not English: the engine then summarises nothing. */
  language: 'en' | 'unsupported';
  /** Length of the text given (UTF-16 code units). */
  textLength: number;
  /** Only when the text was longer than the analysis budget (engine/budget.ts): the sentences,
   *  claims and grade read text[0, analysedLength) only. */
  analysedLength?: number;
  sentences: ClassifiedSentence[];
  /** The answer to each question a person asks, with evidence (src/engine/questions). */
  claims: Claims;
  /** The policy's own date, when it gives one. */
  policyDate: PolicyDate | null;
  /** The plain-language summary, grouped by question in QuestionId order. */
  summary: SummaryPoint[];
  rating: Rating;
}

// Claims are defined with their question modules; re-exported here so callers need one import.
import type { Claims } from './questions/types.ts';
export type { Claims };
