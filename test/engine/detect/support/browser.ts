// Runs src/content/detect inside real headless Chromium: the module is bundled once with Vite
// (an IIFE exposing `PolicyLensDetect`) and injected into pages served from a loopback server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export async function bundleContentDetect(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
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

/** A loopback HTTP server answering from `pages` (path -> HTML); 404 for anything else. */
export async function servePages(pages: ReadonlyMap<string, string> | ((path: string) => string | undefined)): Promise<{ origin: string; close: () => Promise<void> }> {
  const lookup = typeof pages === 'function' ? pages : (path: string) => pages.get(path);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const body = lookup(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens a page with the detector injected; the page never reaches beyond loopback. */
export async function openWithDetector(browser: Browser, bundle: string, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  return page;
}
