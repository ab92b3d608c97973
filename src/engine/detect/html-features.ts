// Quick-stage features from an HTML string, for the CLI and the evaluation (the browser reads
// the same things from the live DOM in src/content/detect): the title, h1–h3 texts and the
// canonical link, in one streaming pass with htmlparser2. The main text comes from the
// engine's own HTML-to-text (src/engine/text/html.ts), see from-html.ts.
import { Parser } from 'htmlparser2';
import type { QuickFeatures } from './types.ts';

const HEADING = /^h[1-3]$/;
/** Headings inside these are not text a reader sees. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

function absolute(href: string, base: string): string | undefined {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return undefined;
  }
}

export function htmlFeatures(html: string, url = ''): QuickFeatures {
  const headings: string[] = [];
  let title = '';
  let canonicalUrl: string | undefined;
  let inTitle = false;
  let skipDepth = 0;
  let heading: string[] | null = null;
  let headingDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'link' && canonicalUrl === undefined && /(^|\s)canonical(\s|$)/i.test(attrs['rel'] ?? '') && attrs['href']) {
          canonicalUrl = absolute(attrs['href'], url);
        }
        if (SKIP.has(name)) skipDepth++;
        if (HEADING.test(name)) {
          if (headingDepth === 0) heading = [];
          headingDepth++;
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skipDepth === 0) heading?.push(data);
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
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const features: QuickFeatures = { url, title: title.replace(/\s+/g, ' ').trim(), headings };
  if (canonicalUrl !== undefined) features.canonicalUrl = canonicalUrl;
  return features;
}
