// A classification rule is data: a stable id, the label it speaks for, alternative token
// patterns (syntax in src/engine/match/pattern.ts), a plain-language gloss shown to people in
// the popup and the inline tooltip, and example sentences that the tests run both ways.
import type { Label } from './labels.ts';

export type RuleKind = 'practice' | 'lookalike';

export interface Rule {
  /** `<label key>.<slug>`, e.g. 'retention.stated-period'. Never reuse or rename a shipped id. */
  id: string;
  label: Label;
  /**
   * 'practice' (the default): the sentence states the label's practice, evidence *for* it.
   * 'lookalike': the sentence names the label's words without stating its practice (a table of
   * contents, another label's practice, a pointer elsewhere): evidence *against* it, so its
   * prior is negative. Ids of older look-alikes end in '-lookalike'; the kind, not the id, is
   * what says so (ids never change: the trained model is keyed by them).
   */
  kind?: RuleKind;
  /** The rule fires when any of these patterns matches the sentence. */
  patterns: readonly string[];
  /** One line a person understands: what the sentence says when this rule fires. */
  gloss: string;
  /**
   * Weight the rule starts from before training (default 3; see DEFAULT_PRIOR). Training pulls the weight
   * toward what the seeds show and back toward this prior where the seeds are silent, so a
   * rule the seeds never exercise still counts. Negative for evidence *against* the label.
   */
  prior?: number;
  examples: {
    /** Sentences the rule must match: at least one that fires each pattern (the convention test
     *  checks it; `policylens explain` shows a pattern by its example). */
    match: readonly string[];
    /** Near misses it must not match. */
    noMatch: readonly string[];
  };
}

/** A rule's starting weight when it names none: enough for one rule alone to carry its label
 *  past the untrained bias (-2.5), since rules are written to be precise. */
export const DEFAULT_PRIOR = 3;
