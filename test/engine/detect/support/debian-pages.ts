// Ordinary (non-policy) pages: the HTML manuals of Debian's python3-doc package, all of them,
// in sorted order, each treated as served at http://127.0.0.1/docs/<path>. Shared by the tests,
// scripts/eval-detect.ts and scripts/bench-detect.ts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const PYTHON_DOC_ROOT = '/usr/share/doc/python3-doc/html';
export const MIN_DEBIAN_PAGES = 300;

export interface DebianPage {
  /** File on disk. */
  file: string;
  /** Path under the manual root, with forward slashes. */
  path: string;
  /** The URL the page is treated as served from. */
  url: string;
}

export class MissingDebianPagesError extends Error {}

export function debianPages(root = PYTHON_DOC_ROOT, origin = 'http://127.0.0.1'): DebianPage[] {
  if (!existsSync(root)) {
    throw new MissingDebianPagesError(`${root} not found: install Debian's python3-doc (apt-get install -y python3-doc; .ci/run does this in CI)`);
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) files.push(full);
    }
  };
  walk(root);
  files.sort();
  if (files.length < MIN_DEBIAN_PAGES) {
    throw new MissingDebianPagesError(`${root} holds only ${files.length} HTML pages (need ${MIN_DEBIAN_PAGES}): is python3-doc fully installed?`);
  }
  return files.map((file) => {
    const path = relative(root, file).split(sep).join('/');
    return { file, path, url: `${origin}/docs/${path}` };
  });
}
