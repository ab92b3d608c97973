// policylens detect end to end: valid lines are written, every bad line is named by file and
// line number on stderr, and the exit code says something was wrong.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ex from './fixtures/excerpts.ts';

import { policylens } from '../../cli/run.ts';

function runDetect(args: string[]) {
  const r = policylens(['detect', ...args]);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run detect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-detect-'));
  const input = join(dir, 'in.jsonl');
  const output = join(dir, 'out.jsonl');
  writeFileSync(input, [
    JSON.stringify({ id: 'policy', text: ex.policyEn }),
    JSON.stringify({ id: 'page', html: '<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>We collect data.</p></body></html>', url: 'https://example.com/privacy' }),
    '{not json',
    JSON.stringify({ id: 'nothing' }),
    JSON.stringify({ id: 'blank', text: '  ' }),
    '',
    JSON.stringify({ id: 7, text: ex.termsArbitration }),
  ].join('\n'));

  it('writes one line per valid input and reports each bad line', () => {
    const r = runDetect(['--in', input, '--out', output]);
    expect(r.code).toBe(1);
    const lines = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { id: 'policy', isPolicy: true, score: expect.any(Number) },
      { id: 'page', isPolicy: true, score: expect.any(Number) },
      { id: 7, isPolicy: false, score: expect.any(Number) },
    ]);
    expect(r.stderr).toContain(`${input}:3: invalid JSON`);
    expect(r.stderr).toContain(`${input}:4: line has neither "text" nor "html"`);
    expect(r.stderr).toContain(`${input}:5: empty "text"`);
    expect(r.stdout).toBe('');
  });

  it('names a missing input file and fails', () => {
    const r = runDetect(['--in', join(dir, 'missing.jsonl'), '--out', output]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing.jsonl: no such file');
  });

  it('writes to stdout without --out, and exits 0 when every line is good', () => {
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, `${JSON.stringify({ id: 'a', text: ex.policyFr })}\n`);
    const r = runDetect(['--in', good]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'a', isPolicy: true, score: expect.any(Number) });
  });
});
