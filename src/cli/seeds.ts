// The five seed providers (seeds/providers.json), read from the repository the tool runs in:
// src/cli under tsx, dist-cli once built; both sit one folder apart from seeds/.
import { readFileSync } from 'node:fs';

const SEEDS = new URL(import.meta.url.endsWith('.ts') ? '../../seeds/' : '../seeds/', import.meta.url);

export interface SeedProvider {
  id: string;
  name: string;
  file: string;
}

export const SEED_PROVIDERS: readonly SeedProvider[] = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('providers.json', SEEDS), 'utf8')) as { providers: SeedProvider[] }).providers;
  } catch {
    return [];
  }
})();

export function seedText(provider: SeedProvider): string {
  return readFileSync(new URL(provider.file, SEEDS), 'utf8');
}
