// The detector's hand-set numbers, in one place. They were chosen by reading the score
// distributions of Open Terms Archive documents (policy-detection/dev.jsonl) per document type,
// never fitted automatically; round values on purpose, so the detector stays general.
import type { VocabularyFamily } from './types.ts';

export const textModel = {
  /**
   * How much one weighted hit of a hard-negative family counts against the privacy family.
   * Processing agreements reuse the privacy vocabulary ("personal data", "controller"), so their
   * own vocabulary has to weigh more to be heard.
   */
  negativeMultiplier: { terms: 1, cookies: 1, conduct: 1, processing: 1.5, 'other-legal': 1 } satisfies Record<Exclude<VocabularyFamily, 'privacy'>, number>,
  /** Pseudo-count added to the denominator of the privacy share: a text with little legal
   *  vocabulary of any kind gets a low share instead of a perfect one. */
  smoothing: 4,
  /** The privacy share (privacy / all legal vocabulary) at which the share term is neutral. */
  shareMidpoint: 0.6,
  /** Log-odds per unit of share above the midpoint. */
  shareSlope: 10,
  /** Privacy density (weighted hits per 1000 words) at which the density term is neutral. */
  densityPivot: 8,
  /** Log-odds per e-fold of privacy density. */
  densitySlope: 2,
  /** The density term is clamped: a very dense text should not outvote a dominant negative
   *  family (DPAs are dense in privacy words), and an empty one should not be -infinity. */
  densityClamp: { min: -2, max: 1 },
  /**
   * Texts shorter than this are weak evidence: their log-odds are pulled toward emptyTextLogit
   * in proportion (a 30-word capture of a page says little about what the page is, so the
   * page's name and URL should decide).
   */
  fullEvidenceWords: 150,
  emptyTextLogit: -1,
  /**
   * What a document says it is, in its opening ("This Privacy Notice explains", "This Cookie
   * Policy", "These Terms", "This supplements our Privacy Policy"): `weight` log-odds for a
   * privacy policy when it names itself one, against when it names itself anything else, once
   * each however long the text (a supplement of 5,000 privacy-dense words still says in its
   * first line that it is not the policy). Both at once cancel ("you agree to the terms of this
   * Privacy Policy"). Read within the first `chars` characters of the text.
   */
  opening: { chars: 1500, weight: 3 },
} as const;

export const quickModel = {
  /** A page that names itself a privacy policy with at least this log-odds is decided. */
  policyAt: 3,
  /** At or below this log-odds the page is decided as not a policy. */
  notPolicyAt: -3,
  /** Log-odds for a titled page with no privacy word anywhere in URL, title or headings. */
  noCueLogit: -4,
  /** Section headings add at most this much either way. */
  headingCap: 3,
} as const;

export const fullModel = {
  /**
   * When the text is read, the quick evidence is added to the text's log-odds, clamped. The
   * clamp is asymmetric on purpose: a page named "Privacy Policy" whose capture is empty or
   * broken is still a policy (the name must be able to outvote a weak text), while a page named
   * "Terms and Conditions" whose text is mostly a privacy policy is a combined legal page that
   * contains a policy (the text must be able to outvote the name).
   */
  quickClamp: { min: -3, max: 5 },
} as const;
