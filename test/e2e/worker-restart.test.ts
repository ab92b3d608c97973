// Manifest V3 stops the background worker whenever it is idle. Nothing the popup needs may live
// only in the worker's memory: after the worker is stopped (here over CDP, as Chrome does after
// 30 s idle), a popup opened for the policy tab still shows its summary.
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
});
