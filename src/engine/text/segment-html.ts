// HTML (a saved page, the CLI's .html input, a dropped file) into the engine: kept apart from
// segment.ts so that what only reads text (the background worker) does not carry the HTML parser.
import { textFromHtml } from './html.ts';
import { segment, type Segmentation } from './segment.ts';

/** HTML → the text the engine analyses (blocks joined by blank lines), its blocks and sentences. */
export function segmentHtml(html: string): Segmentation {
  return segment(textFromHtml(html));
}
