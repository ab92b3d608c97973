// The five seed policies (seeds/*.txt), read once for the text tests.
import { readdirSync, readFileSync } from 'node:fs';

const SEEDS_DIR = new URL('../../../seeds/', import.meta.url);

export interface SeedText {
  file: string;
  text: string;
}

export const SEED_TEXTS: readonly SeedText[] = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(new URL(file, SEEDS_DIR), 'utf8') }));

export function seedText(prefix: string): string {
  const seed = SEED_TEXTS.find((s) => s.file.startsWith(prefix));
  if (!seed) throw new Error(`no seed ${prefix}_*.txt`);
  return seed.text;
}
