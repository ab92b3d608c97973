// Reading what people hand the command-line tools, with errors that name the file or line.
import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads a text or HTML file, refusing what cannot be a policy: missing, a folder, binary, empty. */
export function readPolicyFile(path: string): { text: string; isHtml: boolean } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new InputError(`${path}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: no such file`);
  }
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks binary (contains NUL bytes); give a .txt or .html file`);
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new InputError(`${path}: is empty${size === 0 ? '' : ' (only whitespace)'}`);
  const isHtml = /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
  return { text, isHtml };
}

export interface JsonlLine {
  line: number;
  value?: unknown;
  error?: string;
}

/** Parses JSON Lines, one entry per non-blank line; a bad line becomes an entry with `error`. */
export function readJsonl(path: string): JsonlLine[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  const entries: JsonlLine[] = [];
  content.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      entries.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (error) {
      entries.push({ line: i + 1, error: `invalid JSON (${(error as Error).message})` });
    }
  });
  return entries;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
