// The harness's crash watch (support/crashes.ts) sees what it must: a web page's renderer
// crashing, the extension's service worker dying of out-of-memory, and not a worker the test
// stopped itself. Each crash is taken here, so crash-guard.ts has nothing left to fail on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openTab, type ExtensionSession } from './support/extension.ts';
import { serveSite, type Site } from './support/site.ts';

let site: Site;

beforeAll(async () => {
  site = await serveSite();
});

afterAll(async () => {
  await site?.close();
});

describe('crash watch', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a crashed page is reported with its URL', async () => {
    const url = site.url('/policy/conifer');
    const page = await openTab(session, url);
    expect(await session.crashes.take(), 'nothing crashed yet').toEqual([]);
    const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
    await page.goto('chrome://crash').catch(() => undefined);
    await crashed;
    // The browser's CDP event may trail playwright's.
    let found: string[] = [];
    for (let tries = 0; tries < 40 && found.length === 0; tries++) {
      found = await session.crashes.take();
      if (found.length === 0) await new Promise((r) => setTimeout(r, 250));
    }
    expect(found, 'the page crash, named').toEqual([expect.stringMatching(new RegExp(`^the renderer of page ${url.replace(/[.?]/g, '\\$&')} crashed`))]);
    await page.close();
  });

  it('a worker the test stopped on purpose is no crash', async () => {
    await session.stopWorker();
    // Something has to wake a worker again: a policy page does.
    const page = await openTab(session, site.url('/policy/county-micro'));
    expect(await session.crashes.take()).toEqual([]);
    await page.close();
  });
});

describe('crash watch, service worker', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    // A small heap for this browser only, so that running out of memory is cheap on a shared box.
    session = await launchWithExtension({ args: ['--js-flags=--max-old-space-size=64'] });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a worker that runs out of memory is reported', async () => {
    expect(await session.crashes.take(), 'nothing crashed yet').toEqual([]);
    const worker = await session.serviceWorker();
    const outcome = await worker
      .evaluate(() => {
        const hoard: number[][] = [];
        for (;;) hoard.push(new Array(100_000).fill(0.5));
      })
      .then(() => 'returned', (error: unknown) => String(error));
    expect(outcome, 'the allocation never returns').not.toBe('returned');
    // A policy page wakes the restarted worker.
    await openTab(session, site.url('/policy/conifer'));
    const found = await session.crashes.take();
    expect(found.join('\n'), 'the worker died, said in words').toMatch(/service worker died during the test/);
  });
});
