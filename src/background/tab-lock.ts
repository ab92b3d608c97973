// One state change per tab at a time. The content script sends `page/detected` and
// `page/policy-text` without waiting between them, so their read-check-write steps could
// interleave (and a stale 'analysing' overwrite 'ready'). Memory-only: it orders the handlers of
// one worker lifetime, and a restarted worker has none in flight.
const tails = new Map<number, Promise<unknown>>();

export function withTabLock<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (tails.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  tails.set(tabId, tail);
  void tail.then(() => {
    if (tails.get(tabId) === tail) tails.delete(tabId);
  });
  return run;
}
