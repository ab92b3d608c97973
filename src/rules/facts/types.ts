// A fact rule is data: a stable id, one regular expression, a gloss a person can read, and
// example sentences the tests run both ways (test/rules/conventions.test.ts). Patterns run on
// sentence text with whitespace collapsed and curly quotes straightened (normalizeForFacts).
// Flags: 'i' where case does not matter; never 'g' or 'y' (those make a RegExp stateful) —
// the engine makes its own global copy when it needs every match.

export interface FactRule {
  /** `<family>.<slug>`, e.g. 'sell.no.do-not-sell'. Never reuse or rename a shipped id. */
  id: string;
  pattern: RegExp;
  /**
   * Literal text (lower case) one piece of which every match contains, for patterns whose
   * anchors cannot be read off the regex (src/engine/facts/anchors.ts), e.g. '@' for emails.
   */
  anchors?: readonly string[];
  /** What the sentence says when this rule fires, in one plain line. */
  gloss: string;
  examples: {
    match: readonly string[];
    /** Near misses the rule must not fire on. */
    noMatch: readonly string[];
  };
}

/** A rule that finds one named thing (a data item, a recipient, a measure) of some kind. */
export interface KindRule<K extends string> extends FactRule {
  kind: K;
  /** The plain name shown to people, e.g. 'credit card'. */
  name: string;
}
