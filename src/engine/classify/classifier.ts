// Scores every sentence for every label with the trained model:
//   score(label) = sigmoid(bias + Σ weight(rule) over all fired rules (the label's own rules, and
//                          other labels' rules the seeds showed go with or against it)
//                          + headingWeight if the sentence's heading fired a rule for the label)
// and keeps the labels whose score reaches the label's threshold. A rule *for* the label is one
// of its own rules with a positive weight: a heading that only trips a rule against the label
// ("California privacy rights" is not a sharing heading) says nothing.
//
// The weights are laid out once as sparse per-rule contributions, so scoring a sentence is a few
// additions per fired rule; label objects are built only for the labels that pass.
import { LABELS, type Label } from '../labels.ts';
import type { ClassifiedSentence, LabelScore, Sentence } from '../types.ts';
import { layoutMatcher, RuleMatcher, type MatcherLayout } from './features.ts';
import type { Model } from './model.ts';

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** `{ ...sentence, labels }`, written out: object spread took ~0.35 ms on the five seeds'
 *  635 sentences, the literal ~0.01 ms. Keys in the order segment() gives them, so the JSON
 *  output is the same. */
function withLabels(sentence: Sentence, labels: LabelScore[]): ClassifiedSentence {
  const { index, start, end, text, blockIndex, isHeading, headingIndex } = sentence;
  return headingIndex === undefined
    ? { index, start, end, text, blockIndex, isHeading, labels }
    : { index, start, end, text, blockIndex, isHeading, headingIndex, labels };
}

/**
 * Everything a Classifier needs, as plain data: the matcher's layout and the weights laid out
 * per rule. layoutClassifier() derives it from a model; the shipped one is derived at build time
 * (src/engine/compiled) and loaded with one JSON.parse.
 */
export interface ClassifierLayout {
  matcher: MatcherLayout;
  ruleIds: string[];
  /** Per rule index r: the labels whose score it moves, contributionLabel[k] by
   *  contributionWeight[k] for k in [contributionStart[r], contributionStart[r + 1]). */
  contributionStart: number[];
  contributionLabel: number[];
  contributionWeight: number[];
  /** Per rule index: its own label's index, and whether it speaks for that label (1 or 0). */
  ownLabel: number[];
  forOwnLabel: number[];
  /** Per label, in LABELS order. */
  biases: number[];
  headingWeights: number[];
  thresholds: number[];
}

export function layoutClassifier(model: Model): ClassifierLayout {
  const labelIndex = new Map<Label, number>(LABELS.map((l, i) => [l, i]));
  const ruleIndex = new Map(model.rules.map((r, i) => [r.id, i]));
  const contributions: { label: number; weight: number }[][] = model.rules.map(() => []);
  LABELS.forEach((label, l) => {
    for (const [id, weight] of Object.entries(model.labels[label].weights)) {
      const r = ruleIndex.get(id);
      if (r !== undefined && weight !== 0) contributions[r]?.push({ label: l, weight });
    }
  });
  const contributionStart = [0];
  for (const list of contributions) contributionStart.push((contributionStart[contributionStart.length - 1] ?? 0) + list.length);
  return {
    matcher: layoutMatcher(model.rules),
    ruleIds: model.rules.map((r) => r.id),
    contributionStart,
    contributionLabel: contributions.flat().map((c) => c.label),
    contributionWeight: contributions.flat().map((c) => c.weight),
    ownLabel: model.rules.map((r) => labelIndex.get(r.label) ?? -1),
    forOwnLabel: model.rules.map((r) => ((model.labels[r.label].weights[r.id] ?? 0) > 0 ? 1 : 0)),
    biases: LABELS.map((l) => model.labels[l].bias),
    headingWeights: LABELS.map((l) => model.labels[l].headingWeight),
    thresholds: LABELS.map((l) => model.labels[l].threshold),
  };
}

