// The compare command as a person runs it: real processes, real files, real exit codes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { policylens } from '../cli/run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONIFER = join(ROOT, 'seeds/000_033c2eef7324457c.txt');
const TREE = join(ROOT, 'seeds/002_bf13b23f045a4a3f.txt');

function compare(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return policylens(['compare', ...args]);
}

const scratch = mkdtempSync(join(tmpdir(), 'policylens-compare-'));
const library = join(scratch, 'library.json');
writeFileSync(library, JSON.stringify({
  schemaVersion: 1,
  exportedAt: '2026-11-01T00:00:00.000Z',
  entries: [
    { id: 'tree-old', name: 'Conferencing Tree (saved)', url: 'https://conferencingtree.com/privacy', savedAt: '2026-10-01T00:00:00.000Z', textHash: 'x', text: readFileSync(TREE, 'utf8'), builtIn: false },
    { id: 'empty', name: 'Empty', url: 'https://example.com', savedAt: '2026-10-01T00:00:00.000Z', textHash: 'y', text: '', builtIn: false },
  ],
}));

// Each case starts a process that loads the engine: seconds on a busy two-core machine.
describe('compare', { timeout: 120_000 }, () => {
  it('prints a table by row with marks, seed names as column names', () => {
    const { status, stdout, stderr } = compare(['seed:conifer', 'seed:county-micro']);
    expect(status, stderr).toBe(0);
    expect(stdout, 'row heading').toContain('Whether they sell it');
    expect(stdout, 'County Micro better on selling').toMatch(/✓ County Micro\s+Does not sell your personal information\./);
    expect(stdout, 'Conifer, the reference, silent on selling').toMatch(/• Conifer Communications\s+The policy doesn't say whether it sells/);
  });

  it('prints the Comparison as JSON, reading files and library entries', () => {
    const { status, stdout, stderr } = compare([CONIFER, `${library}#tree-old`, '--format', 'json']);
    expect(status, stderr).toBe(0);
    const comparison = JSON.parse(stdout) as { names: string[]; rows: { id: string; cells: { verdict: string; evidence: number[] }[] }[] };
    expect(comparison.names, 'a seed file is named after its provider').toEqual(['Conifer Communications', 'Conferencing Tree (saved)']);
    expect(comparison.rows.map((r) => r.id)).toContain('retention');
    for (const row of comparison.rows) expect(row.cells, row.id).toHaveLength(2);
  });

  it('names columns after the seed providers, the page title or the company a policy names', () => {
    const html = join(scratch, 'acme.html');
    writeFileSync(html, `<!doctype html><html><head><title>Privacy Policy | Acme Rockets</title></head><body><h1>Privacy Policy</h1><p>${readFileSync(TREE, 'utf8').replace(/\n+/g, '</p><p>')}</p></body></html>`);
    const named = join(scratch, 'policy-v2.txt');
    writeFileSync(named, `Privacy Policy\n\nNorthwind Traders, Inc. ("Northwind", "we", "us") runs this site.\n\n${readFileSync(TREE, 'utf8')}`);
    const { status, stdout, stderr } = compare([join(ROOT, 'seeds/000_033c2eef7324457c.txt'), join(ROOT, 'seeds/004_5bd2721613aedcf6.txt'), html, named, '--format', 'json']);
    expect(status, stderr).toBe(0);
    expect((JSON.parse(stdout) as { names: string[] }).names).toEqual(['Conifer Communications', 'Fusion Connect', 'Acme Rockets', 'Northwind Traders']);
  });

  it('compares with a built-in reference snapshot, named and dated', () => {
    const { status, stdout, stderr } = compare(['seed:conifer', 'ref:signal']);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/Signal \(snapshot \d{4}-\d{2}-\d{2}\)/);
  });

  it('writes a Markdown table', () => {
    const { status, stdout } = compare(['seed:conifer', 'seed:phone-com', '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Privacy policy comparison/);
    expect(stdout, 'header row').toContain('| | Conifer Communications | Phone.com |');
    expect(stdout, 'retention row').toMatch(/\| \*\*How long they keep it\*\* \| • Keeps call records for up to 24 months\. \| – /);
  });

  it('diffs two versions: summary changes and quoted sentences', () => {
    const edited = join(scratch, 'tree-new.txt');
    writeFileSync(edited, readFileSync(TREE, 'utf8').replace('We do not sell', 'We may sell'));
    const { status, stdout, stderr } = compare(['--diff', `${library}#tree-old`, edited]);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/✗ Now says it .*; before, it said it does not sell your data\./);
    expect(stdout).toMatch(/Added sentences \(1\):\n {2}\+ \[\d+\] "We may sell/);
    expect(stdout).toMatch(/Removed sentences \(1\):\n {2}- \[\d+\] "We do not sell/);
  });

  it('diffs as JSON; identical texts are unchanged', () => {
    const { status, stdout } = compare(['--diff', TREE, `${library}#tree-old`, '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ changed: false, addedSentences: [], removedSentences: [], summaryChanges: [] });
  });

  it.each([
    [['seed:nope', 'seed:conifer'], 'seed:nope: no seed provider with this id'],
    [[`${library}#missing`, 'seed:conifer'], 'library.json#missing: no entry with this id (entries: tree-old, empty)'],
    [[`${library}#empty`, 'seed:conifer'], 'library.json#empty: the entry has no text'],
    [[join(scratch, 'nope.txt'), 'seed:conifer'], 'nope.txt: no such file'],
    [[library, 'seed:conifer'], 'library.json: name an entry of the library export'],
  ])('names the bad input %j', (args, message) => {
    const { status, stdout, stderr } = compare(args);
    expect(status, 'exit code').toBe(1);
    expect(stderr).toContain(message);
    expect(stdout, 'nothing on stdout').toBe('');
  });

  it('refuses a file that is not a library export', () => {
    const notExport = join(scratch, 'other.json');
    writeFileSync(notExport, '{"entries": []}');
    const { status, stderr } = compare([`${notExport}#a`, 'seed:conifer']);
    expect(status).toBe(1);
    expect(stderr).toContain('other.json: not a PolicyLens library export');
  });

  it.each([
    [['seed:conifer', 'seed:conifer', 'seed:conifer', 'seed:conifer', 'seed:conifer']],
    [['--diff', 'seed:conifer']],
    [['seed:conifer', 'seed:fusion-connect', '--format', 'pdf']],
    // One policy is no comparison; an unknown option is an error, never a file name.
    [['seed:conifer']],
    [['seed:conifer', 'seed:fusion-connect', '--colour']],
    [[]],
  ])('prints the usage for %j', (args) => {
    const { status, stderr } = compare(args);
    expect(status).toBe(2);
    expect(stderr).toContain('usage: policylens compare');
  });

  it('names columns by the seed provider or the policy\'s own name, not the file name', () => {
    const own = join(scratch, 'acme.md');
    writeFileSync(own, '# Acme Widgets Privacy Policy\n\nAcme Widgets Inc. ("we") collects your email address to send receipts. We do not sell your personal information.\n');
    const { status, stdout } = compare([CONIFER, own, '--format', 'json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { names: string[] }).names).toEqual(['Conifer Communications', 'Acme Widgets']);
  });
});
