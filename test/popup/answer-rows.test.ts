// The first screen's rows on the seed policies: five answers in a fixed order, every summary
// line in exactly one row, every reason of the grade in the row of the question it reads (never
// a second list), and the reasons that moved the grade most marking their rows.
import '../support/i18n-en.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { CRITERIA } from '../../src/engine/rating/index.ts';
import { answerRows, CRITERION_ROWS, FIRST_ROWS, topReasons } from '../../src/shared/answer-rows.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const providers = (JSON.parse(readFileSync(resolve(SEEDS, 'providers.json'), 'utf8')) as { providers: { id: string; file: string }[] }).providers;
const analyses = providers.map((p) => ({ id: p.id, analysis: analyze({ text: readFileSync(resolve(SEEDS, p.file), 'utf8') }) }));

describe('answerRows on the seeds', () => {
  it.each(analyses)('$id: the five first rows, in order, each with a one-line answer', ({ analysis }) => {
    const { first } = answerRows(analysis);
    expect(first.map((r) => r.id), 'what they collect, who gets it, sell, keep, what you can do').toEqual([...FIRST_ROWS]);
    for (const row of first) {
      expect(row.line.length, `${row.id} has a line`).toBeGreaterThan(0);
      expect(row.line, `${row.id}: one line, no raw key`).not.toMatch(/\n|^[a-z]+[A-Z]\w+$/);
      expect(row.points.length, `${row.id} opens to its summary lines`).toBeGreaterThan(0);
    }
  });

  it.each(analyses)('$id: every summary line is in exactly one row', ({ analysis }) => {
    const { first, rest } = answerRows(analysis);
    const shown = [...first, ...rest].flatMap((r) => r.points.map((p) => p.id));
    expect([...shown].sort()).toEqual(analysis.summary.map((p) => p.id).sort());
  });

  it.each(analyses)('$id: every reason sits in one row only, and the top movers mark theirs', ({ analysis }) => {
    const { first, rest } = answerRows(analysis);
    const rows = [...first, ...rest];
    const placed = rows.flatMap((r) => r.reasons.map((reason) => reason.id));
    expect(new Set(placed).size, 'no reason twice').toBe(placed.length);
    for (const reason of analysis.rating.reasons) {
      const row = rows.find((r) => r.reasons.includes(reason));
      // A reason whose question says nothing (no line, unknown) may have no row; a known one always has.
      if (reason.known) expect(row?.id, `${reason.criterion} → its row`).toBe(CRITERION_ROWS[reason.criterion]);
    }
    const top = topReasons(analysis.rating.reasons);
    expect(top.length, 'three to five reasons moved the grade').toBeGreaterThanOrEqual(Math.min(3, analysis.rating.reasons.filter((r) => r.points !== 0).length));
    expect(top.length).toBeLessThanOrEqual(5);
    for (const reason of top) {
      const row = rows.find((r) => r.reasons.includes(reason));
      if (!row) continue;
      expect(row.movedMost, `${reason.criterion} is one that moved the grade most`).toContain(reason.id);
      // The row's mark follows its biggest mover (the first of its top reasons, in the engine's order).
      const first = row.reasons.find((r) => row.movedMost.includes(r.id));
      expect(row.effect, `${row.id} marked`).toBe((first?.points ?? 0) > 0 ? 'raises' : 'lowers');
    }
  });

  it('maps every grading criterion to a row', () => {
    for (const criterion of CRITERIA) expect(CRITERION_ROWS[criterion.id], criterion.id).toBeDefined();
  });

  it('words the digests plainly (Conifer: what it collects and who gets it)', () => {
    const conifer = analyses.find((a) => a.id === 'conifer')?.analysis;
    if (!conifer) throw new Error('no conifer seed');
    const { first } = answerRows(conifer);
    expect(first[0]?.line).toMatch(/^Contact details, .+ and \d+ more$/);
    expect(first[1]?.line).toMatch(/^Other companies, .+ and \d+ more$/);
    expect(first[3]?.line).toBe('Keeps call records for up to 24 months.');
  });
});
