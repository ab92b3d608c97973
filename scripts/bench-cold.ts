// The cold-start half of npm run bench (scripts/bench.ts; alone: npm run bench:cold [-- --processes
// <n>] [--rounds <n>] [--json]).
// Cold start, the common case: Chrome stops an MV3 worker after 30 s idle, so the next policy is
// analysed by a worker that starts from nothing. Figures only, no asserts.
//
// Node: the engine bundled as the extension ships it (scripts/lib/engine-bundle.ts), imported by
// a fresh `node` process that then analyses one seed: import, first analysis, and the two
// together, in wall time and in the process's CPU time (the VM's other tenants inflate the
// first, hardly the second); the median over --processes processes per seed (default 5).
//
// Chromium (headless /usr/bin/chromium, the extension built into a temporary folder): per round
// and seed, the analysis cache is cleared, the worker stopped over CDP (as Chrome does when it is
// idle), and the seed's policy page opened. The fresh worker records when its modules had been
// evaluated ('policylens:worker-ready') and its first analysis ('policylens:first-analysis'),
// both from the worker's own start (performance.timeOrigin). Then, with that analysis stored and
// the worker stopped again, the popup is opened for the tab: the time from its navigation to the
// frame after the grade is in the page. Round 1 is a fresh profile (no V8 code cache yet); the
// medians are over the later rounds, as a person meets the extension after its first day.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Worker } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH } from '../test/engine/detect/support/browser.ts';
import { bundleEngine } from './lib/engine-bundle.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { seedProviders, SEEDS_DIR } from './lib/seeds.ts';

const REPO = resolve(import.meta.dirname, '..');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '–').padStart(6);

interface NodeSample {
  importMs: number;
  analyseMs: number;
  /** CPU time (user + system) of import and analysis together. */
  cpuMs: number;
}

export interface NodeRow extends NodeSample {
  seed: string;
  totalMs: number;
}

