// The engine's fingerprint: a sha-256 over everything that decides what an analysis says — the
// engine's and the rules' source (src/engine, src/rules, the trained model with them) and the
// versions of the libraries the engine reads text with. Computed when the extension is built
// (vite.config.ts defines it as __POLICYLENS_ENGINE__) and stored with every analysis, so that a
// stored analysis an older engine wrote is read again from its text (src/shared/library.ts).
// A change that does not alter any analysis (a comment) changes it too: that costs one re-reading
// of the library after an update, never a stale answer.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders, under the repository, whose files make up the engine. */
export const ENGINE_SOURCES = ['src/engine', 'src/rules'];
/** The libraries the engine reads text with: a new version may split sentences differently. */
export const ENGINE_LIBRARIES = ['compromise', 'htmlparser2'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.isFile() ? [path] : [];
  });
}

function libraryVersion(root: string, name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'absent';
  }
}

/** 16 hex digits (64 bits: enough to tell builds apart, short enough to store with each analysis). */
export function engineFingerprint(root: string): string {
  const hash = createHash('sha256');
  const paths = ENGINE_SOURCES.flatMap((dir) => files(join(root, dir))).map((path) => relative(root, path).split(sep).join('/')).sort();
  for (const path of paths) {
    const content = readFileSync(join(root, path));
    hash.update(`${path}\0${content.length}\0`).update(content);
  }
  for (const name of ENGINE_LIBRARIES) hash.update(`${name}@${libraryVersion(root, name)}\0`);
  return hash.digest('hex').slice(0, 16);
}
