// The fact patterns the anchor index covers: every rule of the fact and claim registries, in
// their order, then every other pattern the claim rule files export (the words and cues the
// question modules test sentences against: ADS_WORD, TRACKING_WORD, ...). Generic over the
// registries and the files' exports, so a rule or pattern added to either is indexed (and
// compiled at build time, src/engine/compiled) without being named here. Patterns outside them
// still work: FactContext checks those the slow way.
import * as adsPatterns from '../../rules/claims/ads.ts';
import * as changesPatterns from '../../rules/claims/changes.ts';
import * as childrenPatterns from '../../rules/claims/children.ts';
import * as choicesPatterns from '../../rules/claims/choices.ts';
import * as clauseCuePatterns from '../../rules/claims/clause-cues.ts';
import * as collectPatterns from '../../rules/claims/collect/index.ts';
import * as contactPatterns from '../../rules/claims/contact.ts';
import * as datePatterns from '../../rules/claims/date.ts';
import { CLAIM_RULES } from '../../rules/claims/index.ts';
import * as itemLists from '../../rules/claims/items.ts';
import * as minimisePatterns from '../../rules/claims/minimise.ts';
import * as retentionPatterns from '../../rules/claims/retention.ts';
import * as rightsPatterns from '../../rules/claims/rights.ts';
import * as securityPatterns from '../../rules/claims/security.ts';
import * as sellPatterns from '../../rules/claims/sell.ts';
import * as sharePatterns from '../../rules/claims/share/index.ts';
import * as signalsPatterns from '../../rules/claims/signals.ts';
import * as trackingPatterns from '../../rules/claims/tracking.ts';
import * as transfersPatterns from '../../rules/claims/transfers.ts';
import { FACT_RULES } from '../../rules/facts/index.ts';
import type { AnchoredPattern } from './anchor-index.ts';

/** Every file of src/rules/claims but index.ts, and every folder of them by its index.ts (its
 *  group files are read through it, once), by name (a test checks none is missing). */
export const CLAIM_PATTERN_FILES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ads: adsPatterns, changes: changesPatterns, children: childrenPatterns, choices: choicesPatterns, 'clause-cues': clauseCuePatterns,
  collect: collectPatterns, contact: contactPatterns, date: datePatterns, items: itemLists, minimise: minimisePatterns, retention: retentionPatterns,
  rights: rightsPatterns, security: securityPatterns, sell: sellPatterns, share: sharePatterns, signals: signalsPatterns,
  tracking: trackingPatterns, transfers: transfersPatterns,
};

/** The patterns in an exported value: a RegExp, a rule's pattern (with its own anchors), or
 *  those in an array or a plain record of them. A global or sticky pattern is left out: test()
 *  moves its lastIndex, so skipping a run would change what the next run sees. */
function patternsIn(value: unknown, out: AnchoredPattern[], depth = 0): void {
  if (value instanceof RegExp) {
    if (!value.global && !value.sticky) out.push({ pattern: value });
  } else if (Array.isArray(value)) {
    if (depth < 3) for (const v of value) patternsIn(v, out, depth + 1);
  } else if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && depth < 3) {
    const record = value as Record<string, unknown>;
    const { pattern, anchors } = record;
    if (pattern instanceof RegExp) {
      if (!pattern.global && !pattern.sticky) out.push({ pattern, anchors: Array.isArray(anchors) ? (anchors as string[]) : undefined });
      return;
    }
    for (const v of Object.values(record)) patternsIn(v, out, depth + 1);
  }
}

/** The claim files' exported patterns, by file, then by export name (sorted here: a bundler's
 *  namespace object may list them in another order than a native one, and the compiled index
 *  is for the patterns in one order). Those without anchors are kept: the index flags them on
 *  every sentence, a few writes each; telling them apart here would read every pattern's
 *  anchors at startup, the work the compiled index exists to save a cold worker. */
export function exportedClaimPatterns(): AnchoredPattern[] {
  return exportedPatterns(CLAIM_PATTERN_FILES);
}

/** The anchored patterns exported by `files` (module namespaces), as exportedClaimPatterns. */
export function exportedPatterns(files: Readonly<Record<string, Readonly<Record<string, unknown>>>>): AnchoredPattern[] {
  const out: AnchoredPattern[] = [];
  for (const exports of Object.values(files)) for (const name of Object.keys(exports).sort()) patternsIn(exports[name], out);
  return out;
}

export const INDEXED_FACT_RULES: readonly AnchoredPattern[] = [...FACT_RULES, ...CLAIM_RULES.map((r) => r.rule), ...exportedClaimPatterns()];

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
