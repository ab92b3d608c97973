// Reads the quick-stage features from the live DOM. Only cheap reads: the title, h1–h3 text
// via textContent (no layout), and the canonical link. Never innerText here.
import type { QuickFeatures } from '../../engine/detect/index.ts';

/** Policies name their sections early; reading more headings only costs time on long pages. */
const MAX_HEADINGS = 60;
/** Some sites wrap whole sections in a heading element; a name is never this long. */
const MAX_HEADING_CHARS = 200;

export function quickFeaturesFromDom(doc: Document, url: string): QuickFeatures {
  const headings: string[] = [];
  const nodes = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < nodes.length && headings.length < MAX_HEADINGS; i++) {
    // Raw text, trimmed: the engine's patterns take any run of whitespace for a space, and
    // skipping normalisation here keeps the first call on a page cheap.
    const text = (nodes[i]?.textContent ?? '').trim();
    if (text.length > 0) headings.push(text.length > MAX_HEADING_CHARS ? text.slice(0, MAX_HEADING_CHARS) : text);
  }
  const features: QuickFeatures = { url, title: doc.title, headings };
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  if (canonical?.href) features.canonicalUrl = canonical.href;
  return features;
}
