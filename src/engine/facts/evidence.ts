// Small helpers to gather evidence and every match of a pattern.
import type { Evidenced } from './types.ts';

export function emptyEvidence(): Evidenced {
  return { evidence: [], ruleIds: [] };
}

/** Record that sentence `index` supports `target`, found by rule `ruleId` (kept sorted, unique). */
export function cite(target: Evidenced, index: number, ruleId: string): void {
  insertSorted(target.evidence, index);
  if (!target.ruleIds.includes(ruleId)) target.ruleIds.push(ruleId);
}

/** Merge `source`'s evidence and rule ids into `target`. */
export function citeAll(target: Evidenced, source: Evidenced): void {
  for (const index of source.evidence) insertSorted(target.evidence, index);
  for (const ruleId of source.ruleIds) if (!target.ruleIds.includes(ruleId)) target.ruleIds.push(ruleId);
}

/** Sentences are cited in reading order, so nearly every insert is an append: that case costs
 *  O(1), any other a binary search. (A scan with includes/findIndex made 8 MB of short lines,
 *  each citing one contact fact, quadratic: 36-70 s.) */
export function insertSorted(list: number[], value: number): void {
  const last = list[list.length - 1];
  if (last === undefined || value > last) {
    list.push(value);
    return;
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** Every match of a (stateless, non-global) rule pattern in `text`. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalCopies.set(pattern, global);
  }
  global.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    found.push(m);
    if (m[0] === '') global.lastIndex++;
  }
  return found;
}

/** A keyed list of facts in first-seen order, each created on first use. */
export class FactList<K, F extends Evidenced> {
  private readonly byKey = new Map<K, F>();
  constructor(private readonly create: (key: K) => F) {}

  get(key: K): F {
    let fact = this.byKey.get(key);
    if (!fact) {
      fact = this.create(key);
      this.byKey.set(key, fact);
    }
    return fact;
  }

  has(key: K): boolean {
    return this.byKey.has(key);
  }

  values(): F[] {
    return [...this.byKey.values()];
  }
}
