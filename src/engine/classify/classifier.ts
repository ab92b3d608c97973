// Scores every sentence for every label with the trained model:
//   score(label) = sigmoid(bias + Σ weight(rule) over all fired rules (the label's own rules, and
//                          other labels' rules the seeds showed go with or against it)
//                          + headingWeight if the sentence's heading fired a rule for the label)
// A rule *for* the label is one with a positive weight: a heading that only trips a rule
// against the label ("California privacy rights" is not a sharing heading) says nothing.
// and keeps the labels whose score reaches the label's threshold.
import { LABELS, type Label } from '../labels.ts';
import type { ClassifiedSentence, LabelScore, Sentence } from '../types.ts';
import { RuleMatcher } from './features.ts';
import type { Model } from './model.ts';

/** The rules that fired on one sentence, grouped by label. */
export type FiredRules = Map<Label, string[]>;

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export class Classifier {
  private readonly matcher: RuleMatcher;

  constructor(private readonly model: Model) {
    this.matcher = new RuleMatcher(model.rules);
  }

  /** Fired rule ids per label for each sentence (the features). */
  fireAll(sentences: readonly Pick<Sentence, 'text'>[]): FiredRules[] {
    return sentences.map((sentence) => {
      const fired: FiredRules = new Map();
      for (const i of this.matcher.fire(sentence.text)) {
        const rule = this.matcher.rule(i);
        const ids = fired.get(rule.label);
        if (ids) ids.push(rule.id);
        else fired.set(rule.label, [rule.id]);
      }
      return fired;
    });
  }

  /** Score of every label for sentence `i`, given all sentences' fired rules. */
  scoreOne(sentences: readonly Sentence[], fired: readonly FiredRules[], i: number): LabelScore[] {
    const sentence = sentences[i];
    const own = fired[i];
    if (sentence === undefined || own === undefined) throw new RangeError(`no sentence ${i}`);
    const heading = sentence.headingIndex === undefined ? undefined : fired[sentence.headingIndex];
    return LABELS.map((label) => {
      const params = this.model.labels[label];
      const ruleIds = own.get(label) ?? [];
      let z = params.bias;
      for (const ids of own.values()) for (const id of ids) z += params.weights[id] ?? 0;
      const headingRules = heading?.get(label)?.filter((id) => (params.weights[id] ?? 0) > 0) ?? [];
      if (headingRules.length === 0) return { label, score: sigmoid(z), ruleIds };
      z += params.headingWeight;
      return { label, score: sigmoid(z), ruleIds: [...ruleIds, ...headingRules.filter((id) => !ruleIds.includes(id))], viaHeading: true };
    });
  }

  classify(sentences: readonly Sentence[]): ClassifiedSentence[] {
    const fired = this.fireAll(sentences);
    return sentences.map((sentence, i) => {
      const labels = this.scoreOne(sentences, fired, i)
        .filter((s) => s.score >= this.model.labels[s.label].threshold)
        .sort((a, b) => b.score - a.score);
      return { ...sentence, labels };
    });
  }
}
