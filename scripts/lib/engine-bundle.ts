// The engine as the extension ships it, bundled with Vite into one ES module that Node can
// import: what the cold-start bench times in a fresh process (the worker evaluates the same).
import { join } from 'node:path';
import { build } from 'vite';
import { compiledEnginePlugin } from '../build/compiled-engine.ts';

/** Bundles src/engine/analyze.ts into `outDir`; returns the module's path. */
export async function bundleEngine(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [compiledEnginePlugin()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: 'src/engine/analyze.ts', formats: ['es'], fileName: () => 'engine.mjs' },
    },
  });
  return join(outDir, 'engine.mjs');
}
