// Rank statistics for comparing our scores with experts'.

/** Ranks with ties given their average rank (1-based). */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length).fill(0);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[k]?.[0]) j++;
    const rank = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) out[order[m]?.[1] ?? 0] = rank;
    k = j + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's correlation of the ranks (ties averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length < 2) return 0;
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (x: readonly number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = (ra[i] ?? 0) - ma;
    const y = (rb[i] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

/** Of the pairs `expert` puts at least `gap` apart, how many `ours` orders the same way
 *  (a tie in ours counts as not the same). */
export function pairsInOrder(expert: readonly number[], ours: readonly number[], gap: number): { same: number; total: number } {
  let same = 0;
  let total = 0;
  for (let i = 0; i < expert.length; i++) {
    for (let j = i + 1; j < expert.length; j++) {
      const d = (expert[i] ?? 0) - (expert[j] ?? 0);
      if (Math.abs(d) < gap) continue;
      total++;
      const o = (ours[i] ?? 0) - (ours[j] ?? 0);
      if (Math.sign(o) === Math.sign(d)) same++;
    }
  }
  return { same, total };
}

/** The names sorted alphabetically (ignoring case), split into a first half (the larger when
 *  odd) and a second: the two halves a change to the grading scheme must lower neither of. */
export function alphabeticalHalves(names: readonly string[]): { first: string[]; second: string[] } {
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  const cut = Math.ceil(sorted.length / 2);
  return { first: sorted.slice(0, cut), second: sorted.slice(cut) };
}
