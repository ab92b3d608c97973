// Links on this page to the site's privacy policy, best first (ranking in the engine).
import { MAX_POLICY_LINKS, rankPolicyLinks, type LinkCandidate } from '../../engine/detect/index.ts';
import type { PolicyLink } from '../../shared/protocol.ts';

/**
 * A cheap first filter, so pages with thousands of links only rank the few that could be a
 * policy link: the text or the URL has to mention privacy in one of the languages we detect.
 */
const MAY_BE_POLICY_LINK = /privacy|privacidad|privacidade|privacybeleid|datenschutz|confidentialit|donn[ée]es[ -]personnelles|vie[ -]priv[ée]e|data[ -]?protection|personal[ -]?data|gdpr/i;

/**
 * An href attribute whose resolved URL (`el.href`) may mention privacy where the attribute does
 * not. Resolving is most of what the filter costs on a page of links (the `href` getter), so it is
 * skipped when the answer is known from the attribute: resolving only prefixes part of the base
 * URL, and joins with '/', '?' or '#', which no word of MAY_BE_POLICY_LINK contains; what else it
 * changes (tabs and newlines dropped, a host's %-escapes and non-ASCII letters mapped, spaces
 * escaped) is ruled out by asking the getter for any attribute outside printable ASCII or with '%'.
 */
const RESOLVING_MAY_CHANGE = /[^\x21-\x7e]|%/;

/** Every link the ranking should see: its text or URL may name a policy, or its rel does. */
export function policyLinkCandidates(doc: Document): LinkCandidate[] {
  const candidates: LinkCandidate[] = [];
  // A base URL that mentions privacy may put the word in any resolved link.
  const resolveAll = MAY_BE_POLICY_LINK.test(doc.baseURI);
  for (const el of doc.querySelectorAll<Element>('a[href], area[href], link[rel~="privacy-policy" i][href]')) {
    // SVG <a> elements match a[href] too, with a non-string href: skip them.
    if (!(el instanceof HTMLAnchorElement || el instanceof HTMLAreaElement || el instanceof HTMLLinkElement)) continue;
    const rel = el.getAttribute('rel') ?? '';
    const text = el instanceof HTMLLinkElement ? '' : (el.textContent ?? '');
    const label = text.trim() || el.getAttribute('aria-label') || el.getAttribute('title') || '';
    if (!/privacy-policy/i.test(rel) && !MAY_BE_POLICY_LINK.test(label)) {
      const raw = el.getAttribute('href') ?? '';
      if (!resolveAll && !RESOLVING_MAY_CHANGE.test(raw) && !MAY_BE_POLICY_LINK.test(raw)) continue;
      if (!MAY_BE_POLICY_LINK.test(el.href)) continue;
    }
    const { href } = el;
    candidates.push(rel ? { href, text: label, rel } : { href, text: label });
  }
  return candidates;
}

export function findPolicyLinks(doc: Document): PolicyLink[] {
  return rankPolicyLinks(policyLinkCandidates(doc), MAX_POLICY_LINKS);
}
