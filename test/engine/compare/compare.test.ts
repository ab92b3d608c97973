// Comparing real seed policies: the verdicts a person would expect, relative to the first policy.
import { describe, expect, it } from 'vitest';
import { compareAnalyses, ROW_RULES, type CompareRowId, type Comparison } from '../../../src/engine/compare/index.ts';
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

  it('has one row per rule, in order, with one cell per policy', () => {
    const comparison = compareAnalyses([conifer, countyMicro, phoneCom]);
    expect(comparison.names, 'names in input order').toEqual(['conifer', 'county-micro', 'phone-com']);
    expect(comparison.rows.map((r) => r.id), 'row order').toEqual(ROW_RULES.map((r) => r.id));
    for (const r of comparison.rows) expect(r.cells, `${r.id}: one cell per policy`).toHaveLength(3);
  });

  it('County Micro, which says it does not sell, is better on selling than silent Conifer', () => {
    const sell = row(compareAnalyses([conifer, countyMicro]), 'sell');
    expect(sell.cells[0]?.verdict, 'Conifer says nothing').toBe('not-stated');
    expect(sell.cells[1]?.verdict, 'County Micro against Conifer').toBe('better');
    expect(sell.cells[1]?.evidence.length, 'County Micro cites its denial').toBeGreaterThan(0);
  });

  it('with County Micro first, its cell is measured against the best of the others', () => {
    const sell = row(compareAnalyses([countyMicro, conifer, phoneCom]), 'sell');
    expect(sell.cells[0]?.verdict, 'a plain denial beats silence and a denial with exceptions').toBe('better');
    expect(sell.cells[2]?.verdict, "Phone.com's denial has exceptions").toBe('worse');
  });

  it("Conifer's 24-month call-record retention beats Phone.com saying nothing", () => {
    const retention = row(compareAnalyses([conifer, phoneCom]), 'retention');
    const [first, second] = retention.cells;
    expect(first?.text, 'the period, concretely').toMatch(/call records .*24 months/);
    expect(first?.verdict, 'Conifer against Phone.com').toBe('better');
    expect(second?.verdict, 'Phone.com states no period').toBe('not-stated');
    const cited = first?.evidence.map((i) => conifer.analysis.sentences[i]?.text ?? '') ?? [];
    expect(cited.some((s) => /24/.test(s)), 'evidence quotes the period').toBe(true);
  });

  it('Phone.com shares with advertisers: worse on sharing than Conifer', () => {
    const share = row(compareAnalyses([conifer, phoneCom]), 'share');
    expect(share.cells[1]?.verdict).toBe('worse');
    expect(share.cells[1]?.text).toContain('advertisers');
  });

  it('rights with a way to use them beat none; the grade decides the rating row', () => {
    const comparison = compareAnalyses([conifer, countyMicro]);
    expect(row(comparison, 'rights').cells.map((c) => c.verdict), 'rights').toEqual(['not-stated', 'better']);
    expect(row(comparison, 'rating').cells[1]?.text, 'grade and score').toMatch(/^[A-E] \(\d+\/100\)$/);
  });

  it('cites evidence inside each policy, sorted and unique', () => {
    const entries = [conifer, countyMicro, phoneCom];
    for (const r of compareAnalyses(entries).rows) {
      r.cells.forEach((cell, i) => {
        const count = entries[i]?.analysis.sentences.length ?? 0;
        expect(cell.evidence.every((e) => e >= 0 && e < count), `${r.id}[${i}] in range`).toBe(true);
        expect(cell.evidence, `${r.id}[${i}] sorted unique`).toEqual([...new Set(cell.evidence)].sort((a, b) => a - b));
      });
    }
  });

  it('a policy alone is the same as itself, or not-stated', () => {
    for (const r of compareAnalyses([conifer]).rows) expect(['same', 'not-stated'], r.id).toContain(r.cells[0]?.verdict);
  });
});

describe('row orderings on short policies', () => {
  const policy = (name: string, text: string) => ({ name, analysis: analyze({ text }) });

  it('selling: no beats yes', () => {
    const sell = row(compareAnalyses([policy('sells', 'We may sell your personal information.'), policy('denies', 'We do not sell your personal information.')]), 'sell');
    expect(sell.cells.map((c) => c.verdict)).toEqual(['worse', 'better']);
  });

  it('retention: a stated period beats indefinitely; saying nothing is not-stated', () => {
    const retention = row(compareAnalyses([
      policy('period', 'We retain your data for 2 years.'),
      policy('forever', 'We keep your data indefinitely.'),
      policy('silent', 'We collect your name.'),
    ]), 'retention');
    expect(retention.cells.map((c) => c.verdict)).toEqual(['better', 'worse', 'not-stated']);
  });
});
