// Reads the OPP-115 segments from ../shared/data (evaluation and error study only: never fitted
// on, never copied into the repo; see ../shared/data/README.md). Cite Wilson et al., ACL 2016.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLabel, type Label } from '../../src/engine/labels.ts';

export const DEFAULT_OPP115 = resolve(import.meta.dirname, '../../../shared/data/opp115/dev.jsonl');

export interface Segment {
  id: string;
  policy: string;
  text: string;
  labels: Label[];
  split: 'train' | 'validation' | null;
}

export function readOpp115(path: string): Segment[] {
  if (!existsSync(path)) {
    throw new Error(`OPP-115 data not found at ${path}. It lives outside the repo in ../shared/data/opp115/dev.jsonl; pass --data <path>.`);
  }
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as { policy: string; segment: number; text: string; labels12: string[]; split: Segment['split'] };
    return { id: `${row.policy}#${row.segment}`, policy: row.policy, text: row.text, labels: row.labels12.filter(isLabel), split: row.split };
  });
}
