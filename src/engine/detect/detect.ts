// The two stages together. In the browser the text is read only when the quick stage cannot
// decide (reading a page's text is the expensive part); the CLI always has the text and adds
// the quick evidence to the text's own score.
import { clamp, round3, sigmoid } from './math.ts';
import { fullModel, quickModel } from './model.ts';
import { hasName, hasPrivacyCue, quickScore } from './quick.ts';
import { scoreText, type TextScorer } from './score-text.ts';
import { nameFromTextIfUntitled } from './text-structure.ts';
import type { DetectionResult, QuickFeatures, QuickScore } from './types.ts';

/** A titled page without a single privacy word: what the fast path and quickScore both return. */
const NO_CUE_RESULT: DetectionResult = { isPolicy: false, score: round3(sigmoid(quickModel.noCueLogit)), stage: 'quick' };

function quickResult(quick: QuickScore): DetectionResult {
  if (!quick.privacyCue && quick.verdict === 'not-policy') return { ...NO_CUE_RESULT };
  return { isPolicy: quick.verdict === 'policy', score: round3(sigmoid(quick.logit)), stage: 'quick' };
}

function fullResult(quick: QuickScore, text: string, score: TextScorer): DetectionResult {
  const logit = score(text).logit + clamp(quick.logit, fullModel.quickClamp.min, fullModel.quickClamp.max);
  return { isPolicy: logit > 0, score: round3(sigmoid(logit)), stage: 'full' };
}

/** The quick stage's verdict, or what the text stage needs when it cannot decide. */
export type QuickOutcome = { decided: DetectionResult } | { undecided: QuickScore };

/** Browser path, first step: URL, title and headings only. */
export function quickStage(features: QuickFeatures): QuickOutcome {
  // Fast path for ordinary pages: one RegExp test, no rules run (same verdict as quickScore).
  if (hasName(features) && !hasPrivacyCue(features)) return { decided: { ...NO_CUE_RESULT } };
  const quick = quickScore(features);
  return quick.verdict === 'maybe' ? { undecided: quick } : { decided: quickResult(quick) };
}

/** The text stage: the text scored by `score` (in the content script, with the vocabulary the
 *  worker gave it), plus the quick evidence. Once the text is read, a page with neither title
 *  nor headings is named by its first line. */
export function textStage(features: QuickFeatures, quick: QuickScore, text: string, score: TextScorer): DetectionResult {
  const named = nameFromTextIfUntitled(features, text);
  return fullResult(named === features ? quick : quickScore(named), text, score);
}

/** Browser path: `readText` is called only for pages the quick stage leaves at 'maybe'. */
export function detectPage(features: QuickFeatures, readText: () => string): DetectionResult {
  const outcome = quickStage(features);
  return 'decided' in outcome ? outcome.decided : textStage(features, outcome.undecided, readText(), scoreText);
}

/** CLI path: the text is at hand, so it is always read; the quick evidence still counts. */
export function detectWithText(features: QuickFeatures, text: string): DetectionResult {
  return textStage(features, quickScore(features), text, scoreText);
}
