// An analysis cut down to the sentences it cites: what PolicyLens ships for the built-in
// reference policies (someone else's text, under their licence: our reading and the evidence
// for it, never the whole text). The sentences kept are renumbered and every evidence list in
// the claims, summary, rating and policy date follows, so the result reads like any analysis.
import type { Analysis, ClassifiedSentence } from '../engine/types.ts';

type Remap = (index: number) => number | undefined;

/** Every `evidence` list under `value`, rewritten by `remap` (indexes it drops are left out). */
function remapEvidence<T>(value: T, remap: Remap): T {
  if (Array.isArray(value)) return value.map((v: unknown) => remapEvidence(v, remap)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'evidence' && Array.isArray(v)
      ? v.flatMap((i: unknown) => {
        const j = typeof i === 'number' ? remap(i) : undefined;
        return j === undefined ? [] : [j];
      })
      : remapEvidence(v, remap);
  }
  return out as T;
}

/** Each evidence list passed through `cut` (lists only: indexes are not renumbered). */
function capEvidence(analysis: Analysis, cut: (list: number[]) => number[]): Analysis {
  const cap = <T>(value: T): T => {
    if (Array.isArray(value)) return value.map(cap) as T;
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'evidence' && Array.isArray(v) ? cut(v as number[]) : cap(v)])) as T;
  };
  return { ...analysis, claims: cap(analysis.claims), summary: cap(analysis.summary), rating: cap(analysis.rating), policyDate: cap(analysis.policyDate) };
}

/** The sentence indexes anything in the analysis cites, ascending. */
export function citedSentences(analysis: Pick<Analysis, 'claims' | 'summary' | 'rating' | 'policyDate'>): number[] {
  const cited = new Set<number>();
  remapEvidence({ claims: analysis.claims, summary: analysis.summary, rating: analysis.rating, policyDate: analysis.policyDate }, (i) => {
    cited.add(i);
    return i;
  });
  return [...cited].sort((a, b) => a - b);
}

export interface EvidenceOnlyOptions {
  /** Sentences kept per evidence list, deciding first (default: all). */
  maxPerList?: number;
  /** Keep each sentence's labels and rule ids (default: true; the comparison needs only the text). */
  labels?: boolean;
}

export function evidenceOnly(full: Analysis, { maxPerList = Infinity, labels = true }: EvidenceOnlyOptions = {}): Analysis {
  // Shorten every list first (each keeps its deciding sentences), then keep what is still cited.
  const firsts = (list: number[]): number[] => list.slice(0, maxPerList);
  const analysis = Number.isFinite(maxPerList) ? capEvidence(full, firsts) : full;
  const kept = citedSentences(analysis).filter((i) => analysis.sentences[i] !== undefined);
  const position = new Map(kept.map((old, i) => [old, i]));
  const remap: Remap = (i) => position.get(i);
  const sentences = kept.map((old, i): ClassifiedSentence => {
    const { headingIndex, ...sentence } = analysis.sentences[old] as ClassifiedSentence;
    const heading = headingIndex === undefined ? undefined : position.get(headingIndex);
    return { ...sentence, index: i, ...(labels ? {} : { labels: [] }), ...(heading === undefined ? {} : { headingIndex: heading }) };
  });
  return {
    ...analysis,
    sentences,
    claims: remapEvidence(analysis.claims, remap),
    summary: remapEvidence(analysis.summary, remap),
    rating: remapEvidence(analysis.rating, remap),
    policyDate: remapEvidence(analysis.policyDate, remap),
  };
}
