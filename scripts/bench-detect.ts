// npm run -s bench:detect -- [--sites <n>] [--pages <n>] [--limit <n>] [--whole-only] [--json]
// (or: npx tsx scripts/bench-detect.ts ...). Needs `npm run build` first (it loads dist/).
//
// 1. What the whole content script costs a page, as shipped: the built extension (dist/) in
//    headless Chromium (/usr/bin/chromium), on ordinary pages (Debian's python3-doc manuals,
//    with their CSS, scripts and images) served from a loopback server under several host
//    names (site-1.test, site-2.test, ...: Chromium maps *.test to 127.0.0.1, and every other
//    host name to nothing). Each site is visited for --pages pages in one tab. Per page, from a
//    Chromium trace (scripts/lib/content-trace.ts): the main-thread CPU time with the content
//    script on the stack, plus compiling it; everything it does for the page is counted (its
//    start, the options read, detection, the message to the worker, answering the worker).
//    "First page of a site" runs in a new renderer process (the script and its regexes are
//    compiled afresh); "later pages" run in the same process as the site's earlier pages.
// 2. The detector alone (detectPolicyPage, bundled from src/content/detect as the build bundles
//    it), timed in the page with performance.now():
//    - ordinary pages: every python3-doc page (sorted), served at http://127.0.0.1:<port>/docs/;
//      these must be settled at the quick stage. "first call" is the first detection on a
//      freshly loaded page; "warm" is the median of repeats.
//    - policy pages, full path: the OPP-115 policies (Wilson et al., ACL 2016; read from
//      ../shared/data) and the five seeds, served untitled, so the quick stage says 'maybe' and
//      the main text is read.
// Only loopback traffic: every other request is aborted. Figures go to stdout.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { bundleContentDetect, gotoWithDetector, launchChromium, loopbackPage, servePages, type Served } from '../test/engine/detect/support/browser.ts';
import { debianPages, PYTHON_DOC_ROOT } from '../test/engine/detect/support/debian-pages.ts';
import type { DetectGlobal } from '../test/engine/detect/support/in-page.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { contentScriptFile, measureWholeScript, type PageCost } from './lib/whole-script.ts';

const REPO = resolve(import.meta.dirname, '..');
const OPP_DIR = resolve(REPO, '../shared/data/opp115/policies');
const SEEDS = resolve(REPO, 'seeds');
const WARM_REPEATS = 9;
/** Part 1: how many sites, and pages per site (the first of each is a new site's first page). */
const SITES = 6;
const PAGES_PER_SITE = 6;

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

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const spread = (xs: readonly number[]) => ({ median: r3(quantile(xs, 0.5)), p90: r3(quantile(xs, 0.9)), max: r3(Math.max(...xs)) });

function summary(ts: readonly Timing[]) {
  return {
    pages: ts.length,
    quickStage: ts.filter((t) => t.stage === 'quick').length,
    detectedAsPolicy: ts.filter((t) => t.isPolicy).length,
    firstCallMs: spread(ts.map((t) => t.firstMs)),
    warmMs: spread(ts.map((t) => t.warmMs)),
  };
}

function wholeSummary(costs: readonly PageCost[]) {
  const of = (group: readonly PageCost[]) => ({
    pages: group.length,
    totalMs: spread(group.map((c) => c.totalMs)),
    compileMs: spread(group.map((c) => c.compileMs)),
    evaluateMs: spread(group.map((c) => c.evaluateMs)),
  });
  return { firstPageOfSite: of(costs.filter((c) => c.firstOfSite)), laterPages: of(costs.filter((c) => !c.firstOfSite)), samplingIntervalUs: r3(quantile(costs.map((c) => c.intervalUs), 0.5)) };
}

