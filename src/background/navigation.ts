// A per-tab navigation counter, bumped when a tab navigates away or closes, so a reply computed
// for a page the tab has since left does not overwrite the new page's state (or revive a closed
// tab's). Memory-only on purpose: it guards the few milliseconds a handler awaits, and a worker
// that restarts has no handler in flight to guard.
const generations = new Map<number, number>();

export function navigationOf(tabId: number): number {
  return generations.get(tabId) ?? 0;
}

export function navigated(tabId: number): void {
  generations.set(tabId, navigationOf(tabId) + 1);
}
