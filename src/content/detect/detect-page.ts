// Is the page in this document a privacy policy? The quick stage reads the title, headings and
// URL; only when it cannot decide is the main text read (the expensive part).
import { detectPage } from '../../engine/detect/index.ts';
import type { DetectionResult } from '../../shared/protocol.ts';
import { quickFeaturesFromDom } from './features.ts';
import { mainText } from './main-text.ts';

export function detectPolicyPage(doc: Document, url: string): DetectionResult {
  return detectPage(quickFeaturesFromDom(doc, url), () => mainText(doc));
}
