// A corpus, line by line, on one or more worker threads. Results are written in input order as
// they complete (a reorder buffer holds the ones that finished early), a bad line is reported on
// stderr with its number and the run goes on, and progress is drawn on stderr when it is a
// terminal. Exit code 1 when any line was bad.
import { Worker } from 'node:worker_threads';
import { analyzeLine, type LineResult } from './batch-line.ts';
import { readLines } from './input.ts';
import { openSink } from './output.ts';

export interface BatchOptions {
  input: string;
  output: string | undefined;
  jobs: number;
  full: boolean;
}

/** The worker's file beside this module: TypeScript run through tsx, or the built bundle. */
function workerFile(): { url: URL; execArgv: string[] } {
  const self = import.meta.url;
  return self.endsWith('.ts') ? { url: new URL('./worker.ts', self), execArgv: ['--import', 'tsx'] } : { url: new URL('./worker.mjs', self), execArgv: [] };
}

class Progress {
  private last = 0;
  constructor(private readonly total: number, private readonly started: number) {}
  tick(done: number): void {
    if (!process.stderr.isTTY) return;
    const now = performance.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((width * done) / this.total);
    const rate = done / Math.max(0.001, (now - this.started) / 1000);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${this.total}  ${rate.toFixed(1)}/s`);
    if (done === this.total) process.stderr.write('\n');
  }
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const lines = readLines(options.input);
  const where = options.input === '-' ? 'standard input' : options.input;
  const sink = openSink(options.output);
  const started = performance.now();
  const work = lines.map((raw, i) => ({ seq: i, raw })).filter((l) => l.raw.trim() !== '');
  const progress = new Progress(work.length, started);
  let written = 0;
  let bad = 0;
  let done = 0;
  const pending = new Map<number, LineResult>();
  let next = 0;
  const order = work.map((w) => w.seq);
  const flush = (): void => {
    while (next < order.length && pending.has(order[next] ?? -1)) {
      const seq = order[next] ?? -1;
      const result = pending.get(seq);
      pending.delete(seq);
      next++;
      if (!result || result.ok === 'blank') continue;
      if (result.ok) {
        sink.write(`${result.out}\n`);
        written++;
      } else {
        bad++;
        process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}${where}:${seq + 1}: ${result.problem}\n`);
      }
    }
  };
  const settle = (seq: number, result: LineResult): void => {
    pending.set(seq, result);
    done++;
    flush();
    progress.tick(done);
  };

  if (options.jobs <= 1 || work.length <= 1) {
    for (const { seq, raw } of work) settle(seq, analyzeLine(raw, options.full));
  } else {
    const { url, execArgv } = workerFile();
    const workers = Array.from({ length: Math.min(options.jobs, work.length) }, () => new Worker(url, { workerData: { full: options.full }, execArgv }));
    let cursor = 0;
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      for (const worker of workers) {
        const feed = (): void => {
          const item = work[cursor++];
          if (item) worker.postMessage(item);
          else if (++finished === workers.length) resolve();
        };
        worker.on('message', (m: { seq: number; result: LineResult }) => {
          settle(m.seq, m.result);
          feed();
        });
        worker.on('error', reject);
        feed();
      }
    });
    await Promise.all(workers.map((w) => w.terminate()));
  }
  sink.close();
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`analysed ${written} polic${written === 1 ? 'y' : 'ies'}${bad > 0 ? `, ${bad} bad line(s)` : ''} in ${seconds.toFixed(1)} s (${(written / Math.max(0.001, seconds)).toFixed(1)} per second, ${options.jobs} job${options.jobs === 1 ? '' : 's'}) → ${sink.name}\n`);
  return bad > 0 ? 1 : 0;
}
