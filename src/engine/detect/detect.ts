// The two stages together. In the browser the text is read only when the quick stage cannot
// decide (reading a page's text is the expensive part); the CLI always has the text and adds
// the quick evidence to the text's own score.
import { clamp, round3, sigmoid } from './math.ts';
import { fullModel, quickModel } from './model.ts';
import { quickScore } from './quick.ts';
import { scoreText } from './score-text.ts';
import type { DetectionResult, QuickFeatures, QuickScore } from './types.ts';

function quickResult(quick: QuickScore): DetectionResult {
  const anyCue = quick.evidence.some((e) => e.weight > 0);
  const logit = anyCue ? quick.logit : quick.logit + quickModel.noCueLogit;
  return { isPolicy: quick.verdict === 'policy', score: round3(sigmoid(logit)), stage: 'quick' };
}

function fullResult(quick: QuickScore, text: string): DetectionResult {
  const logit = scoreText(text).logit + clamp(quick.logit, fullModel.quickClamp.min, fullModel.quickClamp.max);
  return { isPolicy: logit > 0, score: round3(sigmoid(logit)), stage: 'full' };
}

/** Browser path: `readText` is called only for pages the quick stage leaves at 'maybe'. */
export function detectPage(features: QuickFeatures, readText: () => string): DetectionResult {
  const quick = quickScore(features);
  if (quick.verdict !== 'maybe') return quickResult(quick);
  return fullResult(quick, readText());
}

/** CLI path: the text is at hand, so it is always read; the quick evidence still counts. */
export function detectWithText(features: QuickFeatures, text: string): DetectionResult {
  return fullResult(quickScore(features), text);
}
