// Runs src/content/detect inside real headless Chromium: the module is bundled once with Vite
// (an IIFE exposing `PolicyLensDetect`), with the detector's patterns compiled at build time as
// the extension's build does, and injected into pages served from a loopback server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildVocabularyTable, patternTableDefine } from '../../../../src/engine/detect/pattern-table.ts';
import type { DetectGlobal } from './in-page.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function bundleContentDetect(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define: patternTableDefine(),
    build: { write: false, minify: false, lib: { entry: 'src/content/detect/index.ts', formats: ['iife'], name: 'PolicyLensDetect', fileName: 'detect' } },
  });
  const output = (Array.isArray(result) ? result[0] : result) as { output: { code?: string }[] };
  const code = output.output[0]?.code;
  if (!code) throw new Error('bundling src/content/detect produced no code');
  return code;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Served {
  body: string | Buffer;
  type: string;
}

/**
 * A loopback HTTP server answering from `pages` (path -> HTML, or a lookup returning HTML or a
 * typed body); 404 for anything else. Responses are cross-origin isolated (COOP/COEP), which
 * gives performance.now() its fine (5 µs) resolution in Chromium for the bench.
 */
export async function servePages(
  pages: ReadonlyMap<string, string> | ((path: string) => string | Served | undefined),
): Promise<{ origin: string; close: () => Promise<void> }> {
  const lookup = typeof pages === 'function' ? pages : (path: string) => pages.get(path);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const found = lookup(path);
    if (found === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, type } = typeof found === 'string' ? { body: found, type: 'text/html; charset=utf-8' } : found;
    res.writeHead(200, {
      'content-type': type,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A new tab whose requests never leave loopback. */
export async function loopbackPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return page;
}

/** Loads `url` in `page` and injects the detector, as the content script would be, and (unless
 *  told not to) the text vocabulary, as the worker hands it to the content script. */
export async function gotoWithDetector(page: Page, bundle: string, url: string, vocabulary = true): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  if (vocabulary) await page.evaluate((rows) => (window as unknown as DetectGlobal).PolicyLensDetect.useVocabulary(rows), buildVocabularyTable());
}

/** Opens a page with the detector injected; the page never reaches beyond loopback. */
export async function openWithDetector(browser: Browser, bundle: string, url: string, vocabulary = true): Promise<Page> {
  const page = await loopbackPage(browser);
  await gotoWithDetector(page, bundle, url, vocabulary);
  return page;
}
