// The engine's one entry point: text (or text with its blocks) in, the full analysis out.
// Runs the same in Node (CLI), the background worker and extension pages; pure and synchronous.
import { Classifier } from './classify/classifier.ts';
import { shippedEngine } from './compiled/shipped.ts';
import { useCompiledFactIndex } from './facts/context.ts';
import { detectLanguage } from './language.ts';
import { findPolicyDate } from './policy-date.ts';
import { readClaims } from './questions/index.ts';
import { rate } from './rating/index.ts';
import { summarize } from './summary/index.ts';
import { segment } from './text/segment.ts';
import type { Analysis, AnalysisInput } from './types.ts';

let shippedClassifier: Classifier | undefined;

// The facts pass takes its anchor index from the compiled engine too (see facts/context.ts).
useCompiledFactIndex(shippedEngine);

/** The classifier for the shipped model, built once from the compiled engine and reused (its
 *  ~1,100 regexes are made as patterns first come up). */
export function getClassifier(): Classifier {
  shippedClassifier ??= new Classifier(shippedEngine().classifier);
  return shippedClassifier;
}

export function analyze(input: AnalysisInput, classifier: Classifier = getClassifier()): Analysis {
  const { text, sentences } = segment(input);
  const { language } = detectLanguage(text);
  if (language !== 'en') {
    const claims = readClaims([]);
    return { schemaVersion: 2, language, textLength: text.length, sentences: [], claims, policyDate: null, summary: [], rating: rate(claims, []) };
  }
  const classified = classifier.classify(sentences);
  const claims = readClaims(classified);
  return {
    schemaVersion: 2,
    language,
    textLength: text.length,
    sentences: classified,
    claims,
    policyDate: findPolicyDate(classified),
    summary: summarize(claims, classified.length),
    rating: rate(claims, classified),
  };
}
