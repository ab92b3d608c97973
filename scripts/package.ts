// npm run package   (builds first: vite build, vite build --mode firefox; see package.json)
// Writes the store packages from the production builds, versioned from package.json:
//   dist-packages/policylens-chrome-<version>.zip   (Chrome Web Store: dist/)
//   dist-packages/policylens-firefox-<version>.zip  (addons.mozilla.org: dist-firefox/)
// Zipped by web-ext (already a dependency), which leaves out dotfiles such as crxjs's
// .vite/manifest.json. Before writing, each build's manifest must carry package.json's version;
// after, each zip must hold manifest.json at its root and every file of its build, nothing else.
// `npm run lint:firefox` then runs web-ext lint on the Firefox zip.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');
const OUT = join(REPO, 'dist-packages');
const WEB_EXT = join(REPO, 'node_modules', '.bin', 'web-ext');

const BUILDS = [
  { browser: 'chrome', dir: join(REPO, 'dist') },
  { browser: 'firefox', dir: join(REPO, 'dist-firefox') },
] as const;

function packageFileName(browser: string, version: string): string {
  return `policylens-${browser}-${version}.zip`;
}

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** Files under `dir` as zip paths, dotfiles and dot-directories left out (as web-ext does). */
function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      if (name.startsWith('.')) continue;
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The names in a zip's central directory (no ZIP64: a store package is far below 4 GB). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) fail(`${file} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) fail(`${file}: bad central directory entry ${n}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names.filter((name) => !name.endsWith('/')).sort();
}

function main(): void {
  const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  for (const { browser, dir } of BUILDS) {
    let manifest: { version?: string };
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version?: string };
    } catch {
      fail(`no ${browser} build in ${relative(REPO, dir)}/ (npm run package builds it first)`);
    }
    if (manifest.version !== version) fail(`${relative(REPO, dir)}/manifest.json has version ${manifest.version ?? '(none)'}, package.json ${version}: rebuild`);
    const name = packageFileName(browser, version);
    execFileSync(WEB_EXT, ['build', '--source-dir', dir, '--artifacts-dir', OUT, '--filename', name, '--overwrite-dest', '--no-input'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const file = join(OUT, name);
    const entries = zipEntries(file);
    const expected = filesOf(dir);
    if (!entries.includes('manifest.json')) fail(`${name} has no manifest.json at its root`);
    if (JSON.stringify(entries) !== JSON.stringify(expected)) {
      const missing = expected.filter((f) => !entries.includes(f));
      const extra = entries.filter((f) => !expected.includes(f));
      fail(`${name} differs from ${relative(REPO, dir)}/: missing ${missing.join(', ') || 'none'}; extra ${extra.join(', ') || 'none'}`);
    }
    console.log(`${relative(REPO, file)}: ${entries.length} files, ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}

main();
