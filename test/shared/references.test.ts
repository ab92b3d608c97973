// The built-in reference policies (references.generated.json, written by npm run
// build:references from Open Terms Archive snapshots). The source data lives outside the repo,
// so this checks the file's own invariants: it ships our reading and the sentences it cites
// (every cited sentence present, nothing uncited, no whole texts), names, dates and the
// attribution the licence asks for, and it reads and compares with the current engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { compareAnalyses } from '../../src/engine/compare/index.ts';
import { QUESTION_ORDER } from '../../src/engine/questions/index.ts';
import { citedSentences } from '../../src/shared/evidence-only.ts';
import { referencesFrom, REFERENCES_SCHEMA_VERSION, type ReferencesFile } from '../../src/shared/references.ts';
import { isAnalysis } from '../../src/shared/storage.ts';

const FILE = resolve(import.meta.dirname, '../../src/background/library/references.generated.json');
const raw = readFileSync(FILE, 'utf8');
const file = JSON.parse(raw) as ReferencesFile;

describe('references.generated.json', () => {
  it('is marked as generated, with the archive, licence and attribution', () => {
    expect(file.$comment, 'says how it is made').toMatch(/npm run build:references/);
    expect(file.schemaVersion).toBe(REFERENCES_SCHEMA_VERSION);
    expect(file.source).toEqual({ name: 'Open Terms Archive', url: 'https://opentermsarchive.org', licence: 'ODC-BY 1.0', attribution: 'Open Terms Archive contributors' });
  });

  it('holds six to eight well-known services, each named, dated and traceable to its archived document', () => {
    expect(file.references.length).toBeGreaterThanOrEqual(6);
    expect(file.references.length).toBeLessThanOrEqual(8);
    const ids = file.references.map((r) => r.id);
    expect(new Set(ids).size, 'unique ids').toBe(ids.length);
    for (const r of file.references) {
      expect(r.name.trim(), `${r.id}: a name`).not.toBe('');
      expect(r.snapshotDate, `${r.id}: the snapshot's date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.otaId, `${r.id}: the archive's document id`).toMatch(/^ota-[a-z-]+:.+\/Privacy Policy$/);
      expect(r.archive, `${r.id}: the archive repository and commit`).toMatch(/@[0-9a-f]{7,}$/);
      expect(r.url === '' || /^https?:\/\//.test(r.url), `${r.id}: an address or none`).toBe(true);
    }
  });

  it.each(file.references.map((r) => [r.id, r] as const))('%s: an analysis of this engine’s schema, graded', (_id, r) => {
    expect(isAnalysis(r.analysis), 'reads as an analysis').toBe(true);
    expect(r.analysis.language).toBe('en');
    expect(r.analysis.rating.grade, 'a real policy gets a grade').toMatch(/^[A-E]$/);
    expect(r.analysis.summary.length, 'a summary').toBeGreaterThan(5);
  });

  it.each(file.references.map((r) => [r.id, r] as const))('%s: every cited sentence is shipped, and only cited sentences', (_id, r) => {
    const { sentences } = r.analysis;
    sentences.forEach((s, i) => expect(s.index, 'sentences are numbered in order').toBe(i));
    const cited = citedSentences(r.analysis);
    expect(cited.every((i) => i >= 0 && i < sentences.length), 'every evidence index points at a shipped sentence').toBe(true);
    expect(cited, 'every shipped sentence is cited by something').toEqual(sentences.map((s) => s.index));
    for (const point of r.analysis.summary) expect(point.evidence.every((i) => sentences[i]?.text), `${point.id} quotes real text`).toBe(true);
    // Our reading and its evidence, not the policy. A short policy is mostly statements the
    // claims cite (Signal's: 59% of its text since the claims read more of
    // it), a long one a small share; either way a good part of the text stays out.
    const shipped = sentences.reduce((n, s) => n + s.text.length, 0);
    expect(shipped, 'not the whole text').toBeLessThan(r.analysis.textLength * 0.75);
  });

  it('loads for the library, and compares with a policy read by this engine', () => {
    const refs = referencesFrom(file);
    const seed = analyze({ text: readFileSync(resolve(import.meta.dirname, '../../seeds/000_033c2eef7324457c.txt'), 'utf8') });
    const comparison = compareAnalyses([{ name: 'Conifer', analysis: seed }, ...refs.slice(0, 3).map((r) => ({ name: r.name, analysis: r.analysis }))]);
    expect(comparison.rows.map((row) => row.id), 'every question and the grade').toEqual([...QUESTION_ORDER, 'grade']);
    for (const ref of refs) {
      expect(ref.snapshot, `${ref.id}: credited`).toMatchObject({ source: 'Open Terms Archive', attribution: 'Open Terms Archive contributors', licence: 'ODC-BY 1.0' });
      expect(Object.keys(ref.analysis.claims).sort(), `${ref.id}: every question of this engine`).toEqual([...QUESTION_ORDER].sort());
    }
  });

  it('is one reference a line, so a regeneration reviews as a diff', () => {
    const lines = raw.split('\n').filter((l) => l.startsWith('    {"id":'));
    expect(lines).toHaveLength(file.references.length);
  });
});
