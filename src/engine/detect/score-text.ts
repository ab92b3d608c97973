// Stage (b): is this text a privacy policy? A transparent score: the share of privacy vocabulary
// among all the legal vocabulary the text uses (privacy vs. contract, cookie, conduct, DPA and
// other legal words), plus how dense the privacy vocabulary is. See model.ts for the numbers.
import { clamp, round3, sigmoid } from './math.ts';
import { textModel } from './model.ts';
import { vocabularyRules, type CompiledVocabularyRule } from './patterns.ts';
import { FAMILIES, textFeatures } from './text-features.ts';
import type { TextScore } from './types.ts';

export type TextScorer = (text: string) => TextScore;

/** Scores with the detector's own vocabulary. */
export function scoreText(text: string): TextScore {
  return scoreTextWith(vocabularyRules(), text);
}

/** Scores with a vocabulary handed in (the content script has it from the worker). */
export function scoreTextWith(vocabulary: readonly CompiledVocabularyRule[], text: string): TextScore {
  const { words, density, named, evidence } = textFeatures(text, vocabulary);
  const privacy = density.privacy;
  let negative = 0;
  for (const family of FAMILIES) {
    if (family !== 'privacy') negative += density[family] * textModel.negativeMultiplier[family];
  }
  const share = privacy / (privacy + negative + textModel.smoothing);
  const densityTerm = clamp(
    Math.log((privacy + 1) / (textModel.densityPivot + 1)),
    textModel.densityClamp.min,
    textModel.densityClamp.max,
  );
  const namedOther = named.some((family) => family !== 'privacy');
  const namedTerm = textModel.opening.weight * (Number(named.includes('privacy')) - Number(namedOther));
  const evidenceLogit = textModel.shareSlope * (share - textModel.shareMidpoint) + textModel.densitySlope * densityTerm + namedTerm;
  const reliability = Math.min(1, words / textModel.fullEvidenceWords);
  const logit = reliability * evidenceLogit + (1 - reliability) * textModel.emptyTextLogit;
  const score = round3(sigmoid(logit));
  return { isPolicy: logit > 0, score, logit, words, density, named, evidence };
}
