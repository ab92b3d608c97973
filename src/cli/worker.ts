// A worker thread of `policylens analyze --in … --jobs N`: analyses the lines it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLine } from './batch-line.ts';

const full = (workerData as { full: boolean }).full;
parentPort?.on('message', (message: { seq: number; raw: string }) => {
  parentPort?.postMessage({ seq: message.seq, result: analyzeLine(message.raw, full) });
});
