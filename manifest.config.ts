// manifest.json is written for Chrome; Firefox gets the same manifest with the two differences
// it needs, so there is one source and the builds cannot drift apart. The version is
// package.json's, so the store packages (npm run package) are named and versioned alike.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

const base = { ...manifest, version: pkg.version };

export type Browser = 'chrome' | 'firefox';

/** Stable add-on id: Firefox needs one for storage to persist across reinstalls and to sign. */
export const GECKO_ID = 'policylens@policylens.invalid';

export function manifestFor(browser: Browser): ManifestV3Export {
  if (browser === 'chrome') return base;
  const { background, ...rest } = base;
  return {
    ...rest,
    // Firefox MV3 runs the background as an event page (scripts), not a service worker.
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        // storage.session arrived in Firefox 115; data_collection_permissions is read from 140.
        strict_min_version: '115.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}
