// Is the page in this document a privacy policy? The quick stage reads the title, headings and
// URL; only when it cannot decide is the main text read (the expensive part) and scored, with
// the vocabulary the worker hands over (./vocabulary.ts).
import { quickStage, scoreTextWith, textStage } from '../../engine/detect/index.ts';
import type { DetectionResult } from '../../shared/protocol.ts';
import { quickFeaturesFromDom } from './features.ts';
import { mainText } from './main-text.ts';
import { loadedVocabulary } from './vocabulary.ts';

/** null: the text must be scored, and the vocabulary has not arrived yet (askVocabulary). */
export function detectPolicyPage(doc: Document, url: string): DetectionResult | null {
  const features = quickFeaturesFromDom(doc, url);
  const quick = quickStage(features);
  if ('decided' in quick) return quick.decided;
  const vocabulary = loadedVocabulary();
  if (!vocabulary) return null;
  return textStage(features, quick.undecided, mainText(doc), (text) => scoreTextWith(vocabulary, text));
}
