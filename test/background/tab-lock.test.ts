// One state change per tab at a time: the content script sends page/detected and
// page/policy-text without waiting, and their read-check-write steps must not interleave.
import { describe, expect, it } from 'vitest';
import { withTabLock } from '../../src/background/tab-lock.ts';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

describe('withTabLock', () => {
  it('runs one tab’s tasks one after another, in the order asked', async () => {
    const log: string[] = [];
    const task = (name: string, steps: number) => async () => {
      log.push(`${name} start`);
      for (let i = 0; i < steps; i++) await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([withTabLock(1, task('a', 3)), withTabLock(1, task('b', 1)), withTabLock(1, task('c', 0))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets different tabs run side by side', async () => {
    const log: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = withTabLock(1, async () => {
      log.push('tab 1 start');
      await held;
      log.push('tab 1 end');
    });
    await withTabLock(2, async () => void log.push('tab 2'));
    release();
    await first;
    expect(log).toEqual(['tab 1 start', 'tab 2', 'tab 1 end']);
  });

  it('a failing task rejects for its caller only; the next task still runs', async () => {
    const failing = withTabLock(3, async () => {
      await tick();
      throw new Error('storage full');
    });
    const next = withTabLock(3, async () => 'ran');
    await expect(failing).rejects.toThrow('storage full');
    await expect(next).resolves.toBe('ran');
  });

  it('a task that throws synchronously is a rejection, not an exception', async () => {
    const run = withTabLock(4, () => {
      throw new Error('sync');
    });
    await expect(run).rejects.toThrow('sync');
    await expect(withTabLock(4, async () => 'after')).resolves.toBe('after');
  });
});
