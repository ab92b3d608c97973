// Links on this page to the site's privacy policy, best first (ranking in the engine).
import { MAX_POLICY_LINKS, rankPolicyLinks, type LinkCandidate } from '../../engine/detect/index.ts';
import type { PolicyLink } from '../../shared/protocol.ts';

/**
 * A cheap first filter, so pages with thousands of links only rank the few that could be a
 * policy link: the text or the URL has to mention privacy in one of the languages we detect.
 */
const MAY_BE_POLICY_LINK = /privacy|privacidad|privacidade|privacybeleid|datenschutz|confidentialit|donn[ée]es[ -]personnelles|vie[ -]priv[ée]e|data[ -]?protection|personal[ -]?data|gdpr/i;

export function findPolicyLinks(doc: Document): PolicyLink[] {
  const candidates: LinkCandidate[] = [];
  for (const el of doc.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], area[href], link[rel~="privacy-policy" i][href]')) {
    // SVG <a> elements match a[href] too, with a non-string href: skip them.
    const href: unknown = el.href;
    if (typeof href !== 'string') continue;
    const rel = el.getAttribute('rel') ?? '';
    const text = el instanceof HTMLLinkElement ? '' : (el.textContent ?? '');
    const label = text.trim() || el.getAttribute('aria-label') || el.getAttribute('title') || '';
    if (!/privacy-policy/i.test(rel) && !MAY_BE_POLICY_LINK.test(label) && !MAY_BE_POLICY_LINK.test(href)) continue;
    candidates.push(rel ? { href, text: label, rel } : { href, text: label });
  }
  return rankPolicyLinks(candidates, MAX_POLICY_LINKS);
}