/** `count` paths spread evenly over the sorted manual pages. */
function spreadPages(count: number): string[] {
  const all = debianPages();
  return Array.from({ length: Math.min(count, all.length) }, (_, i) => `/docs/${all[Math.floor((i * all.length) / count)]?.path ?? ''}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const limit = Number(stringOption(args, 'limit') ?? Infinity);
  const sites = Number(stringOption(args, 'sites') ?? SITES);
  const pagesPerSite = Number(stringOption(args, 'pages') ?? PAGES_PER_SITE);
  const ordinary = debianPages().slice(0, limit);
  const policies = [
    ...(existsSync(OPP_DIR) ? readdirSync(OPP_DIR).filter((f) => f.endsWith('.html')).sort().map((f) => `/opp115/${f}`) : []),
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => `/seeds/${f}`),
  ].slice(0, limit);
  if (!existsSync(OPP_DIR)) console.error(`bench-detect: ${OPP_DIR} not found: timing the full path on the seeds only`);

  const file = contentScriptFile();
  const server = await servePages(lookup);
  try {
    const port = new URL(server.origin).port;
    const costs = await measureWholeScript(spreadPages(sites * pagesPerSite), sites, pagesPerSite, (site) => `http://site-${site + 1}.test:${port}`);
    if (args.options.has('whole-only')) {
      process.stdout.write(`${JSON.stringify({ contentScript: { file: file.path, rawBytes: file.rawBytes, gzipBytes: file.gzipBytes, ...wholeSummary(costs) }, pages: costs }, null, 2)}\n`);
      return;
    }
    const [bundle, browser] = await Promise.all([bundleContentDetect(), launchChromium()]);
    let report;
    try {
      const page = await loopbackPage(browser);
      const ordinaryTimes: Timing[] = [];
      for (const p of ordinary) ordinaryTimes.push(await time(page, bundle, `${server.origin}/docs/${p.path}`));
      const policyTimes: Timing[] = [];
      for (const p of policies) policyTimes.push(await time(page, bundle, `${server.origin}${p}`));
      report = {
        chromium: browser.version(),
        contentScript: { file: file.path, rawBytes: file.rawBytes, gzipBytes: file.gzipBytes, ...wholeSummary(costs) },
        detector: {
          ordinary: summary(ordinaryTimes),
          policiesFullPath: summary(policyTimes.filter((t) => t.stage === 'full')),
          policiesAll: summary(policyTimes),
        },
      };
    } finally {
      await browser.close();
    }
    if (args.options.has('json')) {
      process.stdout.write(`${JSON.stringify({ ...report, pages: costs }, null, 2)}\n`);
      return;
    }
    const c = report.contentScript;
    const o = report.detector.ordinary;
    const f = report.detector.policiesFullPath;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const line = (label: string, s: { median: number; p90: number; max: number }) => `${label} median ${s.median} ms, p90 ${s.p90} ms, max ${s.max} ms`;
    process.stdout.write([
      `headless Chromium ${report.chromium}, pages from a loopback server`,
      `content script ${c.file}: ${kb(c.rawBytes)} raw, ${kb(c.gzipBytes)} gzip -9`,
      `the whole content script per ordinary page (python3-doc; ${sites} sites x ${pagesPerSite} pages; CPU samples every ~${Math.round(c.samplingIntervalUs)} µs + its compile):`,
      line(`  first page of a site (${c.firstPageOfSite.pages}):`, c.firstPageOfSite.totalMs),
      line(`  later pages (${c.laterPages.pages}):           `, c.laterPages.totalMs),
      `  of which compiling the script: first page median ${c.firstPageOfSite.compileMs.median} ms, later pages median ${c.laterPages.compileMs.median} ms`,
      `the detector alone (detectPolicyPage, in the page):`,
      `  ordinary pages (python3-doc): ${o.pages}; ${o.quickStage} settled at the quick stage; ${o.detectedAsPolicy} flagged`,
      line('    first call on the page:', o.firstCallMs),
      line('    warm:                  ', o.warmMs),
      `  policy pages, full path (OPP-115 + seeds): ${f.pages}; ${f.detectedAsPolicy} detected`,
      line('    first call on the page:', f.firstCallMs),
      line('    warm:                  ', f.warmMs),
      '',
    ].join('\n'));
  } finally {
    await server.close();
  }
}

await main();
