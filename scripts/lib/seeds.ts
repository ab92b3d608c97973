// Loads the seed policies with their gold labels mapped onto the engine's own sentences.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segment } from '../../src/engine/text/segment.ts';
import { alignGold, type GoldSpan } from '../../src/engine/classify/align.ts';
import type { TrainingDoc } from '../../src/engine/classify/train.ts';
import { isLabel } from '../../src/engine/labels.ts';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds');

export interface SeedProvider {
  file: string;
  id: string;
  name: string;
  date: string | null;
}

export function seedProviders(seedsDir = SEEDS_DIR): SeedProvider[] {
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'providers.json'), 'utf8')) as { providers: SeedProvider[] };
  return manifest.providers;
}

export function readSeedText(file: string, seedsDir = SEEDS_DIR): string {
  return readFileSync(join(seedsDir, file), 'utf8');
}

export function readGold(file: string, seedsDir = SEEDS_DIR): GoldSpan[] {
  const path = join(seedsDir, 'labels', file.replace(/\.txt$/, '.jsonl'));
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const row = JSON.parse(line) as { start: number; end: number; labels: string[] };
    return { start: row.start, end: row.end, labels: row.labels.filter(isLabel) };
  });
}

export function loadTrainingDocs(seedsDir = SEEDS_DIR): TrainingDoc[] {
  return seedProviders(seedsDir).map((provider) => {
    const { sentences } = segment({ text: readSeedText(provider.file, seedsDir) });
    return { name: provider.file, sentences, gold: alignGold(sentences, readGold(provider.file, seedsDir)) };
  });
}
