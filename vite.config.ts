import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig(({ mode }) => ({
  plugins: process.env['VITEST'] ? [] : [preact(), crx({ manifest, browser: mode === 'firefox' ? 'firefox' : 'chrome' })],
  build: {
    outDir: mode === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
  },
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], environment: 'node' } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
}));
