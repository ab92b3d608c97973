// A dropped or chosen file → policy text, or a plain reason why not. Only .txt and .html are
// read; anything that decodes to binary noise (a PDF or a .docx renamed .txt) is refused rather
// than analysed as gibberish.
import { t } from '../../shared/i18n.ts';

export type FileKind = 'text' | 'html';

export type ReadResult = { ok: true; kind: FileKind; content: string } | { ok: false; message: string };

/** Policies run to a few hundred kB; anything much bigger is not one. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function fileKindOf(name: string, mime: string): FileKind | undefined {
  const lower = name.toLowerCase();
  if (/\.html?$/u.test(lower) || mime === 'text/html') return 'html';
  if (/\.txt$/u.test(lower) || mime === 'text/plain') return 'text';
  return undefined;
}

/** NUL bytes never occur in text; many U+FFFD or control characters mean it was not UTF-8 text. */
export function looksBinary(content: string): boolean {
  if (content.includes('\u0000')) return true;
  const sample = content.slice(0, 20_000);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // U+FFFD is what a failed UTF-8 decode leaves; C0 controls other than tab, newlines, form feed.
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d)) odd++;
  }
  return odd / sample.length > 0.02;
}

export function checkContent(kind: FileKind, content: string): ReadResult {
  if (looksBinary(content)) return { ok: false, message: t('fileNotText') };
  if (content.trim() === '') return { ok: false, message: t('fileEmpty') };
  return { ok: true, kind, content };
}

export async function readPolicyFile(file: File): Promise<ReadResult> {
  const kind = fileKindOf(file.name, file.type);
  if (!kind) return { ok: false, message: t('fileWrongKind', file.name) };
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: t('fileTooLarge', file.name) };
  return checkContent(kind, await file.text());
}
