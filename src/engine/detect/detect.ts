// The two stages together. In the browser the text is read only when the quick stage cannot
// decide (reading a page's text is the expensive part); the CLI always has the text and adds
// the quick evidence to the text's own score.
import { clamp, round3, sigmoid } from './math.ts';
import { fullModel, quickModel } from './model.ts';
import { hasName, hasPrivacyCue, quickScore } from './quick.ts';
import { scoreText } from './score-text.ts';
import { nameFromTextIfUntitled } from './text-structure.ts';
import type { DetectionResult, QuickFeatures, QuickScore } from './types.ts';

/** A titled page without a single privacy word: what the fast path and quickScore both return. */
const NO_CUE_RESULT: DetectionResult = { isPolicy: false, score: round3(sigmoid(quickModel.noCueLogit)), stage: 'quick' };

function quickResult(quick: QuickScore): DetectionResult {
  if (!quick.privacyCue && quick.verdict === 'not-policy') return { ...NO_CUE_RESULT };
  return { isPolicy: quick.verdict === 'policy', score: round3(sigmoid(quick.logit)), stage: 'quick' };
}

function fullResult(quick: QuickScore, text: string): DetectionResult {
  const logit = scoreText(text).logit + clamp(quick.logit, fullModel.quickClamp.min, fullModel.quickClamp.max);
  return { isPolicy: logit > 0, score: round3(sigmoid(logit)), stage: 'full' };
}

/** Once the text is read, a page with neither title nor headings is named by its first line. */
function withText(features: QuickFeatures, quick: QuickScore, text: string): DetectionResult {
  const named = nameFromTextIfUntitled(features, text);
  return fullResult(named === features ? quick : quickScore(named), text);
}

/** Browser path: `readText` is called only for pages the quick stage leaves at 'maybe'. */
export function detectPage(features: QuickFeatures, readText: () => string): DetectionResult {
  // Fast path for ordinary pages: one RegExp test, no rules run (same verdict as quickScore).
  if (hasName(features) && !hasPrivacyCue(features)) return { ...NO_CUE_RESULT };
  const quick = quickScore(features);
  if (quick.verdict !== 'maybe') return quickResult(quick);
  return withText(features, quick, readText());
}

/** CLI path: the text is at hand, so it is always read; the quick evidence still counts. */
export function detectWithText(features: QuickFeatures, text: string): DetectionResult {
  return withText(features, quickScore(features), text);
}
