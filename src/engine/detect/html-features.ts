// Quick-stage features and main text from an HTML string, for the CLI and the evaluation (the
// browser reads the same things from the live DOM in src/content/detect). One streaming pass
// with htmlparser2; no DOM is built.
import { Parser } from 'htmlparser2';
import type { QuickFeatures } from './types.ts';

export interface HtmlFeatures extends QuickFeatures {
  /** Visible text, one line per block element. */
  text: string;
}

/** Content never shown as text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
/** Elements that end a line of text. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'section', 'article', 'main',
  'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'hr', 'form', 'title',
]);
const HEADING = /^h[1-3]$/;

function absolute(href: string, base: string): string | undefined {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return undefined;
  }
}

export function htmlFeatures(html: string, url = ''): HtmlFeatures {
  const parts: string[] = [];
  const headings: string[] = [];
  let title = '';
  let canonicalUrl: string | undefined;
  let skipDepth = 0;
  let inTitle = false;
  let heading: string[] | null = null;
  let headingDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'link' && /(^|\s)canonical(\s|$)/i.test(attrs['rel'] ?? '') && attrs['href']) {
          canonicalUrl = absolute(attrs['href'], url);
        }
        if (SKIP.has(name)) skipDepth++;
        if (HEADING.test(name)) {
          if (headingDepth === 0) heading = [];
          headingDepth++;
        }
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(data) {
        if (inTitle) title += data;
        if (skipDepth > 0) return;
        parts.push(data);
        heading?.push(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name) && skipDepth > 0) skipDepth--;
        if (HEADING.test(name) && headingDepth > 0) {
          headingDepth--;
          if (headingDepth === 0 && heading) {
            const h = heading.join('').replace(/\s+/g, ' ').trim();
            if (h.length > 0) headings.push(h);
            heading = null;
          }
        }
        if (BLOCK.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
  const features: HtmlFeatures = { url, title: title.replace(/\s+/g, ' ').trim(), headings, text };
  if (canonicalUrl !== undefined) features.canonicalUrl = canonicalUrl;
  return features;
}
