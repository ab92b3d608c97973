// The detector's data model. `DetectionResult` is structurally identical to the one in
// src/shared/protocol.ts (the engine may not import src/shared); a type test keeps them in step.
import type { VocabularyFamily } from '../../rules/detect/vocabulary/types.ts';

export interface DetectionResult {
  isPolicy: boolean;
  /** 0..1, higher = more policy-like. */
  score: number;
  /** 'quick' when decided from URL/title/headings alone, 'full' when the main text was read. */
  stage: 'quick' | 'full';
}

/** What the quick stage looks at: everything here is cheap to read from a page. */
export interface QuickFeatures {
  url: string;
  title: string;
  /** h1–h3 texts in document order (the first one is read as the page's own name). */
  headings: readonly string[];
  /** href of <link rel="canonical">, when the page declares one. */
  canonicalUrl?: string;
}

export type QuickVerdict = 'policy' | 'not-policy' | 'maybe';

/** A rule that fired, with the log-odds it added: the "why" behind a verdict. */
export interface Evidence {
  id: string;
  weight: number;
}

export interface QuickScore {
  verdict: QuickVerdict;
  /** Sum of the evidence weights (log-odds, before the prior). */
  logit: number;
  evidence: Evidence[];
  /** Whether any privacy word appears in the title, headings or URL (signals/cues.ts). */
  privacyCue: boolean;
}

export interface TextScore {
  isPolicy: boolean;
  /** 0..1 */
  score: number;
  /** Log-odds the text adds (score = sigmoid(logit)). */
  logit: number;
  words: number;
  /** Weighted hits per 1000 words, by vocabulary family. */
  density: Record<VocabularyFamily, number>;
  /** The families whose naming phrase is in the text's opening (text-features.ts). */
  named: VocabularyFamily[];
  /** The rules that matched, heaviest first. */
  evidence: Evidence[];
}

/**
 * `privacy` speaks for a privacy policy; every other family is the vocabulary of one of the
 * hard negatives (legal pages that are not privacy policies).
 */
export type { VocabularyFamily };
