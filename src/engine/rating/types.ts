// A rating rule is data: a stable id, what it takes or gives, a plain sentence, a flag, and the
// condition, which returns the sentences that prove it (or null when the rule does not apply).
import type { Facts } from '../facts/types.ts';
import type { ClassifiedSentence, Flag, Grade } from '../types.ts';

export interface RatingRule {
  /** `<topic>.<slug>`; shown beside the reason so people can ask about a rule by name. */
  id: string;
  flag: Flag;
  /** Added to the score when the rule applies (negative takes away). */
  points: number;
  /** What the policy does, in one plain sentence. */
  text: string;
  /**
   * A finding cites the sentences that state it. An absence ("doesn't say how long it keeps
   * data") has nothing to quote: it cites where the policy talks about the topic without
   * answering, or nothing when the topic is missing altogether.
   */
  kind: 'finding' | 'absence';
  /** The best grade a policy can get when this rule applies (ToS;DR's "blocker" idea). */
  caps?: Grade;
  /** The evidence when the rule applies, null when it does not. */
  when: (facts: Facts, sentences: readonly ClassifiedSentence[]) => number[] | null;
  /** Concrete detail appended to the text, e.g. the period or the address. */
  detail?: (facts: Facts) => string;
}
