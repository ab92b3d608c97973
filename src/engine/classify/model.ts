// The trained model: per label, the fitted weights and threshold (what training produces, and
// all that src/rules/model.generated.json holds: `npm run train` writes it, and a test fails
// when it differs from a fresh training run), and, in memory, the compiled rules they weigh.
// The compiled rules are a build output (src/engine/compiled), not committed.
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

/** What training produces: src/rules/model.generated.json. */
export interface TrainedModel {
  generated: string;
  version: 2;
  labels: Record<Label, LabelModel>;
  training: {
    seeds: string[];
    sentences: number;
    positives: Record<Label, number>;
  };
}

/** A trained model with the compiled rules it weighs: what a Classifier is built from. */
export interface Model extends TrainedModel {
  rules: ModelRule[];
}
