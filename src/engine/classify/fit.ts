// Fits one label's weights by maximum a-posteriori logistic regression: the data likelihood on
// the seed sentences plus a Gaussian prior centred on each rule's hand-set `prior`, so that
// rules the seeds never exercise keep their prior and rules that misfire on the seeds are
// pulled down. Plain full-batch gradient descent with a fixed step count: deterministic.
// With `fixedBias` only the weights move (training fits the baseline first, see train.ts).
import { sigmoid } from './classifier.ts';

export interface Example {
  /** Indexes of the label's features present on this sentence (rules, then heading). */
  features: readonly number[];
  positive: boolean;
}

export interface FitOptions {
  /** Prior mean per feature; index = feature id. */
  priors: readonly number[];
  /** Prior standard deviation per feature. */
  priorSd: readonly number[];
  biasPrior: number;
  biasSd: number;
  /** Keep the bias at biasPrior instead of fitting it. */
  fixedBias?: boolean;
  steps?: number;
  learningRate?: number;
}

export interface FitResult {
  bias: number;
  weights: number[];
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): FitResult {
  const { priors, priorSd, biasPrior, biasSd } = options;
  const steps = options.steps ?? 1500;
  const rate = options.learningRate ?? 0.5;
  const n = Math.max(examples.length, 1);
  const weights = [...priors];
  let bias = biasPrior;
  const gradient = new Array<number>(weights.length).fill(0);
  for (let step = 0; step < steps; step++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const example of examples) {
      let z = bias;
      for (const f of example.features) z += weights[f] ?? 0;
      const error = sigmoid(z) - (example.positive ? 1 : 0);
      biasGradient += error;
      for (const f of example.features) gradient[f] = (gradient[f] ?? 0) + error;
    }
    if (options.fixedBias !== true) bias -= (rate * (biasGradient + (bias - biasPrior) / biasSd ** 2)) / n;
    for (let f = 0; f < weights.length; f++) {
      const w = weights[f] ?? 0;
      const prior = (w - (priors[f] ?? 0)) / (priorSd[f] ?? 1) ** 2;
      weights[f] = w - (rate * ((gradient[f] ?? 0) + prior)) / n;
    }
  }
  return { bias, weights };
}

/** The threshold in [0.2, 0.8] (step 0.05) with the best F1 on held-out scores; ties go to
 *  the value nearest 0.5. With fewer than `minPositives` positives, 0.5. */
export function chooseThreshold(scored: readonly { score: number; positive: boolean }[], minPositives = 3): number {
  const positives = scored.filter((s) => s.positive).length;
  if (positives < minPositives) return 0.5;
  let best = 0.5;
  let bestF1 = -1;
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    const threshold = Math.round(t * 100) / 100;
    let tp = 0;
    let fp = 0;
    for (const s of scored) {
      if (s.score < threshold) continue;
      if (s.positive) tp++;
      else fp++;
    }
    const f1 = (2 * tp) / Math.max(2 * tp + fp + (positives - tp), 1);
    const better = f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best - 0.5));
    if (better) {
      best = threshold;
      bestF1 = f1;
    }
  }
  return best;
}
