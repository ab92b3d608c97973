// Highlights and flashes change the DOM; the re-check observer must not take those changes for
// the page's own content arriving. Mutation records are delivered in a microtask, so taking them
// right after our synchronous change drops exactly ours.
const observers = new Set<MutationObserver>();

export function watchMutations(observer: MutationObserver, signal: AbortSignal): void {
  observers.add(observer);
  signal.addEventListener('abort', () => observers.delete(observer), { once: true });
}

export function mutateQuietly<T>(change: () => T): T {
  try {
    return change();
  } finally {
    for (const observer of observers) observer.takeRecords();
  }
}
