// How many page/* reports each tab's content script has made in this worker's lifetime, so a
// reset decided on stale evidence (see tab-updated.ts) can tell that a live page reported since.
const counts = new Map<number, number>();

export function reportsOf(tabId: number): number {
  return counts.get(tabId) ?? 0;
}

export function reported(tabId: number): void {
  counts.set(tabId, reportsOf(tabId) + 1);
}