/** One fresh process: read the seed (untimed), import the bundle, analyse. */
function coldProcess(bundle: string, seedFile: string): NodeSample {
  const script = `
    import { readFileSync } from 'node:fs';
    const text = readFileSync(${JSON.stringify(seedFile)}, 'utf8');
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const { analyze } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const t1 = performance.now();
    analyze({ text });
    const t2 = performance.now();
    const used = process.cpuUsage(cpu);
    process.stdout.write(JSON.stringify({ importMs: t1 - t0, analyseMs: t2 - t1, cpuMs: (used.user + used.system) / 1000 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as NodeSample;
}

async function nodeCold(dir: string, runs: number): Promise<NodeRow[]> {
  const bundle = await bundleEngine(join(dir, 'engine'));
  const rows: NodeRow[] = [];
  const seeds = seedProviders();
  const samples = new Map<string, NodeSample[]>(seeds.map((s) => [s.name, []]));
  // Seeds in turn, run after run, so a slow minute of the VM does not land on one seed only.
  for (let run = 0; run < runs; run++) {
    for (const seed of seeds) samples.get(seed.name)?.push(coldProcess(bundle, join(SEEDS_DIR, seed.file)));
  }
  for (const seed of seeds) {
    const s = samples.get(seed.name) ?? [];
    rows.push({
      seed: seed.name,
      importMs: median(s.map((x) => x.importMs)),
      analyseMs: median(s.map((x) => x.analyseMs)),
      totalMs: median(s.map((x) => x.importMs + x.analyseMs)),
      cpuMs: median(s.map((x) => x.cpuMs)),
    });
  }
  return rows;
}

export interface ChromiumSample {
  seed: string;
  round: number;
  workerReadyMs: number;
  firstAnalysisMs: number;
  analysisReadyMs: number;
  popupMs: number;
  /** In the popup, from its navigation: its modules evaluated, the tab's record read, its
   *  analysis and view read and unpacked (the summary is shown at popupMs). */
  popupModulesMs: number;
  popupRecordMs: number;
  popupStateMs: number;
  /** The floor: an extension page of one tiny script that shows a grade, opened the same way. */
  blankMs: number;
}

// Code run inside the browser is passed as strings: tsx compiles this script with esbuild's
// keepNames, whose __name() helper does not exist in the page or the worker.
const CLEAR_SESSION = 'chrome.storage.session.clear()';
const READ_TIMING = `(() => {
  const ready = performance.getEntriesByName('policylens:worker-ready')[0];
  const first = performance.getEntriesByName('policylens:first-analysis')[0];
  return ready && first ? { workerReadyMs: ready.startTime, firstAnalysisMs: first.duration, analysisReadyMs: first.startTime + first.duration } : null;
})()`;
const ACTIVE_TAB = 'chrome.tabs.query({ active: true, lastFocusedWindow: true }).then((tabs) => tabs[0]?.id ?? null)';
const tabStateKind = (tabId: number): string => `chrome.storage.session.get('tab:${tabId}').then((items) => items['tab:${tabId}']?.state?.kind ?? '')`;
/** What storage.session holds for the tab (its record, the analysis it names, the index), as
 *  JSON without the packed analyses themselves: said when the popup shows no summary. */
const describeSession = (tabId: number): string => `chrome.storage.session.get(null).then((all) => {
  const tab = all['tab:${tabId}'];
  const named = tab?.state?.analysisKey;
  const record = named === undefined ? undefined : all[named];
  const analysis = record === undefined ? 'absent' : { schemaVersion: record.schemaVersion, engine: record.analysis?.engine, fields: Object.keys(record.analysis ?? {}), view: record.view === undefined ? 'absent' : Object.keys(record.view) };
  return JSON.stringify({ tab, analysis, index: all['analysis-index'], keys: Object.keys(all) });
})`;
/** In the popup, before its scripts: the time of the frame after the grade is in the page. */
const WATCH_SUMMARY = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role="img"][aria-label^="Grade "]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      window.summaryShown = { popupMs: performance.now(), popupModulesMs: at('policylens:popup-modules'), popupRecordMs: at('policylens:popup-record'), popupStateMs: at('policylens:popup-state') };
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`bench-cold: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function chromiumCold(dir: string, rounds: number): Promise<{ version: string; samples: ChromiumSample[] }> {
  const dist = join(dir, 'extension');
  await build({ configFile: join(REPO, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir: dist, emptyOutDir: true } });
  // The floor the popup is measured against, in this build only: a page that shows a grade and
  // does nothing else.
  writeFileSync(join(dist, 'bench-blank.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="./bench-blank.js"></script></head><body></body></html>');
  writeFileSync(join(dist, 'bench-blank.js'), `document.body.innerHTML = '<span role="img" aria-label="Grade A">A</span>';`);
  const { serveSite, PROVIDERS } = await import('../test/e2e/support/site.ts');
  const site = await serveSite();
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-default-apps'],
  });
  const samples: ChromiumSample[] = [];
  try {
    const isOurs = (w: Worker): boolean => w.url().startsWith('chrome-extension://');
    const firstWorker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
    const extensionId = new URL(firstWorker.url()).host;
    const ours = (url: string): boolean => url.startsWith(`chrome-extension://${extensionId}/`);
    const worker = (): Promise<Worker> => poll('the worker', async () => context.serviceWorkers().find((w) => ours(w.url())), (w) => w !== undefined, 60_000) as Promise<Worker>;
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const workerTargets = async (): Promise<string[]> => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
      return targetInfos.filter((t) => t.type === 'service_worker' && ours(t.url)).map((t) => t.targetId);
    };
    // An event can wake the worker again right away (a tab still loading): close it until it stays down.
    const stopWorker = async (): Promise<void> => {
      for (let attempt = 0; ; attempt++) {
        for (const targetId of await workerTargets()) await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
        const stopped = await poll('the worker to stop', async () => (await workerTargets()).length, (n) => n === 0, 5_000).then(() => true, () => false);
        if (stopped) return;
        if (attempt === 5) throw new Error('bench-cold: the worker does not stay stopped');
      }
    };
    // The first-run page the install opened: nothing of the bench's.
    await Promise.all(context.pages().map((p) => p.close()));
    for (let round = 1; round <= rounds; round++) {
      for (const provider of PROVIDERS) {
        await (await worker()).evaluate(CLEAR_SESSION);
        await stopWorker();
        const page = await context.newPage();
        await page.goto(site.url(`/policy/${provider.id}`), { waitUntil: 'load' });
        const timing = await poll('the first analysis', async () => (await worker()).evaluate(READ_TIMING) as Promise<Pick<ChromiumSample, 'workerReadyMs' | 'firstAnalysisMs' | 'analysisReadyMs'> | null>, (t) => t !== null, 120_000);
        if (!timing) throw new Error('no timing');
        await page.bringToFront();
        const tabId = await poll('the tab id', async () => (await worker()).evaluate(ACTIVE_TAB) as Promise<number | null>, (id) => id !== null);
        if (tabId === null) throw new Error('no tab id');
        await poll('the tab state to be stored', async () => (await worker()).evaluate(tabStateKind(tabId)) as Promise<string>, (kind) => kind === 'ready');
        await stopWorker();
        const popup = await context.newPage();
        await popup.addInitScript(WATCH_SUMMARY);
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
        // Polled with evaluate: waitForFunction evaluates a string, which the extension's CSP forbids.
        type Shown = Pick<ChromiumSample, 'popupMs' | 'popupModulesMs' | 'popupRecordMs' | 'popupStateMs'>;
        const shown = await poll('the summary in the popup', () => popup.evaluate('window.summaryShown ?? null') as Promise<Shown | null>, (x) => x !== null).catch(async (error: unknown) => {
          // What it shows instead says why: the error state's own message (ErrorView's detail,
          // under the title), and what storage.session held for the tab, read from the popup.
          console.error(`bench-cold: round ${round}, ${provider.id}: the popup shows: ${String(await popup.evaluate('document.body.innerText').catch(String)).slice(0, 2000)}`);
          console.error(`bench-cold: storage.session then: ${String(await popup.evaluate(describeSession(tabId)).catch(String))}`);
          throw error;
        });
        if (!shown) throw new Error('no popup timing');
        await popup.close();
        await stopWorker();
        const blank = await context.newPage();
        await blank.addInitScript(WATCH_SUMMARY);
        await blank.goto(`chrome-extension://${extensionId}/bench-blank.html`);
        const floor = await poll('the blank page', () => blank.evaluate('window.summaryShown ?? null') as Promise<Shown | null>, (x) => x !== null);
        await blank.close();
        samples.push({ seed: provider.name, round, ...timing, ...shown, blankMs: floor?.popupMs ?? NaN });
        await page.close();
      }
    }
    return { version: browser.version(), samples };
  } finally {
    await context.close();
    await site.close();
  }
}

