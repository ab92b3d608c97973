// Training: compile the rules, find which fire on every seed sentence, fit each label's weights
// (fit.ts) and choose its threshold on leave-one-provider-out predictions, so thresholds are
// set on sentences the weights did not see. Deterministic: same rules + labels → same model.
import type { Rule } from '../../rules/types.ts';
import { DEFAULT_PRIOR } from '../../rules/types.ts';
import { LABELS, type Label } from '../labels.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import { compilePattern, DIGIT_TOKEN, tokenSetCost, type LemmaExpander, type TokenSetCost } from '../match/pattern.ts';
import type { Sentence } from '../types.ts';
import { sigmoid } from './classifier.ts';
import { RuleMatcher } from './features.ts';
import { chooseThreshold, fitLogistic, type Example } from './fit.ts';
import type { LabelModel, Model, ModelRule, TrainedModel } from './model.ts';

export interface TrainingDoc {
  name: string;
  sentences: readonly Sentence[];
  /** Gold labels per sentence (same order as sentences). */
  gold: readonly (readonly Label[])[];
}

const BIAS_PRIOR = -2.5;
const BIAS_SD = 2;
const RULE_SD = 1;
const HEADING_PRIOR = 1.5;
const HEADING_SD = 1;
/** Prior spread of another label's rule in this label's model: tight, so only a pattern the
 *  seeds show repeatedly moves it. Chosen on seeds leave-one-provider-out (micro-F1 0.795 with
 *  no cross-label features, 0.805 at 0.25, 0.818 at 0.5, 0.804 at 1.0). */
const CROSS_SD = 0.5;
/** Smaller cross-label weights are dropped from the model file: they change no decision. */
const CROSS_MIN_WEIGHT = 0.05;

/** True when any of the compiled rule's patterns matches the normalised sentence. */
export function ruleMatches(rule: ModelRule, normalized: string): boolean {
  return rule.patterns.some((pattern) => new RegExp(pattern.source).test(normalized));
}

export function compileModelRules(rules: readonly Rule[], expand: LemmaExpander, cost: TokenSetCost = tokenSetCost): ModelRule[] {
  return rules.map((rule) => ({
    id: rule.id,
    label: rule.label,
    patterns: rule.patterns.map((pattern) => {
      try {
        return compilePattern(pattern, expand, cost);
      } catch (error) {
        throw new Error(`rule ${rule.id}: ${(error as Error).message}`, { cause: error });
      }
    }),
  }));
}

interface LabelFeatures {
  ruleIds: string[];
  priors: number[];
  priorSd: number[];
  /** Examples per document. */
  docs: Example[][];
}

/** How far fitted weights may stray from the rules' hand priors. The defaults ship; the
 *  ceiling diagnostic (scripts/diagnose-rule-ceiling.ts) loosens them. */
export interface PriorSpread {
  ruleSd: number;
  crossSd: number;
}

const SHIPPED_SPREAD: PriorSpread = { ruleSd: RULE_SD, crossSd: CROSS_SD };

function labelFeatures(label: Label, rules: readonly Rule[], docs: readonly TrainingDoc[], fired: readonly (readonly Set<string>[])[], headingFired: readonly (readonly Set<Label>[])[], spread: PriorSpread): LabelFeatures {
  // The label's own rules first, then every other label's rules (prior 0: they only move when
  // the seeds show they go with or against this label), then the heading feature.
  const own = [...rules.filter((r) => r.label === label), ...rules.filter((r) => r.label !== label)];
  const index = new Map(own.map((r, i) => [r.id, i]));
  const headingFeature = own.length;
  return {
    ruleIds: own.map((r) => r.id),
    priors: [...own.map((r) => (r.label === label ? (r.prior ?? DEFAULT_PRIOR) : 0)), HEADING_PRIOR],
    priorSd: [...own.map((r) => (r.label === label ? spread.ruleSd : spread.crossSd)), HEADING_SD],
    docs: docs.map((doc, d) => doc.sentences.map((_, s) => {
      const features: number[] = [];
      for (const id of fired[d]?.[s] ?? []) {
        const f = index.get(id);
        if (f !== undefined) features.push(f);
      }
      if (headingFired[d]?.[s]?.has(label)) features.push(headingFeature);
      return { features, positive: doc.gold[s]?.includes(label) ?? false };
    })),
  };
}

