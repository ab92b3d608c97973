import { fileURLToPath } from 'node:url';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { minify, type Plugin, type UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { manifestFor } from './manifest.config.ts';
import { compiledEnginePlugin } from './scripts/build/compiled-engine.ts';
import { engineFingerprint } from './scripts/lib/engine-fingerprint.ts';
import { NEEDS_A_PATTERN } from './src/engine/detect/compile.ts';
import { patternTableDefine } from './src/engine/detect/pattern-table.ts';

/** The engine on real policies (the seeds, Debian's manuals) and the retraining check. */
const CORPUS_TESTS = [
  'test/engine/analyze.test.ts',
  'test/engine/compare/**/*.test.ts',
  'test/engine/diff/diff.test.ts',
  'test/engine/summary/**/*.test.ts',
  'test/engine/questions/seeds.test.ts',
  'test/engine/detect/debian-pages.test.ts',
  'test/engine/detect/seeds.test.ts',
  'test/engine/facts/anchors.test.ts',
  'test/engine/classify/model.test.ts',
  'test/engine/compiled/**/*.test.ts',
  'test/engine/text/segment.test.ts',
  'test/engine/text/bounded.test.ts',
  'test/engine/report/escape.test.ts',
  'test/shared/stored-analysis-seeds.test.ts',
];
/** The command-line tools as real processes. */
const CLI_TESTS = ['test/cli/**/*.test.ts', 'test/scripts/cli.test.ts', 'test/scripts/compare.test.ts', 'test/engine/detect/cli.test.ts'];
/** Pure modules run in real Chromium. */
const BROWSER_TESTS = ['test/engine/detect/browser.test.ts'];

/** The manifest's content scripts (manifest.json), each bundled into one file. */
const CONTENT_SCRIPTS = ['src/content/index.ts'];

/** Computed once per build: the engine's fingerprint, stored with every analysis so that one an
 *  older engine wrote is read again (src/shared/engine-fingerprint.ts), and the page detector's
 *  compiled patterns (src/engine/detect/patterns.ts; tests run the detector from source, which
 *  compiles them itself). */
const define = {
  __POLICYLENS_ENGINE__: JSON.stringify(engineFingerprint(fileURLToPath(new URL('.', import.meta.url)))),
  ...(process.env['VITEST'] ? {} : patternTableDefine()),
};

/** Issue 15's budget for a content script, gzip -9 (13.3 KB when set). Past it, the usual cause is
 *  an import that drags in rules or the pattern compiler (lint forbids src/rules and
 *  classification; the detector's compiler is dropped only thanks to `define` above). */
const CONTENT_SCRIPT_GZIP_BUDGET = 15 * 1024;

/**
 * The content script is injected into every page, so it is shipped minified (the pages and the
 * worker stay readable for review). crxjs builds it in a build of its own with the parent's
 * `minify`, so it is minified here, after crxjs has emitted it, with the minifier Vite itself
 * uses (oxc); the build fails when it outgrows its budget or would compile patterns at run time.
 */
function minifyContentScripts(sources: readonly string[]): Plugin {
  const outputs = sources.map((f) => f.replace(/\.tsx?$/, '.js'));
  return {
    name: 'policylens:minify-content-scripts',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const fileName of outputs) {
        const asset = bundle[fileName];
        if (asset?.type !== 'asset' || typeof asset.source !== 'string') this.error(`content script ${fileName} was not emitted as a script`);
        const result = await minify(fileName, asset.source, { compress: true, mangle: true });
        if (result.errors.length > 0) this.error(`minifying ${fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
        asset.source = result.code;
        if (result.code.includes(NEEDS_A_PATTERN)) this.error(`content script ${fileName} carries the detector's pattern compiler: is the build's define (patternTableDefine) missing?`);
        const gzip = gzipSync(result.code, { level: 9 }).length;
        if (gzip > CONTENT_SCRIPT_GZIP_BUDGET) this.error(`content script ${fileName} is ${gzip} B gzip, over its budget of ${CONTENT_SCRIPT_GZIP_BUDGET} B: does it import rules or the pattern compiler?`);
      }
    },
  };
}

/** Modules the popup's first screen must not load: the question modules, rules and classifier
 *  (half a megabyte to parse and evaluate before anything shows). The worker computes what the
 *  popup shows from them (src/shared/answer-rows.ts); the comparison and the summary's text load
 *  them on demand, by dynamic import. */
const NOT_IN_POPUP_START = /\/src\/(engine\/(questions|classify|compiled|facts|clause)|rules)\//;

/** Fails the build when what the popup's page loads before it runs (its entry chunk and their
 *  static imports) holds a module NOT_IN_POPUP_START forbids. */
function popupStartsLight(page: string): Plugin {
  return {
    name: 'policylens:popup-starts-light',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const entry = chunks.find((c) => c.facadeModuleId?.endsWith(page));
      if (!entry) return;
      const seen = new Set<string>();
      const walk = (fileName: string): void => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = chunks.find((c) => c.fileName === fileName);
        const bad = chunk?.moduleIds.find((id) => NOT_IN_POPUP_START.test(id.replaceAll('\\', '/')));
        if (bad) this.error(`the popup (${page}) loads ${bad} at start (through ${fileName}): import it dynamically, or have the worker compute what it gives`);
        for (const next of chunk?.imports ?? []) walk(next);
      };
      walk(entry.fileName);
    },
  };
}

/** Rollup writes files without the executable bit, and `npx policylens` (package.json "bin")
 *  runs the file itself: "Permission denied" without it. */
function executable(fileName: string): Plugin {
  return {
    name: 'policylens:executable',
    apply: 'build',
    writeBundle(options) {
      if (!options.dir) this.error('the CLI build has no output folder');
      chmodSync(join(options.dir, fileName), 0o755);
    },
  };
}

/** `vite build --mode cli`: the command-line tool as two Node modules (the tool and its worker
 *  thread) with the engine, rules and libraries bundled in, so that it starts without a
 *  TypeScript compiler: dist-cli/policylens.mjs (package.json "bin"). */
const CLI_BUILD: UserConfig = {
  define,
  plugins: [compiledEnginePlugin(), executable('policylens.mjs')],
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { policylens: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', banner: (chunk: { name: string }) => (chunk.name === 'policylens' ? '#!/usr/bin/env node' : '') },
    },
  },
  ssr: { noExternal: true, target: 'node' },
};

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return CLI_BUILD;
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    define,
    // The engine's rules compiled at build time, in every build and in the tests alike.
    plugins: process.env['VITEST']
      ? [compiledEnginePlugin()]
      : [
          compiledEnginePlugin(),
          preact(),
          crx({
            manifest: manifestFor(browser),
            browser,
            // One self-contained IIFE: crxjs's default loader imports chunks at run time, which
            // would need them web-accessible to every page (a fingerprinting surface).
            contentScripts: { standaloneFiles: CONTENT_SCRIPTS },
          }),
          minifyContentScripts(CONTENT_SCRIPTS),
          popupStartsLight('src/popup/index.html'),
        ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Readable output is easier to review for store submission; size hardly matters locally
      // (the content script is the exception: see minifyContentScripts).
      minify: false,
      // Pages no manifest key names: crxjs builds only what the manifest lists.
      rollupOptions: { input: { paste: 'src/popup/paste.html', welcome: 'src/popup/welcome.html' } },
    },
    test: {
      // Four tiers, kept apart so that each can be run on its own and none waits on another:
      // unit (pure code, hand-written inputs), corpus (the engine on real policies: the seeds,
      // Debian's HTML manuals, retraining), cli (the command-line tools as real processes) and
      // e2e (the built extension, and the detector, in real Chromium). Nothing here depends on
      // how fast the machine is: the timeouts below only catch a hang, on a busy 2-core box.
      // Each extends this config, for its plugins (the engine compiled as a build compiles it).
      projects: [
        { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', ...CORPUS_TESTS, ...CLI_TESTS, ...BROWSER_TESTS], environment: 'node', testTimeout: 60_000 } },
        { extends: true, test: { name: 'corpus', include: CORPUS_TESTS, environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 } },
        { extends: true, test: { name: 'cli', include: CLI_TESTS, environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 } },
        { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts', ...BROWSER_TESTS], environment: 'node', testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false, setupFiles: ['test/e2e/support/crash-guard.ts'] } },
      ],
    },
  };
});
