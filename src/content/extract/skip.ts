// Which elements hold no policy text: page chrome, controls, hidden content, cookie banners.

/** Chrome and non-text elements. Header/footer/nav inside an article are still chrome. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON',
  'SELECT', 'TEXTAREA', 'OPTION', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'DIALOG',
]);

/**
 * Consent-management banners sit inside <main> on some sites. Bare 'cookie' is not enough: the
 * policy's own cookie section is often `id="cookies"`, so the word must come with a banner
 * word, or be a known CMP's container id.
 */
const COOKIE_BANNER = /(cookie|consent|gdpr)[-_ ]?(banner|bar|notice|popup|pop-up|modal|dialog|overlay|wall|law|box|consent|prompt)|onetrust|cookiebot|didomi|usercentrics|truste-|qc-cmp|cmp-container|osano-cm|termly-styles/i;

export function isCookieBanner(el: Element): boolean {
  const id = el.id;
  const cls = el.getAttribute('class') ?? '';
  return (id !== '' && COOKIE_BANNER.test(id)) || (cls !== '' && COOKIE_BANNER.test(cls));
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // checkVisibility (Chrome 105, Firefox 106) needs style but no layout. It also says false for
  // display:contents (no box of its own) and for closed <details>, whose text is still policy text.
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
  if (el.closest('details:not([open])')) return false;
  return getComputedStyle(el).display !== 'contents';
}

/** A <header> inside the policy that holds its h1 is the policy's title block (title, "last
 *  updated" date), not the site's masthead, which sits outside <main>/<article>. */
function isTitleBlock(el: Element): boolean {
  return el.tagName === 'HEADER' && el.querySelector('h1') !== null;
}

export function isSkipped(el: Element): boolean {
  return (SKIPPED_TAGS.has(el.tagName.toUpperCase()) && !isTitleBlock(el)) || isHidden(el) || isCookieBanner(el);
}
