// The tab's state from the background worker, polled every 500 ms while it may still change
// ('analysing', or 'unknown' while the content script loads), for at most 30 s.
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/protocol.ts';
import { sendToBackground } from '../shared/messaging.ts';

export const POLL_MS = 500;
export const POLL_LIMIT_MS = 30_000;

export type PolledState =
  | { phase: 'loading' }
  /** `settled`: polling has stopped, either because the state is final or because time ran out. */
  | { phase: 'known'; state: TabState; settled: boolean; elapsedMs: number };

const isTransient = (state: TabState): boolean => state.kind === 'analysing' || state.kind === 'unknown';

const KINDS: ReadonlySet<string> = new Set<TabState['kind']>(['unknown', 'not-policy', 'analysing', 'ready', 'language-unsupported', 'error']);

/** A worker with no handler answers undefined; anything without a known kind counts as 'unknown'. */
function isTabState(value: unknown): value is TabState {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof value.kind === 'string' && KINDS.has(value.kind);
}

async function fetchState(tabId: number): Promise<TabState> {
  try {
    const state: unknown = await sendToBackground('popup/get-state', { tabId });
    return isTabState(state) ? state : { kind: 'unknown' };
  } catch {
    // No background answer (worker starting, or this page opened outside the extension).
    return { kind: 'unknown' };
  }
}

export function useTabState(tabId: number | undefined, attempt: number): PolledState {
  const [polled, setPolled] = useState<PolledState>({ phase: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const tick = async (): Promise<void> => {
      const state = await fetchState(tabId);
      if (stopped) return;
      const elapsedMs = Date.now() - started;
      const again = isTransient(state) && elapsedMs < POLL_LIMIT_MS;
      setPolled({ phase: 'known', state, settled: !again, elapsedMs });
      if (again) timer = setTimeout(() => void tick(), POLL_MS);
    };
    setPolled({ phase: 'loading' });
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [tabId, attempt]);
  return polled;
}
