export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** Scores travel to the popup and into JSON output: three decimals are plenty. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
