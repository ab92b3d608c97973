// The seed policies analysed by the whole engine, once per test file, by provider id.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../../src/engine/analyze.ts';
import type { Analysis } from '../../../src/engine/types.ts';

const SEEDS_DIR = resolve(import.meta.dirname, '../../../seeds');
const PROVIDERS = (JSON.parse(readFileSync(join(SEEDS_DIR, 'providers.json'), 'utf8')) as { providers: { id: string; file: string; name: string }[] }).providers;

export function seedText(id: string): string {
  const provider = PROVIDERS.find((p) => p.id === id);
  if (!provider) throw new Error(`no seed provider ${id}`);
  return readFileSync(join(SEEDS_DIR, provider.file), 'utf8');
}

const cache = new Map<string, Analysis>();

export function seedEntry(id: string): { name: string; text: string; analysis: Analysis } {
  const text = seedText(id);
  const analysis = cache.get(id) ?? analyze({ text });
  cache.set(id, analysis);
  return { name: id, text, analysis };
}
