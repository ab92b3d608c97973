// The trained model: compiled rules plus, per label, the fitted weights and threshold.
// Written by `npm run train` (scripts/train.ts) to src/rules/model.generated.json; a test
// fails when the committed file differs from a fresh training run.
import type { Label } from '../labels.ts';

export interface ModelPattern {
  /** RegExp source over normalizeForMatch() text. */
  source: string;
  /** Token sets each of which a matching sentence has a member of (see match/pattern.ts). */
  requires: string[][];
  /** Adjacent pairs [before, after] every match holds (see match/pattern.ts); absent: none. */
  pairs?: [before: string[], after: string[]][];
}

export interface ModelRule {
  id: string;
  label: Label;
  /** The rule fires when any of its patterns matches. */
  patterns: ModelPattern[];
}

export interface LabelModel {
  bias: number;
  /** Added when the sentence's heading fired a rule of this label ("a heading's topic"). */
  headingWeight: number;
  /** Weight per rule id: every rule of this label, and other labels' rules whose fitted
   *  weight is not negligible; a missing id weighs 0. */
  weights: Record<string, number>;
  /** Minimum score for the label to be given. */
  threshold: number;
}

export interface Model {
  generated: string;
  version: 1;
  rules: ModelRule[];
  labels: Record<Label, LabelModel>;
  training: {
    seeds: string[];
    sentences: number;
    positives: Record<Label, number>;
  };
}
