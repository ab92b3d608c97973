// The fact patterns the anchor index covers: every rule of the fact and claim registries, in
// their order. Generic over the registries, so a rule added to either is indexed (and compiled at
// build time, src/engine/compiled) without being named here. Patterns outside them still work:
// FactContext checks those the slow way.
import { CLAIM_RULES } from '../../rules/claims/index.ts';
import { FACT_RULES } from '../../rules/facts/index.ts';
import type { AnchoredPattern } from './anchor-index.ts';

export const INDEXED_FACT_RULES: readonly AnchoredPattern[] = [...FACT_RULES, ...CLAIM_RULES.map((r) => r.rule)];

/** A short digest of the patterns, in order: the compiled anchor index is only valid for these. */
export function patternsDigest(rules: readonly AnchoredPattern[]): string {
  let hash = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  };
  for (const { pattern, anchors } of rules) {
    mix(pattern.source);
    mix(pattern.flags);
    mix(anchors?.join('\u0000') ?? '');
  }
  return `${rules.length}:${(hash >>> 0).toString(16)}`;
}
