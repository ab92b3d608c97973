// The built-in library entries: the five seed providers (names and dates from
// seeds/providers.json, texts imported as strings by Vite: `?raw`, in the build and in Vitest),
// and reference snapshots of well-known services' policies, shipped analysed
// (references.generated.json, written by `npm run build:references`).
//
// The references are imported as text and parsed with JSON.parse: imported as JSON, the bundler
// wrote them as a 430 KB object literal, which every worker start compiled and evaluated before
// its first analysis (V8 reads JSON text several times faster than the same object as code).
import providers from '../../../seeds/providers.json' with { type: 'json' };
import conifer from '../../../seeds/000_033c2eef7324457c.txt?raw';
import phoneCom from '../../../seeds/001_c1bb176aaee5836d.txt?raw';
import conferencingTree from '../../../seeds/002_bf13b23f045a4a3f.txt?raw';
import countyMicro from '../../../seeds/003_287e789d7f0e6bf1.txt?raw';
import fusionConnect from '../../../seeds/004_5bd2721613aedcf6.txt?raw';
import type { BuiltInSeed } from '../../shared/library.ts';
import { referencesFrom, type BuiltInReference } from '../../shared/references.ts';
import referencesJson from './references.generated.json?raw';

const TEXTS: Record<string, string> = {
  '000_033c2eef7324457c.txt': conifer,
  '001_c1bb176aaee5836d.txt': phoneCom,
  '002_bf13b23f045a4a3f.txt': conferencingTree,
  '003_287e789d7f0e6bf1.txt': countyMicro,
  '004_5bd2721613aedcf6.txt': fusionConnect,
};

interface Provider {
  file: string;
  id: string;
  name: string;
  site?: string;
  date: string | null;
}

export const BUILT_INS: readonly BuiltInSeed[] = (providers.providers as Provider[]).map((provider) => {
  const text = TEXTS[provider.file];
  // A seed added to providers.json without its import above must fail the build's tests, not ship empty.
  if (text === undefined) throw new Error(`built-in ${provider.id}: no bundled text for ${provider.file}`);
  const seed: BuiltInSeed = { id: provider.id, name: provider.name, url: provider.site ? `https://${provider.site}/` : '', text };
  if (provider.date !== null) seed.date = provider.date;
  return seed;
});

export const REFERENCES: readonly BuiltInReference[] = referencesFrom(JSON.parse(referencesJson) as unknown);
