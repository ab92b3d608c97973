// Change detection for saved policies, with the real engine and diff: the same text (or one that
// differs only in whitespace) is no change; a policy that now sells data is, with its summary change.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { BUILT_INS } from '../../src/background/library/built-ins.ts';
import { changeSince } from '../../src/shared/library-entry.ts';
import type { BuiltInSeed } from '../../src/shared/library.ts';
import type { LibraryEntry } from '../../src/shared/library-schema.ts';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const seed = BUILT_INS[0] as BuiltInSeed;

async function version(text: string) {
  return { text, textHash: await sha256(text), analysis: analyze({ text }) };
}

async function saved(text: string): Promise<LibraryEntry> {
  return { id: 'e1', name: 'Conifer', url: 'https://conifer.example/privacy', savedAt: '2025-03-01T12:00:00.000Z', builtIn: false, ...(await version(text)) };
}

describe('changeSince', () => {
  it('nothing saved for the page, or the same text: no change', async () => {
    const current = await version(seed.text);
    expect(changeSince(undefined, current), 'nothing saved').toBeUndefined();
    expect(changeSince(await saved(seed.text), current), 'same text').toBeUndefined();
    const reflowed = await version(seed.text.replace(/ /g, '  '));
    expect(changeSince(await saved(seed.text), reflowed), 'only whitespace differs').toBeUndefined();
  });

  it('a new sentence that sells data is a change, with counts and the summary change', async () => {
    const added = `${seed.text}\n\nWe sell your personal information to data brokers and advertisers.`;
    const change = changeSince(await saved(seed.text), await version(added));
    expect(change, 'changed').toBeDefined();
    expect(change, 'entry named').toMatchObject({ entryId: 'e1', name: 'Conifer', savedAt: '2025-03-01T12:00:00.000Z', removed: 0 });
    expect(change?.added, 'one sentence added').toBeGreaterThanOrEqual(1);
    expect(change?.summaryChanges.length, 'a summary change').toBeGreaterThan(0);
  });
});
