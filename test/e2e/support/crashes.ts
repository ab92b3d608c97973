// Crashes during a test: a renderer dying under a page (a web page, an extension page, the
// toolbar popup, which playwright does not surface) or the extension's service worker dying
// (out of memory, say). Either fails the test that was running, with a message that says what
// died, instead of a later timeout "waiting for the badge" (see crash-guard.ts).
//
// Pages: the browser's CDP session reports Target.targetCrashed for every page target.
// The worker: Chrome restarts a crashed service worker in the same target, and playwright keeps
// the same Worker object, so no event tells a crash apart. The watch marks the worker's global
// scope instead; a worker found without the mark lost its memory, which during a test (playwright
// keeps an attached worker from being stopped when idle) means it died, unless the test stopped
// it itself (stopWorker).
import type { BrowserContext, Worker } from 'playwright-core';

const MARK = '__policyLensHarnessMark';
/** What the worker logs for an uncaught error of its own (playwright reports none). */
export const WORKER_UNCAUGHT = '[uncaught in the service worker]';
/** Only catches a hang: a worker busy analysing a long page answers within seconds. */
const WORKER_ANSWER_MS = 90_000;

export interface CrashWatch {
  /** Crashes seen since the last call, each said in words; marks a restarted worker afresh. */
  take: () => Promise<string[]>;
  /** Page crashes seen and not yet taken (known without asking the browser). */
  pendingPages: () => readonly string[];
  /** The next worker restart is the test's own doing (it stops the worker on purpose). */
  expectWorkerStop: () => void;
  close: () => Promise<void>;
}

/** Every watch of a running session: crash-guard.ts checks them after each test. */
export const liveWatches = new Set<CrashWatch>();

/** Marks the worker (and has it log its uncaught errors); resolves with whether it was marked
 *  already, i.e. whether it is the same worker instance as at the last look. */
function markWorker(worker: Worker): Promise<boolean> {
  return worker.evaluate(
    ({ mark, prefix }) => {
      const scope = globalThis as unknown as Record<string, unknown>;
      if (scope[mark] === true) return true;
      scope[mark] = true;
      // No named function in here: tsx (which runs the bench scripts that launch the extension)
      // would wrap it in a __name() helper that does not exist in the worker.
      for (const type of ['error', 'unhandledrejection']) {
        self.addEventListener(type, (event) => {
          const what: unknown = event instanceof ErrorEvent ? (event.error ?? event.message) : (event as PromiseRejectionEvent).reason;
          console.error(prefix, what instanceof Error ? (what.stack ?? what.message) : String(what));
        });
      }
      return false;
    },
    { mark: MARK, prefix: WORKER_UNCAUGHT },
  );
}

export async function watchCrashes(context: BrowserContext, worker: () => Promise<Worker>): Promise<CrashWatch> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the context: cannot watch for crashes over CDP');
  const cdp = await browser.newBrowserCDPSession();
  const targets = new Map<string, { type: string; url: string }>();
  let pages: string[] = [];
  type Info = { targetId: string; type: string; url: string };
  cdp.on('Target.targetCreated', ({ targetInfo }: { targetInfo: Info }) => void targets.set(targetInfo.targetId, targetInfo));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }: { targetInfo: Info }) => void targets.set(targetInfo.targetId, targetInfo));
  cdp.on('Target.targetCrashed', ({ targetId, status, errorCode }: { targetId: string; status: string; errorCode: number }) => {
    const target = targets.get(targetId);
    pages.push(`the renderer of ${target ? `${target.type} ${target.url}` : `target ${targetId}`} ${status} (code ${errorCode})`);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  await markWorker(await worker());

  let stopExpected = false;
  const workerCrash = async (): Promise<string | null> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), WORKER_ANSWER_MS)));
    const same = await Promise.race([worker().then(markWorker), hung]).catch((error: unknown) => `failed: ${String(error)}`).finally(() => clearTimeout(timer));
    if (same === true) return null;
    if (same === 'hung') return `the extension's service worker did not answer within ${WORKER_ANSWER_MS / 1000} s (stuck, or dead and not restarted)`;
    if (typeof same === 'string') return `the extension's service worker could not be reached (${same})`;
    if (stopExpected) {
      stopExpected = false;
      return null;
    }
    return "the extension's service worker died during the test (crashed, or stopped for memory or time): a new instance, its memory empty, answers now";
  };

  const watch: CrashWatch = {
    take: async () => {
      const crash = await workerCrash();
      const found = [...pages, ...(crash ? [crash] : [])];
      pages = [];
      return found;
    },
    pendingPages: () => pages,
    expectWorkerStop: () => void (stopExpected = true),
    close: async () => {
      liveWatches.delete(watch);
      await cdp.detach().catch(() => undefined);
    },
  };
  liveWatches.add(watch);
  return watch;
}

/** Page crashes any live session has seen and not yet reported. */
export function pendingPageCrashes(): string[] {
  return [...liveWatches].flatMap((w) => w.pendingPages());
}
