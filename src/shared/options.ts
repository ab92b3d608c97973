// The person's settings, one record in storage.local under `options`, read by the content script
// (may it look at this page?), the popup and the options page. Reads are forgiving: a field that
// is missing or malformed takes its default, so a damaged record never stops detection.
//
//   options → { schemaVersion: 1, autoDetect, highlightByDefault, offSites: [hostname, ...] }

export const OPTIONS_KEY = 'options';
export const OPTIONS_SCHEMA_VERSION = 1;
/** Sites a person switches off are a handful; the cap keeps a corrupt record from growing. */
export const MAX_OFF_SITES = 1_000;

export interface Options {
  /** Look at every page for a privacy policy (off: only when asked from the popup). */
  autoDetect: boolean;
  /** Colour a policy's clauses as soon as it has been read, without opening the popup. */
  highlightByDefault: boolean;
  /** Host names (without "www.") where PolicyLens does nothing until asked. */
  offSites: string[];
}

export const DEFAULT_OPTIONS: Readonly<Options> = { autoDetect: true, highlightByDefault: false, offSites: [] };

/** What the content script may do on a page. */
export type Detection = 'on' | 'off-site' | 'off-everywhere';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/** The site of a page or of what a person typed ("www.Example.com", "https://example.com/x"):
 *  its host name, lower case, without "www." and port; null when it is not one. */
export function siteOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return HOST.test(host) ? host : null;
}

export function parseOptions(raw: unknown): Options {
  const f = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const flag = (key: 'autoDetect' | 'highlightByDefault'): boolean => (typeof f[key] === 'boolean' ? f[key] : DEFAULT_OPTIONS[key]);
  const sites = Array.isArray(f['offSites']) ? f['offSites'] : [];
  const offSites = [...new Set(sites.flatMap((s) => (typeof s === 'string' ? [siteOf(s)] : [])).filter((s): s is string => s !== null))].slice(0, MAX_OFF_SITES);
  return { autoDetect: flag('autoDetect'), highlightByDefault: flag('highlightByDefault'), offSites };
}

/** Whether detection runs on the page at `url`: a site switched off is off even when detection
 *  runs everywhere else. */
export function detectionFor(options: Options, url: string): Detection {
  const site = siteOf(url);
  if (site !== null && options.offSites.includes(site)) return 'off-site';
  return options.autoDetect ? 'on' : 'off-everywhere';
}

/** The options with `site` switched off (or back on), sorted so the list reads alphabetically. */
export function withSite(options: Options, site: string, off: boolean): Options {
  const rest = options.offSites.filter((s) => s !== site);
  return { ...options, offSites: off ? [...rest, site].sort() : rest };
}

/** The part of a storage area used here; tests pass an in-memory one. */
export interface OptionsArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readOptions(area: Pick<OptionsArea, 'get'>): Promise<Options> {
  const items = await area.get(OPTIONS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseOptions(items[OPTIONS_KEY]);
}

export async function writeOptions(area: OptionsArea, options: Options): Promise<void> {
  await area.set({ [OPTIONS_KEY]: { schemaVersion: OPTIONS_SCHEMA_VERSION, ...parseOptions(options) } });
}
