import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor } from './manifest.config.ts';

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: process.env['VITEST']
      ? []
      : [
          preact(),
          crx({
            manifest: manifestFor(browser),
            browser,
            // One self-contained IIFE: crxjs's default loader imports chunks at run time, which
            // would need them web-accessible to every page (a fingerprinting surface).
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
        ],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      // Readable output is easier to review for store submission; size hardly matters locally.
      minify: false,
      // Pages no manifest key names: crxjs builds only what the manifest lists.
      rollupOptions: { input: { paste: 'src/popup/paste.html', welcome: 'src/popup/welcome.html' } },
    },
    test: {
      projects: [
        { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node' } },
        { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
      ],
    },
  };
});
