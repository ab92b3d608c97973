// An analysis cut down to the sentences it cites keeps every statement and every quote: the
// summary, the claims and the grade's reasons read the same sentences as before, renumbered.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { citedSentences, evidenceOnly } from '../../src/shared/evidence-only.ts';

const text = readFileSync(resolve(import.meta.dirname, '../../seeds/004_5bd2721613aedcf6.txt'), 'utf8');
const full = analyze({ text });

describe('evidenceOnly', () => {
  it('keeps only the cited sentences, renumbered in order', () => {
    const cut = evidenceOnly(full);
    expect(cut.sentences.length).toBe(citedSentences(full).length);
    expect(cut.sentences.length).toBeLessThan(full.sentences.length);
    cut.sentences.forEach((s, i) => expect(s.index).toBe(i));
  });

  it('every statement quotes the same sentences as before', () => {
    const cut = evidenceOnly(full);
    const quotes = (a: typeof full, evidence: number[]) => evidence.map((i) => a.sentences[i]?.text);
    full.summary.forEach((point, n) => {
      const after = cut.summary[n];
      expect(after?.text).toBe(point.text);
      expect(quotes(cut, after?.evidence ?? []), point.id).toEqual(quotes(full, point.evidence));
    });
    full.rating.reasons.forEach((reason, n) => expect(quotes(cut, cut.rating.reasons[n]?.evidence ?? []), reason.id).toEqual(quotes(full, reason.evidence)));
    expect(quotes(cut, cut.claims.retention.periods.evidence)).toEqual(quotes(full, full.claims.retention.periods.evidence));
    expect(cut.rating.grade).toBe(full.rating.grade);
  });

  it('with a cap, keeps each list’s deciding sentences first and drops labels on request', () => {
    const cut = evidenceOnly(full, { maxPerList: 2, labels: false });
    for (const point of cut.summary) expect(point.evidence.length).toBeLessThanOrEqual(2);
    const original = full.summary.find((p) => p.evidence.length > 2);
    if (original) {
      const after = cut.summary.find((p) => p.id === original.id);
      expect(after?.evidence.map((i) => cut.sentences[i]?.text)).toEqual(original.evidence.slice(0, 2).map((i) => full.sentences[i]?.text));
    }
    expect(cut.sentences.every((s) => s.labels.length === 0)).toBe(true);
  });
});
