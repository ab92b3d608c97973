// Where the command-line tools write: standard output (or --out), diagnostics on standard
// error. A reader that goes away early (`policylens analyze x | head -c 10`) ends the tool
// quietly, and a file that cannot be written is an error that names it, not a stack trace.
import { closeSync, openSync, writeSync } from 'node:fs';

export class OutputError extends Error {
  override name = 'OutputError';
}

let quietOnBrokenPipe = false;

/** Once: a closed pipe on stdout ends the process with success (the reader has what it wanted). */
export function handleBrokenPipe(): void {
  if (quietOnBrokenPipe) return;
  quietOnBrokenPipe = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** An open destination: standard output, or a file created (truncated) at once, so that an
 *  unwritable path fails before any work is done. */
export interface Sink {
  write(text: string): void;
  close(): void;
  readonly name: string;
}

export function openSink(path: string | undefined): Sink {
  if (path === undefined || path === '-') {
    handleBrokenPipe();
    return { name: 'standard output', write: (text) => void process.stdout.write(text), close: () => undefined };
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new OutputError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return {
    name: path,
    write: (text) => {
      try {
        writeSync(fd, text);
      } catch (error) {
        throw new OutputError(`${path}: write failed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
    },
    close: () => closeSync(fd),
  };
}
