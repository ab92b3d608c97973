import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/content/page-key.ts';

describe('pageKey', () => {
  it('ignores in-page anchors, which a policy table of contents changes', () => {
    expect(pageKey('https://a.example/privacy#cookies')).toBe('https://a.example/privacy');
  });
  it('keeps hash routes, which are pages of their own', () => {
    expect(pageKey('https://a.example/#/privacy'), '#/').toBe('https://a.example/#/privacy');
    expect(pageKey('https://a.example/#!/terms'), '#!').toBe('https://a.example/#!/terms');
  });
});
