// The trained model: compiled rules plus, per label, the fitted weights and threshold.
// Written by `npm run train` (scripts/train.ts) to src/rules/model.generated.json; a test
// fails when the committed file differs from a fresh training run.
import type { Label } from '../labels.ts';

export interface ModelRule {
  id: string;
  label: Label;
  /** RegExp source over normalizeForMatch() text (alternation of the rule's patterns). */
  source: string;
  /** Tokens one of which must occur for the rule to match; null = always test it. */
  anchors: string[] | null;
}

export interface LabelModel {
  bias: number;
  /** Added when the sentence's heading fired a rule of this label ("a heading's topic"). */
  headingWeight: number;
  /** Weight per rule id of this label; a missing id weighs 0. */
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
