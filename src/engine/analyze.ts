// The engine's one entry point: text (or text with its blocks) in, the full analysis out.
// Runs the same in Node (CLI), the background worker and extension pages; pure and synchronous.
import { Classifier } from './classify/classifier.ts';
import { SHIPPED_MODEL } from './classify/shipped-model.ts';
import { extractFacts } from './facts/index.ts';
import { detectLanguage } from './language.ts';
import { rate } from './rating/index.ts';
import { summarize } from './summary/index.ts';
import { segment } from './text/segment.ts';
import type { Analysis, AnalysisInput } from './types.ts';

let shippedClassifier: Classifier | undefined;

/** The classifier for the shipped model, built once (compiling ~400 regexes) and reused. */
export function getClassifier(): Classifier {
  shippedClassifier ??= new Classifier(SHIPPED_MODEL);
  return shippedClassifier;
}

export function analyze(input: AnalysisInput, classifier: Classifier = getClassifier()): Analysis {
  const { text, sentences } = segment(input);
  const { language } = detectLanguage(text);
  if (language !== 'en') {
    const facts = extractFacts([]);
    return { schemaVersion: 1, language, textLength: text.length, sentences: [], facts, summary: [], rating: rate(facts, []) };
  }
  const classified = classifier.classify(sentences);
  const facts = extractFacts(classified);
  return {
    schemaVersion: 1,
    language,
    textLength: text.length,
    sentences: classified,
    facts,
    summary: summarize(facts, classified),
    rating: rate(facts, classified),
  };
}