export class Classifier {
  private readonly matcher: RuleMatcher;
  /** See ClassifierLayout. */
  private readonly contributionStart: Int32Array;
  private readonly contributionLabel: Int32Array;
  private readonly contributionWeight: Float64Array;
  private readonly ownLabel: Int32Array;
  private readonly forOwnLabel: Uint8Array;
  private readonly ruleIds: readonly string[];
  private readonly biases: Float64Array;
  private readonly headingWeights: Float64Array;
  private readonly thresholds: Float64Array;
  /** Each threshold as a logit, less a margin for rounding: a label whose logit is below it
   *  cannot pass, so its sigmoid is not computed (most of 12 per sentence). */
  private readonly logitFloors: Float64Array;

  /** From a model (compiled rules and weights), or from its layout (layoutClassifier). */
  constructor(source: Model | ClassifierLayout) {
    const layout = 'matcher' in source ? source : layoutClassifier(source);
    this.matcher = new RuleMatcher(layout.matcher);
    this.ruleIds = layout.ruleIds;
    this.contributionStart = Int32Array.from(layout.contributionStart);
    this.contributionLabel = Int32Array.from(layout.contributionLabel);
    this.contributionWeight = Float64Array.from(layout.contributionWeight);
    this.ownLabel = Int32Array.from(layout.ownLabel);
    this.forOwnLabel = Uint8Array.from(layout.forOwnLabel);
    this.biases = Float64Array.from(layout.biases);
    this.headingWeights = Float64Array.from(layout.headingWeights);
    this.thresholds = Float64Array.from(layout.thresholds);
    this.logitFloors = this.thresholds.map((t) => (t <= 0 ? -Infinity : t >= 1 ? Infinity : Math.log(t / (1 - t)) - 1e-9));
  }

  classify(sentences: readonly Sentence[]): ClassifiedSentence[] {
    const fired = sentences.map((sentence) => this.matcher.fire(sentence.text));
    const z = new Float64Array(LABELS.length);
    const headingHit = new Uint8Array(LABELS.length);
    const { contributionStart, contributionLabel, contributionWeight, logitFloors } = this;
    return sentences.map((sentence, i) => {
      z.set(this.biases);
      headingHit.fill(0);
      const own = fired[i] ?? [];
      for (const r of own) {
        const end = contributionStart[r + 1] ?? 0;
        for (let k = contributionStart[r] ?? 0; k < end; k++) {
          const l = contributionLabel[k] ?? 0;
          z[l] = (z[l] ?? 0) + (contributionWeight[k] ?? 0);
        }
      }
      const heading = sentence.headingIndex === undefined ? [] : (fired[sentence.headingIndex] ?? []);
      for (const r of heading) if (this.forOwnLabel[r] === 1) headingHit[this.ownLabel[r] ?? 0] = 1;
      const labels: LabelScore[] = [];
      for (let l = 0; l < LABELS.length; l++) {
        const label = LABELS[l];
        if (label === undefined) continue;
        const logit = (z[l] ?? 0) + (headingHit[l] === 1 ? (this.headingWeights[l] ?? 0) : 0);
        if (logit < (logitFloors[l] ?? Infinity)) continue;
        const score = sigmoid(logit);
        if (score < (this.thresholds[l] ?? 1)) continue;
        labels.push(this.labelScore(label, l, score, own, headingHit[l] === 1 ? heading : []));
      }
      return withLabels(sentence, labels.length > 1 ? labels.sort((a, b) => b.score - a.score) : labels);
    });
  }

  /** The label with the ids that explain it: the sentence's own rules of the label, then the
   *  heading's rules for it. */
  private labelScore(label: Label, l: number, score: number, own: readonly number[], heading: readonly number[]): LabelScore {
    const ruleIds: string[] = [];
    for (const r of own) if (this.ownLabel[r] === l) ruleIds.push(this.ruleIds[r] ?? '');
    if (heading.length === 0) return { label, score, ruleIds };
    for (const r of heading) {
      const id = this.ruleIds[r] ?? '';
      if (this.ownLabel[r] === l && this.forOwnLabel[r] === 1 && !ruleIds.includes(id)) ruleIds.push(id);
    }
    return { label, score, ruleIds, viaHeading: true };
  }
}
