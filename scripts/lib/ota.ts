// Reads the Open Terms Archive documents kept outside the repo
// (../shared/data/policy-detection/dev.jsonl; "Open Terms Archive contributors", ODC-BY 1.0).
// The texts are read by path and never copied into the repo.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DEFAULT_OTA_PATH = resolve(import.meta.dirname, '../../../shared/data/policy-detection/dev.jsonl');

export interface OtaDocument {
  id: string;
  label: string;
  fine_label: string;
  service: string;
  url: string | null;
  text: string;
}

export class MissingOtaDataError extends Error {
  constructor(path: string) {
    super(`Open Terms Archive data not found at ${path}. It lives outside the repo (../shared/data/policy-detection/dev.jsonl); pass --data <path>.`);
  }
}

/** Every document of the file, by id. Throws MissingOtaDataError when the file is absent. */
export function readOtaDocuments(path = DEFAULT_OTA_PATH): Map<string, OtaDocument> {
  if (!existsSync(path)) throw new MissingOtaDataError(path);
  const docs = new Map<string, OtaDocument>();
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: OtaDocument;
    try { row = JSON.parse(line) as OtaDocument; } catch (error) { throw new Error(`${path}:${i + 1}: invalid JSON (${(error as Error).message})`, { cause: error }); }
    docs.set(row.id, row);
  });
  return docs;
}
