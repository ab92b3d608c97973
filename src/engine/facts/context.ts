// What every extractor reads: the sentences, their text normalised once for the fact patterns,
// their labels as sets, and a memo for values several extractors share (postal addresses).
import { LABELS, type Label } from '../labels.ts';
import type { ClassifiedSentence } from '../types.ts';
import { AnchorIndex, type AnchorLayout } from './anchor-index.ts';
import { mayMatch } from './anchors.ts';
import { allMatches } from './evidence.ts';
import { INDEXED_FACT_RULES, patternsDigest } from './indexed.ts';
import { collapseSpaces } from './spaces.ts';

/** The anchor index compiled at build time, and the patterns it is for (CompiledEngine). */
export interface CompiledFactIndex {
  facts: AnchorLayout;
  factPatterns: string;
}

let compiledIndex: (() => CompiledFactIndex) | undefined;
let anchorIndex: AnchorIndex | undefined;

/**
 * Where the index comes from: analyze.ts names the compiled engine. It is named from there, not
 * imported here, because the popup reads claims too (the question modules word them) and must
 * not load the compiled engine for that; without it, the index is built from the patterns.
 */
export function useCompiledFactIndex(source: () => CompiledFactIndex): void {
  compiledIndex = source;
  anchorIndex = undefined;
}

/** Built on first use, then shared by all policies. */
function getAnchorIndex(): AnchorIndex {
  if (!anchorIndex) {
    const compiled = compiledIndex?.();
    const digest = compiled && patternsDigest(INDEXED_FACT_RULES);
    if (compiled && digest !== compiled.factPatterns) {
      throw new Error(`the compiled anchor index is for other fact patterns (${compiled.factPatterns}, these are ${digest}): rebuild`);
    }
    anchorIndex = new AnchorIndex(INDEXED_FACT_RULES, compiled?.facts);
  }
  return anchorIndex;
}

export interface FactContext {
  readonly sentences: readonly ClassifiedSentence[];
  /** Sentence text as the patterns see it (normalizeForFacts). */
  readonly texts: readonly string[];
  /** Does `pattern` match sentence `index`? Skips the regex when its anchor words are absent.
   *  The same answer as pattern.test(texts[index]) for a pattern without the g or y flag: the
   *  way for a question module to test a sentence against a pattern of src/rules/claims (all
   *  indexed, src/engine/facts/indexed.ts), so that sentences without its words cost one read. */
  test(pattern: RegExp, index: number): boolean;
  /** False only when `pattern` certainly cannot match sentence `index` (its anchor words are
   *  absent); for a pattern with its own anchors: whether the sentence has one of them. */
  may(pattern: RegExp, index: number): boolean;
  /** The sentence's text (texts[index]) in lower case. */
  lower(index: number): string;
  /** The rules of `rules` whose pattern matches sentence `index`, in their order. For a family's
   *  rule list, one lookup per call instead of one per rule (~50,000 test() calls on the seeds). */
  firing<R extends { readonly pattern: RegExp }>(rules: readonly R[], index: number): readonly R[];
  /** Every match of `pattern` in sentence `index`. */
  matches(pattern: RegExp, index: number): RegExpExecArray[];
  hasLabel(index: number, label: Label): boolean;
  /** Normalised text of the sentence's heading, '' when it has none. */
  heading(index: number): string;
  memo<T>(key: string, compute: () => T): T;
}

/** Collapse whitespace (PDF text breaks lines mid-sentence) and straighten curly quotes, so a
 *  pattern written with ' and " matches "driver’s license" and “cookies” alike. */
export function normalizeForFacts(text: string): string {
  const spaced = collapseSpaces(text);
  return CURLY.test(spaced) ? spaced.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"') : spaced;
}

const CURLY = /[\u2018\u2019\u02BC\u201C\u201D]/;

const LABEL_BIT = new Map<Label, number>(LABELS.map((label, i) => [label, 1 << i]));
if (LABELS.length > 31) throw new Error('labelBits holds at most 31 labels');

function labelBit(label: Label): number {
  return LABEL_BIT.get(label) ?? 0;
}

/** A sentence's labels as one bit each: a Set per sentence was ~3% of an analysis' allocations
 *  for at most a dozen labels. */
function labelBits(labels: readonly { label: Label }[]): number {
  let bits = 0;
  for (const { label } of labels) bits |= labelBit(label);
  return bits;
}

const NONE: readonly never[] = Object.freeze([]);

/** The states of Context.mayFlags; AnchorIndex.mark writes MAY (1) and leaves NO (0). */
const NO = 0;
const MAY = 1;
const MATCHES = 2;
const MISSES = 3;

