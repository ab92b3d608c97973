// npm run bench:storage — what a stored analysis costs, as Chromium counts quota (each key plus
// its value's JSON), on the five seeds and the longest OPP-115 policies (when ../shared has them):
//   - a library entry in storage.local, as schema 2 stored it (the analysis whole, every
//     sentence's text copied) and as it is stored now (packed: src/shared/stored-analysis.ts);
//   - one open tab in storage.session, before (the tab state with its analysis, the cache's copy
//     of it and the text kept for saving) and now (the tab record naming one packed analysis).
// Issue 15's target is an entry ≤ 1.5× its policy's text. Times are printed, never asserted.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/engine/analyze.ts';
import { popupView } from '../src/shared/answer-rows.ts';
import { entryKey, packEntry, type LibraryEntry } from '../src/shared/library-schema.ts';
import { STORAGE_SCHEMA_VERSION, analysisKey, byReference, tabKey } from '../src/shared/storage.ts';
import { packAnalysis, unpackAnalysis } from '../src/shared/stored-analysis.ts';
import { DEFAULT_OPP115, readOpp115 } from './lib/opp115.ts';
import { readSeedText, seedProviders } from './lib/seeds.ts';

const HASH = 'a'.repeat(64);
const ID = '0f1e2d3c-4b5a-4968-8776-655443322110';
const bytes = (key: string, value: unknown): number => key.length + JSON.stringify(value).length;

const docs: { name: string; text: string }[] = seedProviders().map((p) => ({ name: p.name, text: readSeedText(p.file) }));
if (existsSync(DEFAULT_OPP115)) {
  const byPolicy = new Map<string, string[]>();
  for (const s of readOpp115(DEFAULT_OPP115)) byPolicy.set(s.policy, [...(byPolicy.get(s.policy) ?? []), s.text]);
  const longest = [...byPolicy].map(([policy, texts]) => ({ name: `OPP-115 ${policy}`, text: texts.join('\n\n') })).sort((a, b) => b.text.length - a.text.length);
  docs.push(...longest.slice(0, 3));
} else console.error(`bench:storage: OPP-115 not found at ${DEFAULT_OPP115}; the seeds only.`);

const rows: string[][] = [['policy', 'text', 'entry v2', '×text', 'entry now', '×text', 'tab before', 'tab now', 'pack ms', 'unpack ms']];
for (const { name, text } of docs) {
  const analysis = analyze({ text });
  const entry: LibraryEntry = { id: ID, name, url: 'https://example.com/privacy', savedAt: '2026-12-01T10:00:00.000Z', textHash: HASH, text, analysis, builtIn: false };
  const whole = bytes(entryKey(ID), entry);
  let start = performance.now();
  const packed = await packEntry(entry, undefined, '0123456789abcdef');
  const packMs = performance.now() - start;
  start = performance.now();
  await unpackAnalysis(packed.packed);
  const unpackMs = performance.now() - start;
  const now = bytes(entryKey(ID), packed);

  // One ready tab in storage.session. Before: its state held the analysis, the cache held it
  // again, and lib:tab-text:<id> held the text. Now: the state names one packed analysis.
  const view = popupView(analysis);
  const state = { kind: 'ready' as const, url: 'https://example.com/privacy', title: name, textHash: HASH, analysis, view };
  const before = bytes(tabKey(1), { schemaVersion: 1, state }) + bytes(`analysis:${HASH}`, { schemaVersion: 1, blocksHash: HASH, analysis })
    + bytes('lib:tab-text:1', { url: state.url, textHash: HASH, text });
  const key = analysisKey(HASH, HASH);
  const after = bytes(tabKey(1), { schemaVersion: STORAGE_SCHEMA_VERSION, state: byReference(state, key) })
    + bytes(key, { schemaVersion: STORAGE_SCHEMA_VERSION, analysis: await packAnalysis({ text, analysis }, '0123456789abcdef'), view });

  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  rows.push([name, kb(text.length), kb(whole), (whole / text.length).toFixed(2), kb(now), (now / text.length).toFixed(2), kb(before), kb(after), packMs.toFixed(1), unpackMs.toFixed(1)]);
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
console.log('\nentry: a saved policy in storage.local; tab: one open policy tab in storage.session. Target: entry ≤ 1.5× text.');
