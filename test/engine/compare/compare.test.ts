// Comparing real seed policies: each other policy is judged against the current one (the first)
// alone, so a row never says "worse" twice for the same reason and the first cell is the
// reference. And row orderings on short policies written for the test.
import { describe, expect, it } from 'vitest';
import { compareAnalyses, COMPARE_ROWS, type CompareRowId, type Comparison } from '../../../src/engine/compare/index.ts';
import { analyze } from '../../../src/engine/analyze.ts';
import { seedEntry } from './seeds.ts';

function row(comparison: Comparison, id: CompareRowId) {
  const found = comparison.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('compareAnalyses on the seeds', () => {
  const conifer = seedEntry('conifer');
  const countyMicro = seedEntry('county-micro');
  const phoneCom = seedEntry('phone-com');

  it('has one row per question and the grade, in order, with one cell per policy', () => {
    const comparison = compareAnalyses([conifer, countyMicro, phoneCom]);
    expect(comparison.names, 'names in input order').toEqual(['conifer', 'county-micro', 'phone-com']);
    expect(comparison.rows.map((r) => r.id), 'row order').toEqual(COMPARE_ROWS);
    for (const r of comparison.rows) expect(r.cells, `${r.id}: one cell per policy`).toHaveLength(3);
  });

  it('the first policy is the reference; the others are judged against it alone', () => {
    for (const r of compareAnalyses([conifer, countyMicro, phoneCom]).rows) {
      expect(r.cells[0]?.verdict, r.id).toBe('current');
      for (const c of r.cells.slice(1)) expect(['better', 'worse', 'same', 'not-stated'], r.id).toContain(c.verdict);
    }
  });

  it('County Micro, which says it does not sell, is better on selling than silent Conifer', () => {
    const sell = row(compareAnalyses([conifer, countyMicro]), 'sell');
    expect(sell.cells[1]?.verdict, 'County Micro against Conifer').toBe('better');
    expect(sell.cells[1]?.evidence.length, 'County Micro cites its denial').toBeGreaterThan(0);
  });

  it("Phone.com, saying nothing of how long it keeps data, is not-stated against Conifer's 24 months", () => {
    const retention = row(compareAnalyses([conifer, phoneCom]), 'retention');
    expect(retention.cells[0]?.text, 'the period, concretely').toMatch(/call records.{0,20}24 months/);
    expect(retention.cells[1]?.verdict).toBe('not-stated');
  });

  it('Phone.com shares with advertisers: worse on sharing than Conifer', () => {
    const share = row(compareAnalyses([conifer, phoneCom]), 'share');
    expect(share.cells[1]?.verdict).toBe('worse');
    expect(share.cells[1]?.text).toContain('advertisers');
  });

  it('shows the grade and score in the grade row, and every line of a question as the cell detail', () => {
    const comparison = compareAnalyses([conifer, countyMicro]);
    expect(row(comparison, 'grade').cells[1]?.text, 'grade and score').toMatch(/^[A-E] \(\d+\/100\)$/);
    const collect = row(comparison, 'collect').cells[0];
    expect(collect?.detail.length).toBeGreaterThan(1);
    expect(collect?.detail[0]).toBe(collect?.text);
  });

  it('cites evidence inside each policy, unique', () => {
    const entries = [conifer, countyMicro, phoneCom];
    for (const r of compareAnalyses(entries).rows) {
      r.cells.forEach((cell, i) => {
        const count = entries[i]?.analysis.sentences.length ?? 0;
        expect(cell.evidence.every((e) => e >= 0 && e < count), `${r.id}[${i}] in range`).toBe(true);
        expect(new Set(cell.evidence).size, `${r.id}[${i}] unique`).toBe(cell.evidence.length);
      });
    }
  });
});

describe('row orderings on short policies', () => {
  const policy = (name: string, text: string) => ({ name, analysis: analyze({ text }) });

  it('selling: no beats yes', () => {
    const sell = row(compareAnalyses([policy('sells', 'We may sell your personal information to data brokers.'), policy('denies', 'We do not sell your personal information.')]), 'sell');
    expect(sell.cells.map((c) => c.verdict)).toEqual(['current', 'better']);
  });

  it('retention: against a stated period, indefinitely is worse; saying nothing is not-stated', () => {
    const retention = row(compareAnalyses([
      policy('period', 'We retain your personal data for 2 years.'),
      policy('forever', 'We keep your personal data indefinitely.'),
      policy('silent', 'We collect your name.'),
    ]), 'retention');
    expect(retention.cells.map((c) => c.verdict)).toEqual(['current', 'worse', 'not-stated']);
  });

  it('sharing with many usual parties is better than sharing with advertisers', () => {
    const share = row(compareAnalyses([
      policy('advertisers', 'We share your personal information with our service providers and with advertisers.'),
      policy('usual', 'We share your personal information with our affiliates, our service providers, the police when the law requires it, and a buyer of our business.'),
    ]), 'share');
    expect(share.cells[1]?.verdict).toBe('better');
  });
});
