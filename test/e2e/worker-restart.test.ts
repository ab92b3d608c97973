// Manifest V3 stops the background worker whenever it is idle. Nothing the popup needs may live
// only in the worker's memory: after the worker is stopped (here over CDP, as Chrome does after
// 30 s idle), a popup opened for the policy tab still shows its summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, tabIdOf, waitFor, type ExtensionSession } from './support/extension.ts';
import type { InExtension } from './support/in-extension.ts';
import { serveSite, type Site } from './support/site.ts';

let site: Site;
let session: ExtensionSession;

beforeAll(async () => {
  site = await serveSite();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('background worker restart', () => {
  it('a popup opened after the worker was stopped still shows the summary', async () => {
    const page = await openTab(session, site.url('/policy/conifer'));
    const tabId = await tabIdOf(session, page);
    const grade = await waitFor('the badge to show a grade', () => badgeText(session, tabId), isGrade, 90_000);

    // Mark the running worker, then stop it (the harness's stop, which its crash watch expects).
    const before = await session.serviceWorker();
    await before.evaluate(() => { (globalThis as unknown as { policyLensMarker?: number }).policyLensMarker = 1; });
    await session.stopWorker();

    // The popup's request wakes a fresh worker, which must answer from storage alone.
    const popup = await openPopupFor(session, tabId);
    await popup.getByRole('img', { name: new RegExp(`^Grade ${grade}$`) }).waitFor({ timeout: 60_000 });
    expect(await popup.textContent('body'), 'the summary is there after the restart').toMatch(/24 months/);

    const after = await session.serviceWorker();
    const marker = await after.evaluate(() => (globalThis as unknown as { policyLensMarker?: number }).policyLensMarker ?? null);
    expect(marker, 'the worker that answered is a new one (its memory is empty)').toBeNull();
  });

  it('a worker stopped after storing the analysis, before answering the page: the summary, not an error', async () => {
    // The worker stores the tab's ready state, then sets the badge, then answers page/policy-text.
    // Stopped in between (npm run bench:cold stops it the moment the state is stored), the page's
    // content script hears "stopped while answering" and reports page/failed, which wakes a new
    // worker: that report must not put "too large" over the stored summary.
    const page = await openTab(session, site.url('/links'));
    const tabId = await tabIdOf(session, page);
    const before = await session.serviceWorker();
    type Changes = Record<string, { newValue?: { state?: { kind?: string } } } | undefined>;
    type WithEvents = { chrome: { storage: { onChanged: { addListener: (listener: (changes: Changes) => void) => void } } }; policyLensMarker?: number };
    // Hold the worker (busy, as a long task holds it) once the ready state is stored, so that it
    // is stopped before it answers.
    await before.evaluate((id) => {
      const scope = globalThis as unknown as WithEvents;
      scope.policyLensMarker = 1;
      scope.chrome.storage.onChanged.addListener((changes) => {
        if (changes[`tab:${id}`]?.newValue?.state?.kind !== 'ready') return;
        const end = Date.now() + 10_000;
        while (Date.now() < end);
      });
    }, tabId);
    // Read from an extension page: the worker is busy.
    const reader = await session.context.newPage();
    await reader.goto(`chrome-extension://${session.extensionId}/src/popup/paste.html`);
    const kind = (): Promise<string> =>
      reader.evaluate((id) => (globalThis as unknown as InExtension).chrome.storage.session.get(`tab:${id}`).then((items) => {
        const record = items[`tab:${id}`] as { state?: { kind?: string } } | undefined;
        return record?.state?.kind ?? '';
      }), tabId);
    await page.goto(site.url('/policy/conifer'), { waitUntil: 'load' });
    await waitFor('the ready state to be stored', kind, (k) => k === 'ready', 90_000);

    // Stopped here, not with session.stopWorker(): the content script's report starts a new
    // worker at once, so the extension's workers never all stay down.
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    session.crashes.expectWorkerStop();
    for (const t of targetInfos) {
      if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${session.extensionId}/`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    }
    await cdp.detach().catch(() => undefined);

    // The new worker, woken by the content script's report, handles it first thing.
    await waitFor('a new worker', async () => (await session.serviceWorker()).evaluate(() => (globalThis as unknown as WithEvents).policyLensMarker ?? null), (m) => m === null, 60_000);
    // Before the fix the report's error state replaced the summary within milliseconds of the
    // new worker's start; give it a generous moment to, then check what is stored and shown.
    const replaced = await waitFor('the summary to be replaced', kind, (k) => k !== 'ready', 3_000).then(
      (k) => k,
      () => 'ready',
    );
    expect(replaced, 'the stored state after the stopped worker\'s report').toBe('ready');
    await waitFor('the grade on the badge again', () => badgeText(session, tabId), isGrade, 30_000);
    const popup = await openPopupFor(session, tabId);
    await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
    expect(await popup.textContent('body')).not.toMatch(/Something went wrong/);
    await popup.close();
    await reader.close();
    await page.close();
  });
});