class Context implements FactContext {
  readonly texts: readonly string[];
  private readonly lowers: readonly string[];
  /** The anchor index; none is needed to read no sentences (references.ts reads claims of []). */
  private readonly index: AnchorIndex | undefined;
  private readonly patternCount: number;
  /** Per sentence, one state per indexed pattern: NO (its anchors are absent: AnchorIndex.mark
   *  left it 0), MAY (mark raised it; not run yet), then, once test() or firing() has run it,
   *  MATCHES or MISSES. The modules ask the same pattern of the same sentence again (~18% of
   *  the regex runs on the seeds: collection cues, denials, a firing() then a matches()); a
   *  pattern without the g or y flag answers the same every time, so it runs once. */
  private readonly mayFlags: Uint8Array;
  /** Per sentence, its labels as bits (labelBits). */
  private readonly labels: number[];
  private readonly memos = new Map<string, unknown>();
  /** Per rule list given to firing(): each rule's position in mark()'s flags (-1: not indexed). */
  private static readonly slotsOfList = new WeakMap<readonly { readonly pattern: RegExp }[], Int32Array>();

  constructor(readonly sentences: readonly ClassifiedSentence[]) {
    this.texts = sentences.map((s) => normalizeForFacts(s.text));
    this.lowers = this.texts.map((t) => t.toLowerCase());
    const index = sentences.length > 0 ? getAnchorIndex() : undefined;
    const count = index?.patternCount ?? 0;
    this.index = index;
    this.patternCount = count;
    this.mayFlags = new Uint8Array(sentences.length * count);
    this.lowers.forEach((l, i) => index?.mark(l, this.mayFlags, i * count));
    this.labels = sentences.map((s) => labelBits(s.labels));
  }

  may(pattern: RegExp, i: number): boolean {
    return this.mayAt(this.index?.indexOf(pattern) ?? -1, pattern, i);
  }

  lower(i: number): string {
    return this.lowers[i] ?? '';
  }

  /** may() for a pattern whose flag position (indexOf) is already known. */
  private mayAt(slot: number, pattern: RegExp, i: number): boolean {
    if (slot < 0) return mayMatch(pattern, this.lowers[i] ?? ''); // not indexed: check the slow way
    return this.mayFlags[i * this.patternCount + slot] !== NO;
  }

  test(pattern: RegExp, i: number): boolean {
    const slot = this.index?.indexOf(pattern) ?? -1;
    if (slot < 0) return mayMatch(pattern, this.lowers[i] ?? '') && pattern.test(this.texts[i] ?? '');
    return this.run(slot, pattern, i);
  }

  /** test() of an indexed pattern, at its flag position: runs it at most once per sentence. */
  private run(slot: number, pattern: RegExp, i: number): boolean {
    const k = i * this.patternCount + slot;
    const state = this.mayFlags[k];
    if (state === MAY) {
      const matches = pattern.test(this.texts[i] ?? '');
      this.mayFlags[k] = matches ? MATCHES : MISSES;
      return matches;
    }
    return state === MATCHES;
  }

  firing<R extends { readonly pattern: RegExp }>(rules: readonly R[], i: number): readonly R[] {
    let slots = Context.slotsOfList.get(rules);
    if (!slots) {
      slots = Int32Array.from(rules, (rule) => this.index?.indexOf(rule.pattern) ?? -1);
      Context.slotsOfList.set(rules, slots);
    }
    const text = this.texts[i] ?? '';
    // The flags read inline: most rules of a list are turned away by one array read here.
    const flags = this.mayFlags;
    const base = i * this.patternCount;
    let fired: R[] | undefined;
    for (let k = 0; k < rules.length; k++) {
      const slot = slots[k] ?? -1;
      if (slot >= 0 && (flags[base + slot] === NO || flags[base + slot] === MISSES)) continue;
      const rule = rules[k];
      if (rule === undefined) continue;
      if (slot >= 0 ? this.run(slot, rule.pattern, i) : mayMatch(rule.pattern, this.lowers[i] ?? '') && rule.pattern.test(text)) (fired ??= []).push(rule);
    }
    return fired ?? NONE;
  }

  matches(pattern: RegExp, i: number): RegExpExecArray[] {
    const slot = this.index?.indexOf(pattern) ?? -1;
    // A pattern test() found missing has no match to list.
    if (slot >= 0 && this.mayFlags[i * this.patternCount + slot] === MISSES) return [];
    return this.mayAt(slot, pattern, i) ? allMatches(pattern, this.texts[i] ?? '') : [];
  }

  hasLabel(index: number, label: Label): boolean {
    return ((this.labels[index] ?? 0) & labelBit(label)) !== 0;
  }

  heading(index: number): string {
    const headingIndex = this.sentences[index]?.headingIndex;
    return headingIndex === undefined ? '' : (this.texts[headingIndex] ?? '');
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }
}

export function createFactContext(sentences: readonly ClassifiedSentence[]): FactContext {
  return new Context(sentences);
}
