// The command-line tools as a person runs them: real processes, real files, real exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/engine/labels.ts';

import { policylens } from '../cli/run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = join(ROOT, 'seeds/000_033c2eef7324457c.txt');
const TOOLS: Record<string, string> = { 'analyze.ts': 'analyze', 'classify.ts': 'classify' };

/** The built tool for its commands; the evaluation scripts through tsx. */
function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const command = TOOLS[script];
  if (command) return policylens([command, ...args]);
  const result = spawnSync(TSX, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'policylens-cli-'));

describe('analyze', () => {
  it('prints the plain-language summary by question (text format)', () => {
    const { status, stdout } = run('analyze.ts', [SEED]);
    expect(status, 'exit code').toBe(0);
    expect(stdout, 'question heading').toContain('How long they keep it');
    expect(stdout, 'the 24-month call-record retention').toMatch(/24 months/);
  });

  it('prints the full analysis as JSON with sentence offsets into the input', () => {
    const { status, stdout } = run('analyze.ts', [SEED, '--format', 'json']);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as { sentences: { start: number; end: number; text: string }[]; rating: { grade: string } };
    const input = readFileSync(SEED, 'utf8');
    expect(analysis.sentences.length, 'sentences').toBeGreaterThan(50);
    for (const s of analysis.sentences) expect(input.slice(s.start, s.end), 'offset invariant').toBe(s.text);
    expect(analysis.rating.grade, 'grade').toMatch(/^[A-E]$/);
  });

  it('writes a Markdown report that quotes its evidence', () => {
    const { status, stdout } = run('analyze.ts', [SEED, '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Privacy policy report/);
    expect(stdout, 'evidence quotes').toContain('> ');
  });

  it('reads HTML', () => {
    const page = join(scratch, 'policy.html');
    writeFileSync(page, `<!doctype html><html><body><nav>Home</nav><h1>Privacy Policy</h1><p>We retain call records for 24 months.</p><p>We do not sell your personal information.</p></body></html>`);
    const { status, stdout } = run('analyze.ts', [page, '--format', 'json']);
    expect(status).toBe(0);
    const analysis = JSON.parse(stdout) as { text: string; sentences: { text: string }[] };
    expect(analysis.text, 'navigation dropped').not.toContain('Home');
    expect(analysis.sentences.map((s) => s.text)).toContain('We do not sell your personal information.');
  });

  it('names a missing file', () => {
    const { status, stderr, stdout } = run('analyze.ts', [join(scratch, 'nope.txt')]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('nope.txt: no such file');
    expect(stdout, 'nothing on stdout').toBe('');
  });

  it('refuses a binary file', () => {
    const binary = join(scratch, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const { status, stderr } = run('analyze.ts', [binary]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('image.png: is a PNG image, not text');
  });

  it('refuses an empty file', () => {
    const empty = join(scratch, 'empty.txt');
    writeFileSync(empty, '  \n');
    const { status, stderr } = run('analyze.ts', [empty]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('empty.txt: is empty');
  });

  it('rejects an unknown format with the usage line', () => {
    const { status, stderr } = run('analyze.ts', [SEED, '--format', 'pdf']);
    expect(status).not.toBe(0);
    expect(stderr).toContain('usage:');
  });
});

describe('classify', () => {
  it('labels every valid line, reports bad lines by number, and exits non-zero', () => {
    const input = join(scratch, 'in.jsonl');
    const output = join(scratch, 'out.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'a', text: 'We keep your data only as long as your account stays open.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: '' }),
      JSON.stringify({ id: 'c', text: 'You can opt out of marketing emails by clicking unsubscribe. Contact us at privacy@example.com.' }),
      JSON.stringify({ text: 'no id' }),
    ].join('\n'));
    const { status, stderr } = run('classify.ts', ['--in', input, '--out', output]);
    expect(status, 'bad lines make the exit code non-zero').toBe(1);
    expect(stderr).toContain('in.jsonl:2: invalid JSON');
    expect(stderr).toContain('in.jsonl:3: empty "text"');
    expect(stderr).toContain('in.jsonl:5: missing "id"');
    const rows = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; labels: string[] });
    expect(rows.map((r) => r.id), 'valid lines still processed').toEqual(['a', 'c']);
    for (const row of rows) for (const label of row.labels) expect(LABELS).toContain(label);
    expect(rows[0]?.labels).toContain('Data Retention');
    expect(rows[1]?.labels).toContain('User Choice/Control');
  });

  it('names a missing input file', () => {
    const { status, stderr } = run('classify.ts', ['--in', join(scratch, 'missing.jsonl'), '--out', join(scratch, 'x.jsonl')]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('missing.jsonl: no such file');
  });
});

describe('classify output is stable', () => {
  it('gives the same labels on a second run', () => {
    const input = join(scratch, 'stable.jsonl');
    writeFileSync(input, JSON.stringify({ id: 1, text: 'We use cookies to remember your preferences.' }));
    const once = () => {
      expect(policylens(['classify', '--in', input, '--out', join(scratch, 'stable-out.jsonl')]).status).toBe(0);
      return readFileSync(join(scratch, 'stable-out.jsonl'), 'utf8');
    };
    expect(once()).toBe(once());
  });
});

describe('eval-facts', () => {
  it('scores the facts against expert attributes, policy by policy', () => {
    // Two made-up policies in OPP-115's line format (our own sentences, not corpus text).
    const data = join(scratch, 'opp-format.jsonl');
    const row = (policy: string, segment: number, text: string, attributes: Record<string, Record<string, string[]>>): string =>
      JSON.stringify({ policy, segment, text, split: 'train', labels12: [], attributes });
    writeFileSync(data, [
      row('1_kids.example', 0, 'Our club is not directed to children under 13.', { 'International and Specific Audiences': { 'Audience Type': ['Children'] } }),
      row('1_kids.example', 1, 'We collect your name and email address for the newsletter.', {}),
      row('2_quiet.example', 0, 'We collect your name when you order a catalogue.', {}),
    ].join('\n'));
    const { status, stdout } = run('eval-facts.ts', ['--data', data, '--json']);
    expect(status, 'exit code').toBe(0);
    const report = JSON.parse(stdout) as { policies: number; checks: { id: string; tp: number; fp: number; fn: number }[] };
    expect(report.policies).toBe(2);
    const children = report.checks.find((c) => c.id === 'audience-children');
    expect(children, 'children check').toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const contact = report.checks.find((c) => c.id === 'collects-contact');
    expect(contact, 'no expert said "contact": both policies are false alarms').toMatchObject({ tp: 0, fp: 2, fn: 0 });
  });

  it('says clearly when the corpus is absent', () => {
    const { status, stderr } = run('eval-facts.ts', ['--data', join(scratch, 'nowhere.jsonl')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/OPP-115 not found at .*nowhere\.jsonl/);
  });
});

describe('diagnose-rule-ceiling', () => {
  it('says clearly when the corpus is absent, and writes nothing', () => {
    const { status, stdout, stderr } = run('diagnose-rule-ceiling.ts', ['--data', join(scratch, 'nowhere.jsonl')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/OPP-115 not found at .*nowhere\.jsonl/);
  });
});
