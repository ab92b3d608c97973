// The command-line tool's rough edges, as issue reports found them: every input that cannot be a
// policy is refused by name, encodings are read or refused (never read wrong in silence), flags
// are strict and the same for every command, "-" is standard input, and a closed pipe or an
// unwritable file ends the run cleanly. Exit codes: 0 done, 1 bad input, 2 usage.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, policylens, ROOT } from './run.ts';
import { RULES } from '../../src/rules/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'policylens-edges-'));
const SEED = join(ROOT, 'seeds/000_033c2eef7324457c.txt');
const file = (name: string, content: string | Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const POLICY = 'Privacy Policy\n\nWe collect your name and email address. We do not sell your personal information. Contact privacy@example.com.\n';

describe('inputs that cannot be a policy are refused by name', () => {
  it.each([
    ['fake.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(POLICY)]), 'is a PDF'],
    ['archive.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'is a ZIP archive'],
    ['noise.bin', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256).map((b) => (b === 0 ? 1 : b))), 'looks binary'],
  ])('%s', (name, content, message) => {
    const r = policylens(['analyze', file(name, content)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${name}: ${message}`);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('encodings', () => {
  it('reads UTF-16 with a byte-order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POLICY, 'utf16le')]);
    const r = policylens(['analyze', file('utf16.txt', utf16), '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { sentences: { text: string }[] }).sentences.map((s) => s.text)).toContain('We do not sell your personal information.');
  });

  it('reads Latin-1 text as Windows-1252 and says so, rather than garbling it', () => {
    const latin1 = Buffer.from('Privacy Policy\n\nCafé Noël collects your name. We do not sell your personal information.\n', 'latin1');
    const r = policylens(['analyze', file('latin1.txt', latin1), '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('read as Windows-1252');
    expect(r.stdout).toContain('Café Noël');
  });
});

describe('flags are strict, the same for every command', () => {
  it.each([
    [['analyze', SEED, '--format'], '--format needs a value'],
    [['analyze', '--format', SEED], '--format must be one of'],
    [['analyze', '--colour', SEED], 'unknown option --colour'],
    [['classify', '--in', SEED, '--fast'], 'unknown option --fast'],
    [['detect', '--in', SEED, '--fast'], 'unknown option --fast'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('%j', (args, message) => {
    const r = policylens(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('standard input, JSON Lines and empty inputs', () => {
  it('"-" reads the policy from standard input', () => {
    const r = policylens(['analyze', '-'], POLICY);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Whether they sell it');
  });

  it('a byte-order mark on the first JSON line is not an error', () => {
    const input = file('bom.jsonl', `\uFEFF${JSON.stringify({ id: 1, text: 'We keep your data for two years.' })}\n`);
    const r = policylens(['classify', '--in', input]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout.trim()) as { id: number }).toMatchObject({ id: 1 });
  });

  it.each(['classify', 'detect'])('%s: an input with no lines is an error', (command) => {
    const r = policylens([command, '--in', file(`empty-${command}.jsonl`, '\n\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('has no lines');
  });
});

describe('output', () => {
  it('an unwritable --out is named, without a stack trace, before any work', () => {
    const locked = join(scratch, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = policylens(['analyze', SEED, '--out', join(locked, 'x.txt')]);
    // root may write anywhere: then the run simply succeeds.
    if (r.status === 0) return;
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/x\.txt: cannot be written/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a reader that stops early (| head -c 10) ends the run quietly', async () => {
    const child = spawn(process.execPath, [CLI, 'analyze', SEED, '--format', 'json'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});

describe('batch mode', () => {
  it('analyses a corpus on two worker threads, in input order, reporting a bad line and going on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: POLICY }),
      '{not json',
      JSON.stringify({ id: 'b', markdown: '# Example Privacy Policy\n\nWe may sell your personal information to data brokers. We keep your data indefinitely.' }),
      JSON.stringify({ id: 'c', html: `<html><body><h1>Privacy Policy</h1><p>${readFileSync(SEED, 'utf8').slice(0, 4000)}</p></body></html>` }),
      JSON.stringify({ id: 'd' }),
    ];
    const out = join(scratch, 'results.jsonl');
    const r = policylens(['analyze', '--in', file('corpus.jsonl', `${lines.join('\n')}\n`), '--out', out, '--jobs', '2']);
    expect(r.status, 'a bad line makes it exit 1').toBe(1);
    expect(r.stderr).toContain('corpus.jsonl:2: invalid JSON');
    expect(r.stderr).toContain('corpus.jsonl:5: give exactly one of');
    expect(r.stderr).toMatch(/analysed 3 policies, 2 bad line\(s\) in [\d.]+ s \([\d.]+ per second, 2 jobs\)/);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; claims: { sell: { sell: string } } });
    expect(rows.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]?.claims.sell.sell).toBe('no');
    expect(rows[1]?.claims.sell.sell).toBe('yes');
  });
});

describe('explain', () => {
  it('names the rules behind a claim and how its clause was read', () => {
    const r = policylens(['explain', 'We do not sell your personal information.']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('claim sell = no');
    expect(r.stdout).toMatch(/rule sell\.denies/);
    expect(r.stdout).toMatch(/read as .*actor we/);
  });
});

describe('explain: which pattern of a rule matched', () => {
  const sentence = 'Print readers should know that we may rent or exchange subscriber names with other publishers.';
  interface Explained { sentences: { patterns: { rule: string; index: number; count: number; example?: string; pattern: string }[] }[] }
  const explainJson = (text: string): Explained => {
    const r = policylens(['explain', text, '--json']);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Explained;
  };

  it('prints the gloss as before, then each matching pattern by number and example', () => {
    const r = policylens(['explain', sentence]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.trim() === 'rule third-party.we-share-with: Says the provider shares or discloses your information with other companies');
    expect(at, r.stdout).toBeGreaterThan(0);
    expect(lines[at + 1], r.stdout).toMatch(/^ {8}pattern \d+ of \d+(, as in ".+"|: .+)$/);
  });

  it('tells two wordings of one rule apart, by their index and text in the rule file', () => {
    const rule = RULES.find((r) => r.id === 'third-party.we-share-with');
    const matched = (text: string) => explainJson(text).sentences.flatMap((s) => s.patterns).filter((p) => p.rule === rule?.id);
    const renting = matched(sentence);
    const reserving = matched('The publisher reserves the right to sell its subscriber lists to other companies.');
    for (const p of [...renting, ...reserving]) {
      expect(p.count).toBe(rule?.patterns.length);
      expect(p.pattern, `pattern ${p.index}`).toBe(rule?.patterns[p.index]);
    }
    expect(renting.some((p) => p.pattern.startsWith('(exchange|rent|sell|trade|lease|swap)')), JSON.stringify(renting)).toBe(true);
    expect(reserving.some((p) => p.pattern.startsWith('(reserve|reserves)')), JSON.stringify(reserving)).toBe(true);
    expect(renting.map((p) => p.index)).not.toEqual(reserving.map((p) => p.index));
  });
});

describe('the built file as npx runs it', () => {
  it('is executable on its own (package.json "bin"), with its #! line', () => {
    const r = spawnSync(CLI, ['--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.error, 'runs without "Permission denied"').toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^policylens: reads privacy policies/);
  });
});
