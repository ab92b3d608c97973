// Part 1 of `npm run bench:detect`: the whole content script of the built extension, per page,
// from a Chromium trace. See scripts/bench-detect.ts for what is measured and how.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { DIST, launchWithExtension, type ExtensionSession } from '../../test/e2e/support/extension.ts';
import type { InExtension } from '../../test/e2e/support/in-extension.ts';
import { scriptCost, traceEvents, type ScriptCost } from './content-trace.ts';

const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'];
/** After the worker has the page's state: time for the worker's own question to the page
 *  (tabs.onUpdated 'complete' asks whether the content script still answers). */
const SETTLE_MS = 700;

export interface PageCost extends ScriptCost {
  url: string;
  firstOfSite: boolean;
}

export interface ContentScriptFile {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The content script the built manifest names (one file). */
export function contentScriptFile(): ContentScriptFile {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const path = manifest.content_scripts?.[0]?.js?.[0];
  if (!path) throw new Error(`${DIST}/manifest.json names no content script`);
  const code = readFileSync(join(DIST, path));
  return { path, rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

async function readTrace(cdp: CDPSession): Promise<string> {
  const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  if (!stream) throw new Error('Chromium returned no trace stream');
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return parts.join('');
}

/** Waits until the worker's tab states name `url` (the content script has reported). */
async function reported(session: ExtensionSession, url: string): Promise<void> {
  const sw = await session.serviceWorker();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = await sw.evaluate(async (u) => {
      const items = await (globalThis as unknown as InExtension).chrome.storage.session.get(null);
      return JSON.stringify(items).includes(JSON.stringify(u));
    }, url);
    if (found) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the content script never reported ${url}`);
}

async function visit(session: ExtensionSession, page: Page, cdp: CDPSession, scriptUrl: string, url: string): Promise<ScriptCost> {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: TRACE_CATEGORIES } });
  let trace: string;
  try {
    await page.goto(url, { waitUntil: 'load' });
    await reported(session, url);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  } finally {
    trace = await readTrace(cdp);
  }
  const cost = scriptCost(traceEvents(trace), scriptUrl);
  if (!cost) throw new Error(`no evaluation of ${scriptUrl} in the trace of ${url}`);
  return cost;
}

/** Visits `sites` × `pagesPerSite` of the given paths (served by `origin(site)`), in order. */
export async function measureWholeScript(paths: readonly string[], sites: number, pagesPerSite: number, origin: (site: number) => string): Promise<PageCost[]> {
  const session = await launchWithExtension({ args: ['--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND'] });
  try {
    const scriptUrl = `chrome-extension://${session.extensionId}/${contentScriptFile().path}`;
    const page = await session.context.newPage();
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser behind the context: cannot trace');
    const cdp = await browser.newBrowserCDPSession();
    const costs: PageCost[] = [];
    for (let site = 0; site < sites; site++) {
      for (let n = 0; n < pagesPerSite; n++) {
        const path = paths[site * pagesPerSite + n];
        if (path === undefined) continue;
        const url = `${origin(site)}${path}`;
        costs.push({ url, firstOfSite: n === 0, ...(await visit(session, page, cdp, scriptUrl, url)) });
      }
    }
    await cdp.detach();
    return costs;
  } finally {
    await session.close();
  }
}
