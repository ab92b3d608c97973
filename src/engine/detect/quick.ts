// Stage (a): decide from the URL, the title and the headings alone, without reading the body.
// Most ordinary pages carry no privacy cue at all and are settled here; pages that name
// themselves a privacy policy (or another legal document) are settled here too. Everything
// else is 'maybe' and goes on to scoreText.
import { findMatches, lower } from './match.ts';
import { quickModel } from './model.ts';
import type { SignalPattern } from './pattern-table.ts';
import { signalsFor, type CompiledSignal } from './patterns.ts';
import { PRIVACY_CUE } from '../../rules/detect/signals/cues.ts';
import type { Evidence, QuickFeatures, QuickScore, QuickVerdict } from './types.ts';

interface Hit {
  rule: SignalPattern;
  start: number;
  end: number;
}

/** How many headings are read: policies name their sections early, and long pages stay cheap. */
const MAX_HEADINGS = 60;

function hitsIn(raw: string, signals: readonly CompiledSignal[]): Hit[] {
  const hits: Hit[] = [];
  if (raw.length === 0) return hits;
  const text = lower(raw);
  for (const { rule, regex } of signals) {
    for (const m of findMatches(regex, text)) hits.push({ rule, start: m.start, end: m.end });
  }
  return longestFirst(hits);
}

/** Where hits overlap, the longer one wins: "privacy and cookies policy" is not a cookie policy. */
function longestFirst(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept;
}

/** The strongest policy hit and the strongest other hit, each counted once. */
function strongestEach(hits: readonly Hit[]): Evidence[] {
  const out: Evidence[] = [];
  for (const side of ['policy', 'other'] as const) {
    const best = hits
      .filter((h) => h.rule.speaksFor === side)
      .sort((a, b) => Math.abs(b.rule.weight) - Math.abs(a.rule.weight))[0];
    if (best) out.push({ id: best.rule.id, weight: best.rule.weight });
  }
  return out;
}

function parseUrl(raw: string): { host: string; path: string } | null {
  try {
    const u = new URL(raw);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape: read the path as it is.
    }
    return { host: u.hostname, path };
  } catch {
    return null;
  }
}

/** What a name (a title, a heading, a link's text) says the document is. */
export function nameEvidence(name: string): Evidence[] {
  return strongestEach(hitsIn(name, signalsFor('name')));
}

/** What the rightmost legal-looking piece of a URL path says the page is, if anything. */
export function urlPathEvidence(url: string): Evidence | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  const rightmost = hitsIn(parsed.path, signalsFor('url-path')).sort((a, b) => b.end - a.end)[0];
  return rightmost ? { id: rightmost.rule.id, weight: rightmost.rule.weight } : null;
}

function urlEvidence(features: QuickFeatures): Evidence[] {
  // The canonical URL is the page's own statement of what it is; the address bar may carry
  // tracking paths or a redirect. Use it when it says anything, else the URL.
  const candidates = [features.canonicalUrl, features.url].filter((u): u is string => typeof u === 'string' && u.length > 0);
  let hostHit: Evidence | null = null;
  for (const raw of candidates) {
    const parsed = parseUrl(raw);
    if (!parsed) continue;
    const hostSignals = signalsFor('url-host');
    if (!hostHit && hitsIn(parsed.host, hostSignals)[0]) {
      const rule = hostSignals[0]?.rule;
      if (rule) hostHit = { id: rule.id, weight: rule.weight };
    }
    const own = urlPathEvidence(raw);
    if (own) return hostHit ? [own, hostHit] : [own];
  }
  return hostHit ? [hostHit] : [];
}

function headingEvidence(headings: readonly string[]): Evidence[] {
  const totals = new Map<string, number>();
  for (const heading of headings.slice(0, MAX_HEADINGS)) {
    for (const e of strongestEach(hitsIn(heading, signalsFor('heading')))) totals.set(e.id, (totals.get(e.id) ?? 0) + e.weight);
  }
  const out: Evidence[] = [];
  for (const [id, weight] of totals) {
    out.push({ id, weight: Math.max(-quickModel.headingCap, Math.min(quickModel.headingCap, weight)) });
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Is there any privacy word in the title, the headings or the URL? One RegExp test. */
export function hasPrivacyCue(features: QuickFeatures): boolean {
  const parts = [features.title, ...features.headings.slice(0, MAX_HEADINGS), safeDecode(features.url), safeDecode(features.canonicalUrl ?? '')];
  return PRIVACY_CUE.test(lower(parts.join('\n')));
}

export function hasName(features: QuickFeatures): boolean {
  return features.title.trim().length > 0 || features.headings.length > 0;
}

export function quickScore(features: QuickFeatures): QuickScore {
  const name = [features.title, features.headings[0] ?? ''].join('\n');
  const nameHits = nameEvidence(name);
  const evidence = [...nameHits, ...urlEvidence(features), ...headingEvidence(features.headings)];
  const logit = evidence.reduce((sum, e) => sum + e.weight, 0);
  const namedPolicy = nameHits.some((e) => e.id === 'name.privacy-policy');
  const privacyCue = hasPrivacyCue(features);

  let verdict: QuickVerdict;
  if (!privacyCue && hasName(features)) verdict = 'not-policy';
  else if (namedPolicy && logit >= quickModel.policyAt) verdict = 'policy';
  else if (logit <= quickModel.notPolicyAt) verdict = 'not-policy';
  else verdict = 'maybe';
  return { verdict, logit, evidence, privacyCue };
}

export function quickSignals(features: QuickFeatures): QuickVerdict {
  return quickScore(features).verdict;
}