export interface ColdFigures {
  node: { processes: number; rows: NodeRow[] };
  chromium: { version: string; rounds: number; samples: ChromiumSample[] };
}

export async function coldFigures(processes: number, rounds: number): Promise<ColdFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-bench-cold-'));
  try {
    const rows = await nodeCold(dir, processes);
    const chromiumRun = await chromiumCold(dir, rounds);
    return { node: { processes, rows }, chromium: { ...chromiumRun, rounds } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printCold({ node, chromium: c }: ColdFigures): void {
  const later = c.samples.filter((s) => s.round > 1);
  const first = c.samples.filter((s) => s.round === 1);
  const pick = (xs: ChromiumSample[], f: (s: ChromiumSample) => number): number => median(xs.map(f));
  console.log(`cold start, Node ${process.version}: a fresh process imports the bundled engine and analyses one seed (median of ${node.processes} processes, ms)`);
  console.log(`  ${'seed'.padEnd(24)} ${'import'.padStart(6)} ${'first'.padStart(6)} ${'total'.padStart(6)} ${'CPU'.padStart(6)}`);
  for (const r of node.rows) console.log(`  ${r.seed.padEnd(24)} ${ms(r.importMs)} ${ms(r.analyseMs)} ${ms(r.totalMs)} ${ms(r.cpuMs)}`);
  console.log(`  all seeds: median total ${ms(median(node.rows.map((r) => r.totalMs))).trim()} ms (CPU ${ms(median(node.rows.map((r) => r.cpuMs))).trim()} ms), slowest seed ${ms(Math.max(...node.rows.map((r) => r.totalMs))).trim()} ms`);
  console.log(`cold start, headless Chromium ${c.version}: a stopped MV3 worker woken by a seed's policy page (ms from the worker's start; median of rounds 2–${c.rounds}, round 1 in brackets)`);
  console.log(`  ${'seed'.padEnd(24)} ${'modules'.padStart(7)} ${'first'.padStart(6)} ${'ready'.padStart(6)} ${'popup'.padStart(6)}`);
  for (const name of [...new Set(c.samples.map((s) => s.seed))]) {
    const l = later.filter((s) => s.seed === name);
    const f = first.find((s) => s.seed === name);
    const r1 = f ? ` (${[f.workerReadyMs, f.firstAnalysisMs, f.analysisReadyMs, f.popupMs].map((x) => x.toFixed(0)).join(' ')})` : '';
    console.log(`  ${name.padEnd(24)} ${ms(pick(l, (s) => s.workerReadyMs)).padStart(7)} ${ms(pick(l, (s) => s.firstAnalysisMs))} ${ms(pick(l, (s) => s.analysisReadyMs))} ${ms(pick(l, (s) => s.popupMs))}${r1}`);
  }
  console.log(`  all seeds: modules evaluated ${ms(pick(later, (s) => s.workerReadyMs)).trim()} ms, first analysis ${ms(pick(later, (s) => s.firstAnalysisMs)).trim()} ms, analysis ready ${ms(pick(later, (s) => s.analysisReadyMs)).trim()} ms after the worker started`);
  console.log(`  popup opened with the analysis stored (worker stopped) to the frame showing the grade: ${ms(pick(later, (s) => s.popupMs)).trim()} ms`);
  console.log(`    floor (an extension page with one tiny script, opened the same way): ${ms(pick(later, (s) => s.blankMs)).trim()} ms; in the popup, its modules evaluated at ${ms(pick(later, (s) => s.popupModulesMs)).trim()} ms, the tab's record read at ${ms(pick(later, (s) => s.popupRecordMs)).trim()} ms, the analysis and its view at ${ms(pick(later, (s) => s.popupStateMs)).trim()} ms`);
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) {
  const args = parseArgs(process.argv.slice(2));
  const figures = await coldFigures(Number(stringOption(args, 'processes') ?? '5'), Number(stringOption(args, 'rounds') ?? '4'));
  if (args.options.has('json')) console.log(JSON.stringify(figures, null, 2));
  else printCold(figures);
}
