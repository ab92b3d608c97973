// Manifest V3 stops the background worker whenever it is idle. Nothing the popup needs may live
// only in the worker's memory: after the worker is stopped (here over CDP, as Chrome does after
// 30 s idle), a popup opened for the policy tab still shows its summary.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, tabIdOf, waitFor, type ExtensionSession } from './support/extension.ts';
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

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function workerTargets(cdp: CDPSession, extensionId: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

describe('background worker restart', () => {
  it('a popup opened after the worker was stopped still shows the summary', async () => {
    const page = await openTab(session, site.url('/policy/conifer'));
    const tabId = await tabIdOf(session, page);
    const grade = await waitFor('the badge to show a grade', () => badgeText(session, tabId), isGrade, 90_000);

    // Mark the running worker, then stop it.
    const before = await session.serviceWorker();
    await before.evaluate(() => { (globalThis as unknown as { policyLensMarker?: number }).policyLensMarker = 1; });
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser behind the context: cannot reach the worker over CDP');
    const cdp = await browser.newBrowserCDPSession();
    const targets = await workerTargets(cdp, session.extensionId);
    expect(targets.length, 'the extension has a running worker').toBeGreaterThan(0);
    for (const target of targets) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await waitFor('the worker to stop', () => workerTargets(cdp, session.extensionId), (t) => t.length === 0, 30_000);

    // The popup's request wakes a fresh worker, which must answer from storage alone.
    const popup = await openPopupFor(session, tabId);
    await popup.getByRole('img', { name: new RegExp(`^Grade ${grade}$`) }).waitFor({ timeout: 60_000 });
    expect(await popup.textContent('body'), 'the summary is there after the restart').toMatch(/24 months/);

    const after = await session.serviceWorker();
    const marker = await after.evaluate(() => (globalThis as unknown as { policyLensMarker?: number }).policyLensMarker ?? null);
    expect(marker, 'the worker that answered is a new one (its memory is empty)').toBeNull();
  });
});