function score(bias: number, weights: readonly number[], example: Example): number {
  let z = bias;
  for (const f of example.features) z += weights[f] ?? 0;
  return sigmoid(z);
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Two stages. First the baseline: the bias alone, fitted on the sentences where none of the
 * label's features fire (how often the label is there with no rule saying so). Then the
 * weights with that bias fixed, each centred so that a rule firing alone gives the log-odds
 * its prior promises at the untrained bias (prior + BIAS_PRIOR), whatever the baseline became.
 * Without this, a label the seeds never show (Do Not Track: the five telecom policies never
 * mention it) drives its bias so low that no rule could ever carry it.
 */
function fitLabel(examples: readonly Example[], features: LabelFeatures): { bias: number; weights: number[] } {
  const silent = examples.filter((e) => e.features.length === 0);
  const { bias } = fitLogistic(silent, { priors: [], priorSd: [], biasPrior: BIAS_PRIOR, biasSd: BIAS_SD });
  // Only rules that speak for the label are re-centred; a negative prior is evidence against
  // the label and stays a relative weight.
  const priors = features.priors.map((prior) => (prior > 0 ? prior + BIAS_PRIOR - bias : prior));
  return fitLogistic(examples, { priors, priorSd: features.priorSd, biasPrior: bias, biasSd: BIAS_SD, fixedBias: true });
}

/**
 * How many seed sentences a token set lets through: the sum of its tokens' document
 * frequencies (DIGIT_TOKEN counts the sentences with a piece that starts with a digit). The
 * compiler uses it to pick, of a group's alternatives, each one's rarest set, and the matcher
 * indexes a pattern by its first set and checks the others in order, so the seeds' own
 * frequencies beat the compile-time guess (which only knows a short list of function words):
 * "data protection officer" is keyed on "officer", not on "data".
 */
export function seedTokenSetCost(docs: readonly { sentences: readonly Sentence[] }[]): TokenSetCost {
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const pieces = new Set(normalizeForMatch(sentence.text).split(' '));
      if ([...pieces].some((piece) => /^\d/.test(piece))) pieces.add(DIGIT_TOKEN);
      for (const token of pieces) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
  }
  return (set) => set.reduce((sum, token) => sum + (documentFrequency.get(token) ?? 0), 0);
}

/** Each pattern's required token sets, most selective first by `cost`. */
export function orderRequirements(rules: readonly ModelRule[], cost: TokenSetCost): ModelRule[] {
  return rules.map((rule) => ({
    ...rule,
    patterns: rule.patterns.map((pattern) => ({
      ...pattern,
      requires: [...pattern.requires].sort((a, b) => cost(a) - cost(b) || a.join(' ').localeCompare(b.join(' '))),
    })),
  }));
}

/** The rules compiled as they ship: each pattern's token sets chosen and ordered by `cost` (the
 *  seeds' frequencies, seedTokenSetCost; any cost gives the same matches, only faster or not). */
export function compileShippedRules(rules: readonly Rule[], expand: LemmaExpander, cost: TokenSetCost): ModelRule[] {
  return orderRequirements(compileModelRules(rules, expand, cost), cost);
}

/** The part of a model that is committed: weights and thresholds, without the compiled rules. */
export function trainedPart({ generated, version, labels, training }: Model): TrainedModel {
  return { generated, version, labels, training };
}

export function trainModel(rules: readonly Rule[], docs: readonly TrainingDoc[], expand: LemmaExpander, spread: PriorSpread = SHIPPED_SPREAD): Model {
  const modelRules = compileShippedRules(rules, expand, seedTokenSetCost(docs));
  const matcher = new RuleMatcher(modelRules);
  // Heading topics come from rules for a label (positive prior), as in Classifier.classify.
  const labelOf = new Map(rules.filter((r) => (r.prior ?? DEFAULT_PRIOR) > 0).map((r) => [r.id, r.label]));
  const ruleLabel = new Map(rules.map((r) => [r.id, r.label]));
  const fired = docs.map((doc) => doc.sentences.map((s) => new Set(matcher.fire(s.text).map((i) => modelRules[i]?.id ?? ''))));
  const headingFired = docs.map((doc, d) => doc.sentences.map((s) => {
    const labels = new Set<Label>();
    if (s.headingIndex === undefined) return labels;
    for (const id of fired[d]?.[s.headingIndex] ?? []) {
      const label = labelOf.get(id);
      if (label) labels.add(label);
    }
    return labels;
  }));

  const labels = {} as Record<Label, LabelModel>;
  const positives = {} as Record<Label, number>;
  for (const label of LABELS) {
    const features = labelFeatures(label, rules, docs, fired, headingFired, spread);
    const heldOut: { score: number; positive: boolean }[] = [];
    features.docs.forEach((testDoc, k) => {
      const fit = fitLabel(features.docs.filter((_, d) => d !== k).flat(), features);
      for (const example of testDoc) heldOut.push({ score: score(fit.bias, fit.weights, example), positive: example.positive });
    });
    const all = features.docs.flat();
    const fit = fitLabel(all, features);
    const weights: Record<string, number> = {};
    features.ruleIds.forEach((id, f) => {
      const w = round(fit.weights[f] ?? 0);
      if (ruleLabel.get(id) === label || Math.abs(w) >= CROSS_MIN_WEIGHT) weights[id] = w;
    });
    labels[label] = {
      bias: round(fit.bias),
      headingWeight: round(fit.weights[features.ruleIds.length] ?? 0),
      weights,
      threshold: chooseThreshold(heldOut),
    };
    positives[label] = all.filter((e) => e.positive).length;
  }
  return {
    generated: 'Generated by `npm run train` from src/rules and seeds/labels. Do not edit by hand.',
    version: 2,
    rules: modelRules,
    labels,
    training: { seeds: docs.map((d) => d.name), sentences: docs.reduce((n, d) => n + d.sentences.length, 0), positives },
  };
}
