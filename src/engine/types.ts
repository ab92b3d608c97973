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

/** The questions the summary answers, in the order a person reads them. */
export type QuestionId =
  | 'collect'
  | 'share'
  | 'sell'
  | 'retention'
  | 'choices'
  | 'security'
  | 'changes'
  | 'children'
  | 'audiences'
  | 'contact';

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
  id: string;
  text: string;
  flag: Flag;
  /** Points added to (positive) or taken from (negative) the score. */
  points: number;
  evidence: number[];
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Rating {
  grade: Grade;
  score: number;
  reasons: RatingReason[];
}

/** What the engine is given: plain text, or text with its block structure already known
 *  (the content script sends the DOM's headings, paragraphs and list items this way). */
export interface AnalysisInput {
  text: string;
  blocks?: Block[];
}

export interface Analysis {
  schemaVersion: 1;
  /** 'unsupported' when the text is not English: the engine then summarises nothing. */
  language: 'en' | 'unsupported';
  textLength: number;
  sentences: ClassifiedSentence[];
  /** Concrete facts with evidence (src/engine/facts). */
  facts: Facts;
  /** The plain-language summary, grouped by question in QuestionId order. */
  summary: SummaryPoint[];
  rating: Rating;
}

// Facts are defined with their extractors; re-exported here so callers need one import.
import type { Facts } from './facts/types.ts';
export type { Facts };
