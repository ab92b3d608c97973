// How textFromHtml treats each element. Tag names are lower case (htmlparser2 lowercases them).

/** Never policy text: code, chrome around the policy, controls. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'footer', 'header', 'aside', 'form',
  'button', 'select', 'textarea', 'head', 'title', 'iframe', 'object', 'canvas', 'dialog',
]);

/** Elements that end the text before them and start a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'legend', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** Hidden by attribute: `hidden`, `aria-hidden="true"`, or an inline style that hides it. */
export function isHidden(attribs: Readonly<Record<string, string>>): boolean {
  if (attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs['style'];
  return style !== undefined && HIDING_STYLE.test(style);
}
