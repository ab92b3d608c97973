// The built command-line tool as a person runs it: `node dist-cli/policylens.mjs …` (what `npx
// policylens` runs), a real process with real files, stdin and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist-cli/policylens.mjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function policylens(args: readonly string[], stdin?: string | Buffer): Run {
  if (!existsSync(CLI)) throw new Error(`no built CLI at ${CLI}: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', ...(stdin !== undefined ? { input: stdin } : {}), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
