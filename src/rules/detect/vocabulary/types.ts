// A vocabulary rule is data: a stable id, the family it speaks for, alternative patterns, the
// weight one occurrence adds to its family, a gloss, and examples the tests run both ways.
//
// Pattern dialect (compiled once by ../compile.ts):
// - matching is case-insensitive and Unicode-aware, and a pattern only matches whole words;
// - a space matches any run of whitespace or hyphens ("opt out" matches "opt-out", "opt  out");
// - `*` right after a letter continues the word ("collect*" matches "collects", "collected");
// - everything else is ordinary JavaScript RegExp syntax (`(a|b)`, `?`, `[.]`).
/** The kinds of legal document whose words detection counts, each against the others. */
export type VocabularyFamily = 'privacy' | 'terms' | 'cookies' | 'conduct' | 'processing' | 'other-legal';

export interface VocabularyRule {
  /** `<family>.<slug>`, e.g. 'privacy.we-collect'. */
  id: string;
  family: VocabularyFamily;
  patterns: readonly string[];
  /** What one occurrence adds to the family's weighted count (typically 0.5..3). */
  weight: number;
  /**
   * The phrase by which a document says what it is ("This Cookie Policy explains", "These
   * Terms", "This supplements our Privacy Policy"). Besides its weight in the count, a hit in
   * the opening of the text (model.ts `opening`) counts once for its side, however long the
   * text: the statement is made once, and a long text must not dilute it.
   */
  namesDocument?: true;
  /** One line a maintainer understands: why this phrase is evidence. */
  gloss: string;
  examples: {
    /** At least one that fires each pattern (test/rules/conventions.test.ts). */
    match: readonly string[];
    noMatch: readonly string[];
  };
}

/** Quick-stage signal: a pattern over the URL path or host, the page's name (title and first
 *  heading), each section heading, or the text of a link that may lead to a policy. */
export type SignalWhere = 'url-path' | 'url-host' | 'name' | 'heading' | 'link-text';

export interface SignalRule {
  /** `<kind>.<slug>`, e.g. 'name.privacy-policy'. */
  id: string;
  where: SignalWhere;
  /** Which document type the signal names: privacy policy, or another legal page. */
  speaksFor: 'policy' | 'other';
  patterns: readonly string[];
  /** Log-odds added when the rule fires (positive for policy, negative for other). */
  weight: number;
  gloss: string;
  examples: {
    match: readonly string[];
    noMatch: readonly string[];
  };
}
