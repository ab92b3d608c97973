// Multi-label precision / recall / F1 per label, micro and macro averaged (the figures the
// OPP-115 literature reports: micro over all label decisions, macro as the mean of label F1s).
import { LABELS, type Label } from '../../src/engine/labels.ts';

export interface LabelCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  perLabel: Record<Label, Scores>;
  micro: Scores;
  macro: Scores;
  items: number;
}

const safe = (n: number, d: number): number => (d === 0 ? 0 : n / d);

function scores(c: LabelCounts): Scores {
  const precision = safe(c.tp, c.tp + c.fp);
  const recall = safe(c.tp, c.tp + c.fn);
  return { precision, recall, f1: safe(2 * precision * recall, precision + recall), support: c.tp + c.fn };
}

export function evaluate(pairs: readonly { gold: readonly Label[]; predicted: readonly Label[] }[], labels: readonly Label[] = LABELS): Report {
  const counts = new Map<Label, LabelCounts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, predicted } of pairs) {
    for (const label of labels) {
      const c = counts.get(label);
      if (!c) continue;
      const g = gold.includes(label);
      const p = predicted.includes(label);
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g) c.fn++;
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const perLabel = {} as Record<Label, Scores>;
  for (const [label, c] of counts) {
    perLabel[label] = scores(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  // Macro averages over the labels the gold data has: a label with no gold item at all (Do Not
  // Track in the telecom seeds) has no defined recall and would count as an F1 of 0.
  const present = labels.filter((l) => perLabel[l].support > 0).map((l) => perLabel[l]);
  const mean = (pick: (s: Scores) => number): number => present.reduce((sum, s) => sum + pick(s), 0) / Math.max(present.length, 1);
  return {
    perLabel,
    micro: scores(total),
    macro: { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1), support: total.tp + total.fn },
    items: pairs.length,
  };
}

export function formatReport(title: string, report: Report): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [`${title} (${report.items} items)`, `  ${'label'.padEnd(38)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'n'.padStart(5)}`];
  for (const [label, s] of Object.entries(report.perLabel)) {
    lines.push(`  ${label.padEnd(38)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.support).padStart(5)}`);
  }
  lines.push(`  ${'micro'.padEnd(38)} ${pct(report.micro.precision).padStart(6)} ${pct(report.micro.recall).padStart(6)} ${pct(report.micro.f1).padStart(6)}`);
  lines.push(`  ${'macro'.padEnd(38)} ${pct(report.macro.precision).padStart(6)} ${pct(report.macro.recall).padStart(6)} ${pct(report.macro.f1).padStart(6)}`);
  return lines.join('\n');
}
