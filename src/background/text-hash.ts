// Content hashes for the analysis cache: the sha-256 of the policy text (also returned to the
// page as `textHash`) and of its block structure, which changes how the text is segmented.
import type { Block } from '../engine/types.ts';

async function sha256Hex(data: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(data));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const textHash = (text: string): Promise<string> => sha256Hex(text);

export const blocksHash = (blocks: readonly Block[]): Promise<string> =>
  sha256Hex(blocks.map((b) => `${b.kind}:${b.start}:${b.end}`).join(','));
