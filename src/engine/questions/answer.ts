// Building answers: evidence kept unique in the order it was cited (the deciding sentence is
// cited first), rule ids unique, details merged by text. A Set beside each list keeps
// citing linear however many sentences a policy has.
import type { Answer, Detail } from './types.ts';

export class AnswerBuilder<V extends string> {
  value: V;
  private readonly evidence: number[] = [];
  private readonly seen = new Set<number>();
  private readonly ruleIds: string[] = [];
  private readonly details: Detail[] = [];
  private readonly detailIndex = new Map<string, Detail>();
  /** Each detail's evidence as a set: a detail cited by every line of a long page stays linear. */
  private readonly detailSeen = new Map<Detail, Set<number>>();

  constructor(value: V) {
    this.value = value;
  }

  get cited(): readonly number[] {
    return this.evidence;
  }

  get hasEvidence(): boolean {
    return this.evidence.length > 0;
  }

  cite(sentence: number, ruleId?: string): this {
    if (!this.seen.has(sentence)) {
      this.seen.add(sentence);
      this.evidence.push(sentence);
    }
    if (ruleId !== undefined && !this.ruleIds.includes(ruleId)) this.ruleIds.push(ruleId);
    return this;
  }

  citeAll(sentences: readonly number[], ruleId?: string): this {
    for (const s of sentences) this.cite(s, ruleId);
    if (sentences.length === 0 && ruleId !== undefined && !this.ruleIds.includes(ruleId)) this.ruleIds.push(ruleId);
    return this;
  }

  /** A detail (merged with one of the same text, case-insensitively), cited by `sentence`. */
  detail(text: string, sentence: number | readonly number[], extra: Omit<Detail, 'text' | 'evidence'> = {}): this {
    const key = text.toLowerCase();
    let d = this.detailIndex.get(key);
    if (!d) {
      d = { text, evidence: [], ...extra };
      this.detailIndex.set(key, d);
      this.details.push(d);
    }
    let seen = this.detailSeen.get(d);
    if (!seen) {
      seen = new Set(d.evidence);
      this.detailSeen.set(d, seen);
    }
    for (const s of typeof sentence === 'number' ? [sentence] : sentence) {
      if (seen.has(s)) continue;
      seen.add(s);
      d.evidence.push(s);
    }
    return this;
  }

  hasDetail(text: string): boolean {
    return this.detailIndex.has(text.toLowerCase());
  }

  build(): Answer<V> {
    return { value: this.value, details: this.details.map((d) => ({ ...d, evidence: [...d.evidence] })), evidence: [...this.evidence], ruleIds: [...this.ruleIds] };
  }
}

export function notStated<V extends string>(): Answer<V | 'not-stated'> {
  return { value: 'not-stated', details: [], evidence: [], ruleIds: [] };
}

/** An answer with `value` when there is evidence, 'not-stated' otherwise. */
export function yesIf<V extends string>(builder: AnswerBuilder<V>): Answer<V | 'not-stated'> {
  return builder.hasEvidence ? builder.build() : notStated<V>();
}

/** Evidence of several answers, unique, in order. */
export function evidenceOf(...answers: readonly { evidence: readonly number[] }[]): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const a of answers) for (const i of a.evidence) if (!seen.has(i)) { seen.add(i); out.push(i); }
  return out;
}
