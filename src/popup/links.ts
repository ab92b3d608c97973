// Policy links found on a page, as the not-a-policy view offers them: tracking parameters
// removed (utm_*, fbclid, gclid… identify the click to the site, not the page), and each page
// once (the same policy linked from the header and the footer, or with #section, is one link).
import type { PolicyLink } from '../shared/protocol.ts';
import { isOpenableUrl } from './safe-url.ts';

/** Query parameters that only track who clicked where. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|ref_src|s_cid|icid|spm|scid)$/i;

/** The URL without tracking parameters (and without an empty "?" left behind). */
export function withoutTracking(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  for (const name of [...url.searchParams.keys()]) if (TRACKING.test(name)) url.searchParams.delete(name);
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.href;
}

/** The page a link opens: no fragment, no trailing slash difference, host in lower case. */
function pageOf(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** Openable links only (http/https), cleaned, one per page, in the order found (best first). */
export function cleanPolicyLinks(links: readonly PolicyLink[]): PolicyLink[] {
  const seen = new Map<string, PolicyLink>();
  for (const link of links) {
    if (!isOpenableUrl(link.href)) continue;
    const href = withoutTracking(link.href);
    const key = pageOf(href);
    const known = seen.get(key);
    const text = link.text.replace(/\s+/g, ' ').trim();
    if (!known) seen.set(key, { href, text });
    // The same page linked twice: keep the first place, and a name if only the later one had text.
    else if (known.text === '' && text !== '') known.text = text;
  }
  return [...seen.values()];
}
