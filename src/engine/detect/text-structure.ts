// Quick-stage features for input that is text rather than a page: headings from Markdown (the
// form Open Terms Archive stores documents in), and for plain text the first short line, which
// is where a document states its title. A text document is then read with the same signals as
// a page.
import type { QuickFeatures } from './types.ts';

const ATX = /^ {0,3}(#{1,3})\s+(.+?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
/** A line that is bold and nothing else ("**Privacy Policy**") is how many documents title. */
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$/;
const MAX_HEADING_CHARS = 150;
/** A title is short and is not a URL; it is looked for among the first few lines only. */
const MAX_TITLE_CHARS = 100;
const TITLE_SEARCH_LINES = 3;

/** "[Title](#anchor)" -> "Title", emphasis markers and escapes removed. */
export function plainHeading(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownHeadings(text: string, max = 80): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < max; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    let heading: string | undefined;
    const atx = ATX.exec(line);
    if (atx) heading = atx[2];
    else if (line.trim().length > 0 && SETEXT_UNDERLINE.test(next) && !/^\s*[-*]/.test(line)) heading = line;
    else heading = BOLD_LINE.exec(line)?.[1];
    if (heading === undefined) continue;
    const plain = plainHeading(heading);
    if (plain.length > 0 && plain.length <= MAX_HEADING_CHARS) out.push(plain);
  }
  return out;
}

/** The first short, non-URL line among the first few non-empty lines, or ''. */
export function firstLineTitle(text: string): string {
  let seen = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line.length === 0) continue;
    if (++seen > TITLE_SEARCH_LINES) break;
    if (line.length <= MAX_TITLE_CHARS && !/^(https?:\/\/|www\.)/i.test(line)) return plainHeading(line);
  }
  return '';
}

export function quickFeaturesFromText(text: string, url = ''): QuickFeatures {
  const headings = markdownHeadings(text);
  return { url, title: headings.length > 0 ? '' : firstLineTitle(text), headings };
}

/** An HTML page with neither <title> nor h1–h3 is named by its first line of text. */
export function nameFromTextIfUntitled(features: QuickFeatures, text: string): QuickFeatures {
  if (features.title.trim().length > 0 || features.headings.length > 0) return features;
  return { ...features, title: firstLineTitle(text) };
}
