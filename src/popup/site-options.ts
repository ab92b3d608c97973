// The popup's reads and writes of the person's options (storage.local, src/shared/options.ts).
import browser from 'webextension-polyfill';
import { readOptions, withSite, writeOptions, type Options } from '../shared/options.ts';

export const loadOptions = (): Promise<Options> => readOptions(browser.storage.local);

/** Switches PolicyLens off (or back on) for one site. */
export async function setSiteOff(site: string, off: boolean): Promise<void> {
  await writeOptions(browser.storage.local, withSite(await loadOptions(), site, off));
}
