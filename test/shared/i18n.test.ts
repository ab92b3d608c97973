// The interface's strings live in _locales/en/messages.json (complete; another language is one
// more folder). Checked here: names Chrome and Firefox accept, placeholders that resolve, every
// __MSG_ of the manifest and every key the code names defined, and no message left unused.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMessage, MESSAGES } from '../support/i18n-en.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const source = files(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

describe('messages.json (English)', () => {
  it('uses names both browsers accept, each with a message', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key, 'ASCII letters, digits and _ only').toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@'), 'no reserved name').toBe(false);
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('defines every placeholder a message uses, and uses every one it defines', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();
      const defined = Object.keys(entry.placeholders ?? {}).sort();
      expect(used, `${key}: placeholders`).toEqual([...new Set(defined)]);
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) expect(p.content, `${key}.${name}`).toMatch(/^\$[1-9]$/);
    }
  });

  it('substitutes like the browser', () => {
    expect(getMessage('gradeSure', ['72'])).toBe("Based on 72% of what the grade weighs; the rest the policy doesn't say.");
    expect(getMessage('listMore', ['a, b, c', '4'])).toBe('a, b, c and 4 more');
  });

  it('has every __MSG_ key of the manifest', () => {
    const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(MESSAGES[key], key).toBeDefined();
  });

  it('has no message the code never names', () => {
    const unused = Object.keys(MESSAGES).filter((key) => !source.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('keeps every other locale to the keys English has', () => {
    const dir = join(ROOT, 'public/_locales');
    for (const locale of readdirSync(dir).filter((l) => l !== 'en')) {
      const other = JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(other).filter((k) => !(k in MESSAGES)), `${locale}: keys English lacks`).toEqual([]);
    }
  });
});
