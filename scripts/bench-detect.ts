// npm run -s bench:detect -- [--limit <n>] [--json]   (or: npx tsx scripts/bench-detect.ts ...)
// Times the content script's detectPolicyPage inside real headless Chromium (/usr/bin/chromium):
// - ordinary pages: every Debian python3-doc HTML manual page (sorted), served with its CSS and
//   images from a loopback server at http://127.0.0.1:<port>/docs/<path>; these must be settled
//   at the quick stage. "first call" is the first detection on a freshly loaded page (what the
//   content script pays: regexes compile lazily on first use); "warm" is the median of repeats.
// - policy pages, full path: the OPP-115 policies (Wilson et al., ACL 2016; read from
//   ../shared/data) and the five seeds, served untitled, so the quick stage says 'maybe' and the
//   main text is read.
// Only loopback traffic: every other request is aborted. Figures go to stdout.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bundleContentDetect, gotoWithDetector, launchChromium, loopbackPage, servePages, type Served } from '../test/engine/detect/support/browser.ts';
import { debianPages, PYTHON_DOC_ROOT } from '../test/engine/detect/support/debian-pages.ts';
import type { DetectGlobal } from '../test/engine/detect/support/in-page.ts';
import { parseArgs, stringOption } from './lib/args.ts';

const REPO = resolve(import.meta.dirname, '..');
const OPP_DIR = resolve(REPO, '../shared/data/opp115/policies');
const SEEDS = resolve(REPO, 'seeds');
const WARM_REPEATS = 9;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function lookup(path: string): string | Served | undefined {
  if (path.startsWith('/docs/')) {
    const file = resolve(PYTHON_DOC_ROOT, `.${path.slice('/docs'.length)}`);
    if (!file.startsWith(resolve(PYTHON_DOC_ROOT)) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  }
  if (path.startsWith('/opp115/')) {
    const file = join(OPP_DIR, path.slice('/opp115/'.length));
    if (!existsSync(file)) return undefined;
    // The corpus stores the policy text without a page around it; "|||" separates segments.
    const body = readFileSync(file, 'utf8').replaceAll('|||', '<br>');
    return `<!doctype html><html><head><meta charset="utf-8"></head><body><main>${body}</main></body></html>`;
  }
  if (path.startsWith('/seeds/')) {
    const file = join(SEEDS, path.slice('/seeds/'.length));
    if (!existsSync(file)) return undefined;
    return `<!doctype html><html><head><meta charset="utf-8"></head><body><main><pre>${escapeHtml(readFileSync(file, 'utf8'))}</pre></main></body></html>`;
  }
  return undefined;
}

interface Timing {
  url: string;
  stage: 'quick' | 'full';
  isPolicy: boolean;
  firstMs: number;
  warmMs: number;
}

async function time(page: Page, bundle: string, url: string): Promise<Timing> {
  await gotoWithDetector(page, bundle, url);
  const r = await page.evaluate((repeats) => {
    const detect = (window as unknown as DetectGlobal).PolicyLensDetect;
    const t0 = performance.now();
    const result = detect.detectPolicyPage(document, location.href);
    if (!result) throw new Error('undecided: the vocabulary was not handed in');
    const firstMs = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const s = performance.now();
      detect.detectPolicyPage(document, location.href);
      warm.push(performance.now() - s);
    }
    warm.sort((a, b) => a - b);
    return { result, firstMs, warmMs: warm[Math.floor(warm.length / 2)] ?? firstMs, isolated: crossOriginIsolated };
  }, WARM_REPEATS);
  if (!r.isolated) console.error(`bench-detect: ${url} is not cross-origin isolated: timer resolution is coarse`);
  return { url, stage: r.result.stage, isPolicy: r.result.isPolicy, firstMs: r.firstMs, warmMs: r.warmMs };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}

function summary(ts: readonly Timing[]) {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  const first = ts.map((t) => t.firstMs);
  const warm = ts.map((t) => t.warmMs);
  return {
    pages: ts.length,
    quickStage: ts.filter((t) => t.stage === 'quick').length,
    detectedAsPolicy: ts.filter((t) => t.isPolicy).length,
    firstCallMs: { median: r(quantile(first, 0.5)), p90: r(quantile(first, 0.9)), max: r(Math.max(...first)) },
    warmMs: { median: r(quantile(warm, 0.5)), p90: r(quantile(warm, 0.9)), max: r(Math.max(...warm)) },
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const limit = Number(stringOption(args, 'limit') ?? Infinity);
  const ordinary = debianPages().slice(0, limit);
  const policies = [
    ...(existsSync(OPP_DIR) ? readdirSync(OPP_DIR).filter((f) => f.endsWith('.html')).sort().map((f) => `/opp115/${f}`) : []),
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => `/seeds/${f}`),
  ].slice(0, limit);
  if (!existsSync(OPP_DIR)) console.error(`bench-detect: ${OPP_DIR} not found: timing the full path on the seeds only`);

  const [bundle, browser, server] = await Promise.all([bundleContentDetect(), launchChromium(), servePages(lookup)]);
  try {
    const page = await loopbackPage(browser);
    const ordinaryTimes: Timing[] = [];
    for (const p of ordinary) ordinaryTimes.push(await time(page, bundle, `${server.origin}/docs/${p.path}`));
    const policyTimes: Timing[] = [];
    for (const p of policies) policyTimes.push(await time(page, bundle, `${server.origin}${p}`));
    const report = {
      chromium: browser.version(),
      ordinary: summary(ordinaryTimes),
      policiesFullPath: summary(policyTimes.filter((t) => t.stage === 'full')),
      policiesAll: summary(policyTimes),
    };
    if (args.options.has('json')) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return;
    }
    const o = report.ordinary;
    const f = report.policiesFullPath;
    process.stdout.write([
      `headless Chromium ${report.chromium}, pages from a 127.0.0.1 server`,
      `ordinary pages (python3-doc): ${o.pages}; ${o.quickStage} settled at the quick stage; ${o.detectedAsPolicy} flagged`,
      `  detectPolicyPage, first call on the page: median ${o.firstCallMs.median} ms, p90 ${o.firstCallMs.p90} ms, max ${o.firstCallMs.max} ms`,
      `  detectPolicyPage, warm:                   median ${o.warmMs.median} ms, p90 ${o.warmMs.p90} ms, max ${o.warmMs.max} ms`,
      `policy pages, full path (OPP-115 + seeds): ${f.pages}; ${f.detectedAsPolicy} detected`,
      `  detectPolicyPage, first call on the page: median ${f.firstCallMs.median} ms, p90 ${f.firstCallMs.p90} ms, max ${f.firstCallMs.max} ms`,
      `  detectPolicyPage, warm:                   median ${f.warmMs.median} ms, p90 ${f.warmMs.p90} ms, max ${f.warmMs.max} ms`,
      '',
    ].join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
