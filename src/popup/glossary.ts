// Words a policy (or our summary of it) uses that not everyone knows, each with one plain line.
// A row that mentions one says what it means right there, instead of leaving "CPNI" or "web
// beacons" for the person to look up. Data: add a term here and its line in messages.json.
import type { MessageKey } from '../shared/i18n.ts';

export interface Term {
  id: string;
  /** Matches the term in a summary line or a policy sentence. */
  match: RegExp;
  /** The term as shown, and what it means. */
  term: MessageKey;
  explain: MessageKey;
}

export const GLOSSARY: readonly Term[] = [
  { id: 'cpni', match: /\bCPNI\b|customer proprietary network information/i, term: 'termCpni', explain: 'termCpniExplain' },
  { id: 'beacons', match: /\bweb beacons?\b|\bpixel(?: tag)?s?\b|\bclear gifs?\b/i, term: 'termBeacons', explain: 'termBeaconsExplain' },
  { id: 'dnt', match: /\bdo not track\b|\bDNT\b/i, term: 'termDnt', explain: 'termDntExplain' },
  { id: 'gpc', match: /\bglobal privacy control\b|\bGPC\b|browser'?s? privacy signals?/i, term: 'termGpc', explain: 'termGpcExplain' },
  { id: 'data-brokers', match: /\bdata brokers?\b/i, term: 'termBrokers', explain: 'termBrokersExplain' },
  { id: 'affiliates', match: /\baffiliates?\b|companies in its group/i, term: 'termAffiliates', explain: 'termAffiliatesExplain' },
  { id: 'de-identified', match: /\bde-?identified\b|\baggregated?\b|\banonymi[sz]ed\b/i, term: 'termDeidentified', explain: 'termDeidentifiedExplain' },
  { id: 'e2e', match: /\bend[- ]to[- ]end\b/i, term: 'termE2e', explain: 'termE2eExplain' },
  { id: 'sale-sharing', match: /"sharing"|\bsale or "?sharing/i, term: 'termSaleSharing', explain: 'termSaleSharingExplain' },
];

/** The terms that occur in any of the texts, each once, in glossary order. */
export function termsIn(texts: readonly string[]): Term[] {
  return GLOSSARY.filter((term) => texts.some((text) => term.match.test(text)));
}
