// Which links on a page lead to the site's privacy policy, best first. Pure: the browser side
// (src/content/detect) collects the candidates from the DOM, with absolute hrefs.
import { findMatches, lower } from './match.ts';
import { signalsFor } from './patterns.ts';
import { nameEvidence, urlPathEvidence } from './quick.ts';

export interface LinkCandidate {
  /** Absolute URL. */
  href: string;
  text: string;
  /** The link's rel attribute, if any ("privacy-policy" is a registered link relation). */
  rel?: string;
}

/** Structurally identical to PolicyLink in src/shared/protocol.ts. */
export interface PolicyLink {
  href: string;
  text: string;
}

export const MAX_POLICY_LINKS = 5;

/** A link must reach this score: its text (or rel) has to speak for privacy, or its URL has to. */
const MIN_LINK_SCORE = 2;
/** Weight of rel="privacy-policy": the site says outright where its policy is. */
const REL_PRIVACY_POLICY = 6;

function linkScore(c: LinkCandidate): number {
  let score = 0;
  if (c.rel && /(^|\s)privacy-policy(\s|$)/i.test(c.rel)) score += REL_PRIVACY_POLICY;
  for (const e of nameEvidence(c.text)) score += e.weight;
  score += urlPathEvidence(c.href)?.weight ?? 0;
  const text = lower(c.text);
  for (const { rule, regex } of signalsFor('link-text')) if (findMatches(regex, text).length > 0) score += rule.weight;
  return score;
}

function withoutHash(href: string): string | null {
  try {
    const u = new URL(href);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export function rankPolicyLinks(candidates: readonly LinkCandidate[], max = MAX_POLICY_LINKS): PolicyLink[] {
  const best = new Map<string, { link: PolicyLink; score: number; order: number }>();
  candidates.forEach((c, order) => {
    const href = withoutHash(c.href);
    if (href === null) return;
    const text = c.text.replace(/\s+/g, ' ').trim();
    const score = linkScore({ ...c, text });
    if (score < MIN_LINK_SCORE) return;
    const seen = best.get(href);
    // The same target twice (a <link rel> and an <a>, or "Privacy" and "Privacy Policy"): keep
    // the better-scoring one, and on a tie the one with a text to show.
    const better = !seen || score > seen.score || (score === seen.score && seen.link.text === '' && text !== '');
    if (better) best.set(href, { link: { href, text }, score, order: seen?.order ?? order });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((entry) => entry.link);
}
