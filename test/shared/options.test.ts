// The person's options: a damaged record reads as the defaults, sites are host names however
// they are typed, and a site switched off is off even when detection runs everywhere else.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, detectionFor, parseOptions, readOptions, siteOf, withSite, writeOptions, OPTIONS_KEY } from '../../src/shared/options.ts';

describe('siteOf', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.Example.COM', 'example.com'],
    ['https://www.example.com/privacy?x=1#y', 'example.com'],
    ['http://127.0.0.1:8080/policy', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['shop.example.co.uk.', 'shop.example.co.uk'],
  ])('%s → %s', (input, site) => expect(siteOf(input)).toBe(site));
  it.each(['', '   ', 'not a site', 'http://', 'exa mple.com', 'javascript:alert(1)'])('%j is no site', (input) => expect(siteOf(input)).toBeNull());
});

describe('parseOptions', () => {
  it('reads a stored record', () => {
    expect(parseOptions({ schemaVersion: 1, autoDetect: false, highlightByDefault: true, offSites: ['www.a.example', 'b.example'] }))
      .toEqual({ autoDetect: false, highlightByDefault: true, offSites: ['a.example', 'b.example'] });
  });
  it('takes the default for whatever is missing or malformed', () => {
    expect(parseOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions('junk')).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions({ autoDetect: 'no', offSites: ['ok.example', 3, 'not a site', 'ok.example'] })).toEqual({ ...DEFAULT_OPTIONS, offSites: ['ok.example'] });
  });
});

describe('detectionFor', () => {
  const options = { ...DEFAULT_OPTIONS, offSites: ['shop.example'] };
  it('is off on a site switched off, on elsewhere', () => {
    expect(detectionFor(options, 'https://www.shop.example/privacy')).toBe('off-site');
    expect(detectionFor(options, 'https://other.example/privacy')).toBe('on');
  });
  it('is off everywhere when automatic detection is off; a site switched off says so first', () => {
    const off = { ...options, autoDetect: false };
    expect(detectionFor(off, 'https://other.example/')).toBe('off-everywhere');
    expect(detectionFor(off, 'https://shop.example/')).toBe('off-site');
  });
});

describe('withSite and the stored record', () => {
  it('switches a site off and back on, keeping the list sorted and unique', () => {
    const a = withSite(withSite(DEFAULT_OPTIONS, 'b.example', true), 'a.example', true);
    expect(withSite(a, 'a.example', true).offSites).toEqual(['a.example', 'b.example']);
    expect(withSite(a, 'b.example', false).offSites).toEqual(['a.example']);
  });
  it('writes a versioned record that reads back', async () => {
    const items = new Map<string, unknown>();
    const area = { get: async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {}), set: async (o: Record<string, unknown>) => void Object.entries(o).forEach(([k, v]) => items.set(k, v)) };
    await writeOptions(area, { autoDetect: false, highlightByDefault: true, offSites: ['x.example'] });
    expect(items.get(OPTIONS_KEY)).toEqual({ schemaVersion: 1, autoDetect: false, highlightByDefault: true, offSites: ['x.example'] });
    expect(await readOptions(area)).toEqual({ autoDetect: false, highlightByDefault: true, offSites: ['x.example'] });
  });
});
