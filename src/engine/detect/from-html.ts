// The CLI's entry points: a whole HTML page, or a text document, to a detection. Both always
// read the text (the CLI has it at hand) and add the quick evidence to its score. Kept out of
// index.ts so that the content script's bundle does not carry an HTML parser.
import { textFromHtml } from '../text/html.ts';
import { textFromMarkdown } from '../text/markdown.ts';
import { detectWithText } from './detect.ts';
import { htmlFeatures } from './html-features.ts';
import { quickFeaturesFromText } from './text-structure.ts';
import type { DetectionResult, QuickFeatures } from './types.ts';

export interface PageInput {
  features: QuickFeatures;
  /** The page's main text, as the engine's HTML-to-text produces it. */
  text: string;
}

export function readHtml(html: string, url = ''): PageInput {
  const text = textFromHtml(html).text;
  return { features: htmlFeatures(html, url), text };
}

export function detectHtml(html: string, url = ''): DetectionResult {
  const { features, text } = readHtml(html, url);
  return detectWithText(features, text);
}

/** A text document (plain or Markdown), optionally with the URL it came from. Its structure
 *  (title, headings) is read from the Markdown; its words from the text as it would render —
 *  without image data, link targets or emphasis marks, none of which a reader sees. */
export function detectTextDocument(text: string, url = ''): DetectionResult {
  return detectWithText(quickFeaturesFromText(text, url), textFromMarkdown(text).text);
}
