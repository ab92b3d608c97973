// The popup's reads and writes of the person's options (storage.local, src/shared/options.ts).
import { localArea } from './browser-api.ts';
import { readOptions, withSite, writeOptions, type Options } from '../shared/options.ts';

export const loadOptions = (): Promise<Options> => readOptions(localArea);

/** Switches PolicyLens off (or back on) for one site. */
export async function setSiteOff(site: string, off: boolean): Promise<void> {
  await writeOptions(localArea, withSite(await loadOptions(), site, off));
}
