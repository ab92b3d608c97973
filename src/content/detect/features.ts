// Reads the quick-stage features from the live DOM. Only cheap reads: the title, h1–h3 text
// via textContent (no layout), and the canonical link. Never innerText here.
import type { QuickFeatures } from '../../engine/detect/index.ts';

/** Policies name their sections early; reading more headings only costs time on long pages. */
const MAX_HEADINGS = 60;

export function quickFeaturesFromDom(doc: Document, url: string): QuickFeatures {
  const headings: string[] = [];
  const nodes = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < nodes.length && headings.length < MAX_HEADINGS; i++) {
    const text = (nodes[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0) headings.push(text);
  }
  const features: QuickFeatures = { url, title: doc.title, headings };
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  if (canonical?.href) features.canonicalUrl = canonical.href;
  return features;
}
