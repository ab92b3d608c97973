// The tab's state, read from storage.session (`tab:<tabId>`, written by the background worker)
// and followed through storage.onChanged: the popup shows a change the moment it is stored, and
// needs no worker to answer (a stopped MV3 worker would otherwise have to start first). It used
// to ask the worker every 500 ms instead. A ready state names its analysis, which is read (and
// unpacked) from where it names.
import { useLayoutEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/protocol.ts';
import { tabKey, tabStateFromRecord } from '../shared/storage.ts';
import { offStorageChanged, onStorageChanged, sessionArea, type StorageChange } from './browser-api.ts';
import { takeEarlyState } from './early-state.ts';

/** An analysis that takes longer than this gets a "taking longer than usual" note. */
export const SLOW_MS = 30_000;

export type TabView =
  | { phase: 'loading' }
  /** `slow`: the state has been 'analysing' (or nothing) since the popup opened, for SLOW_MS. */
  | { phase: 'known'; state: TabState; slow: boolean };

export function useTabState(tabId: number | undefined, attempt: number): TabView {
  const [state, setState] = useState<TabState | undefined>(undefined);
  const [slow, setSlow] = useState(false);
  // A layout effect: it runs right after the render, not after the next frame is painted.
  useLayoutEffect(() => {
    if (tabId === undefined) return undefined;
    const controller = new AbortController();
    const { signal } = controller;
    const key = tabKey(tabId);
    // A change seen before the first read answers is newer than what that read returns.
    let changed = false;
    // Reading a ready state's analysis takes a moment: only the latest record is shown.
    let latest = 0;
    const show = (record: unknown): void => {
      const seen = ++latest;
      void tabStateFromRecord(sessionArea, record)
        .catch(() => undefined)
        .then((resolved) => {
          if (!signal.aborted && seen === latest) setState(resolved ?? { kind: 'unknown' });
        });
    };
    const listener = (changes: Record<string, StorageChange>, area: string): void => {
      const change = changes[key];
      if (area !== 'session' || !change) return;
      changed = true;
      show(change.newValue);
    };
    onStorageChanged(listener);
    signal.addEventListener('abort', () => offStorageChanged(listener), { once: true });
    setState(undefined);
    setSlow(false);
    // The popup's first read started before it rendered (early-state.ts); later ones (a retry)
    // read here.
    const read = (): void => {
      sessionArea.get(key).then(
        (items) => !changed && show(items[key]),
        () => !changed && show(undefined),
      );
    };
    void takeEarlyState(tabId).then((early) => {
      if (changed || signal.aborted) return;
      if (!early) read();
      else if ('record' in early) show(early.record);
      else {
        latest += 1;
        setState(early.state ?? { kind: 'unknown' });
      }
    });
    const timer = setTimeout(() => !signal.aborted && setSlow(true), SLOW_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    return () => controller.abort();
  }, [tabId, attempt]);
  if (state === undefined) return { phase: 'loading' };
  const transient = state.kind === 'analysing' || state.kind === 'unknown';
  return { phase: 'known', state, slow: slow && transient };
}
