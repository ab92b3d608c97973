// An in-memory storage area for unit tests that, like the real one, stores structured clones
// and answers asynchronously; `failWith` makes the next writes fail (as a full storage.local
// does), `failFor` only the writes of some keys. The real quotas are exercised in
// test/e2e/storage-quota.test.ts.
export class MemoryArea {
  readonly items = new Map<string, unknown>();
  failWith: Error | undefined;
  failFor: ((key: string) => Error | undefined) | undefined;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const wanted = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    for (const key of wanted) if (this.items.has(key)) out[key] = structuredClone(this.items.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    // Let other writers run first, as the real (asynchronous) storage does.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.failWith) throw this.failWith;
    for (const key of Object.keys(items)) {
      const error = this.failFor?.(key);
      if (error) throw error;
    }
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  /** What the stored values weigh, as Chromium counts quota: each key plus its value's JSON. */
  bytes(prefix = ''): number {
    let total = 0;
    for (const [key, value] of this.items) if (key.startsWith(prefix)) total += key.length + JSON.stringify(value).length;
    return total;
  }
}
