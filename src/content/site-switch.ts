// May PolicyLens look at this page? The person's options (src/shared/options.ts): detection can
// be off everywhere or on one site. Read once at start and followed while the page is open, so
// switching a site back on from the popup takes effect without a reload. A site switched off
// gets no detection at all, hence no message to the worker and no badge.
import { detectionFor, OPTIONS_KEY, parseOptions, readOptions, type Detection, type Options } from '../shared/options.ts';
import { onStorageChanged, readLocal, type StorageChange } from './browser-api.ts';

let options: Promise<Options> | undefined;

export function currentOptions(): Promise<Options> {
  options ??= readOptions({ get: readLocal });
  return options;
}

export async function pageDetection(): Promise<Detection> {
  return detectionFor(await currentOptions(), location.href);
}

/** Calls `onChange` with the page's detection now and whenever the options change. */
export function followOptions(signal: AbortSignal, onChange: (detection: Detection, options: Options) => void): void {
  onStorageChanged((changes: Record<string, StorageChange>, area: string): void => {
    const change = changes[OPTIONS_KEY];
    if (area !== 'local' || !change || signal.aborted) return;
    const next = parseOptions(change.newValue);
    options = Promise.resolve(next);
    onChange(detectionFor(next, location.href), next);
  }, signal);
  void currentOptions().then((o) => {
    if (!signal.aborted) onChange(detectionFor(o, location.href), o);
  });
}
