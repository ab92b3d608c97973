// Reading what people hand the command-line tools: a file, or standard input for "-". Bytes are
// decoded by their byte-order mark (UTF-8, UTF-16 LE/BE), an HTML page's declared charset, or
// as UTF-8, falling back to Windows-1252 (Latin-1's superset) when the bytes are not UTF-8 but
// read cleanly that way. What cannot be a policy is refused with a reason that names the file:
// missing, a folder, empty, a PDF, an archive or an image, or bytes that decode to noise.
import { readFileSync, statSync } from 'node:fs';

export class InputError extends Error {
  override name = 'InputError';
}

export type InputKind = 'html' | 'markdown' | 'text';

export interface PolicyInput {
  text: string;
  kind: InputKind;
  /** How the bytes were read, when not plain UTF-8 (said on stderr). */
  decodedAs?: string;
}

const MAGIC: ReadonlyArray<[bytes: number[], what: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Share of characters that no text has: C0 controls other than tab/newline/CR/FF, and U+FFFD. */
function noiseShare(text: string): number {
  if (text.length === 0) return 0;
  let noise = 0;
  const n = Math.min(text.length, 65_536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) noise++;
  }
  return noise / n;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decode(bytes: Uint8Array, where: string): { text: string; decodedAs?: string } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), decodedAs: 'UTF-16 LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), decodedAs: 'UTF-16 BE' };
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) throw new InputError(`${where}: is ${what}, not text; save the policy as .txt, .md or .html`);
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), decodedAs: declared };
    } catch {
      // An unknown charset name: read it as the bytes say.
    }
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\uFFFD')) return { text: utf8 };
  // Not UTF-8: Windows-1252 reads every byte; it is the text only if that reads cleanly.
  const cp1252 = new TextDecoder('windows-1252').decode(bytes);
  if (noiseShare(cp1252) < 0.001) return { text: cp1252, decodedAs: 'Windows-1252 (it is not valid UTF-8)' };
  return { text: utf8 };
}

function kindOf(path: string, text: string): InputKind {
  if (/\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'html';
  if (/\.(?:md|markdown)$/i.test(path) || /^#{1,6}\s|^\S.*\n(?:=+|-+)\s*$/m.test(text.slice(0, 2000))) return 'markdown';
  return 'text';
}

export function readBytes(path: string): Uint8Array {
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (error) {
      throw new InputError(`standard input: could not be read (${(error as Error).message})`);
    }
  }
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (!isFile) throw new InputError(`${path}: not a file`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: could not be read (${(error as Error).message})`);
  }
}

/** Reads a policy: a file or "-" (standard input). */
export function readPolicyInput(path: string): PolicyInput {
  const where = path === '-' ? 'standard input' : path;
  const bytes = readBytes(path);
  if (bytes.length === 0) throw new InputError(`${where}: is empty`);
  const { text, decodedAs } = decode(bytes, where);
  if (noiseShare(text) > 0.01) throw new InputError(`${where}: looks binary (control characters or undecodable bytes); give a .txt, .md or .html file`);
  if (text.trim() === '') throw new InputError(`${where}: is empty (only whitespace)`);
  return { text, kind: kindOf(path, text), ...(decodedAs ? { decodedAs } : {}) };
}

/** Decodes one JSON Lines file (or "-") into lines; a byte-order mark on the first is dropped. */
export function readLines(path: string): string[] {
  const where = path === '-' ? 'standard input' : path;
  const bytes = readBytes(path);
  const { text } = decode(bytes, where);
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
