// What the content script does with each way a message can end: answered, refused, failed in
// the worker, lost with a worker that stopped, or not received at all.
import { describe, expect, it } from 'vitest';
import { deliverOrReport } from '../../src/content/deliver.ts';
import { handlerFailure, refusal } from '../../src/shared/delivery.ts';
import type { Undelivered } from '../../src/shared/delivery.ts';

async function outcomeOf(send: () => Promise<unknown>): Promise<{ delivered: boolean; given: boolean; reported: Undelivered[] }> {
  const seen = { delivered: false, given: false, reported: [] as Undelivered[] };
  await deliverOrReport(send, {
    delivered: () => void (seen.delivered = true),
    given: () => void (seen.given = true),
    report: (failure) => void seen.reported.push(failure),
  });
  return seen;
}

describe('deliverOrReport', () => {
  it('an answer is delivery, nothing reported', async () => {
    expect(await outcomeOf(async () => ({ ok: true }))).toEqual({ delivered: true, given: false, reported: [] });
  });

  it('a refusal is not delivery: given up and reported with the reason', async () => {
    const seen = await outcomeOf(async () => {
      throw refusal('payload.title is longer than 4096 characters');
    });
    expect(seen).toEqual({ delivered: false, given: true, reported: [{ reason: 'refused', detail: 'payload.title is longer than 4096 characters' }] });
  });

  it('a handler failure is reported as failed', async () => {
    const seen = await outcomeOf(async () => {
      throw handlerFailure('Session storage quota bytes exceeded');
    });
    expect(seen.reported).toEqual([{ reason: 'failed', detail: 'Session storage quota bytes exceeded' }]);
  });

  it('Chrome’s native promise reply ("Uncaught Error: " before the message) is still a refusal or failure', async () => {
    // Chromium 150 has a native `browser`, which webextension-polyfill passes through; a rejected
    // listener promise reaches the sender as below (seen in the e2e hostile-pages test).
    const refused = await outcomeOf(async () => {
      throw new Error(`Uncaught Error: ${refusal('payload.tabId must be an integer').message}`);
    });
    expect(refused).toEqual({ delivered: false, given: true, reported: [{ reason: 'refused', detail: 'payload.tabId must be an integer' }] });
    const failed = await outcomeOf(async () => {
      throw new Error(`Uncaught Error: ${handlerFailure('Session storage quota bytes exceeded. Values were not stored.').message}`);
    });
    expect(failed.reported).toEqual([{ reason: 'failed', detail: 'Session storage quota bytes exceeded. Values were not stored.' }]);
  });

  it('a worker that stopped while answering is reported as stopped, whichever way Chrome says it', async () => {
    const closed = await outcomeOf(async () => {
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    });
    expect(closed.reported.map((f) => f.reason)).toEqual(['stopped']);
    const noReply = await outcomeOf(async () => undefined);
    expect(noReply).toMatchObject({ delivered: false, given: true });
    expect(noReply.reported.map((f) => f.reason)).toEqual(['stopped']);
  });

  it('a message that found no receiver is neither delivered nor given up: the next look sends it again', async () => {
    for (const message of ['Could not establish connection. Receiving end does not exist.', 'Extension context invalidated.']) {
      expect(await outcomeOf(async () => {
        throw new Error(message);
      }), message).toEqual({ delivered: false, given: false, reported: [] });
    }
  });
});
