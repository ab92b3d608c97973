// The detector's pattern dialect and the quick stage's privacy cue. Its rules' conventions
// (ids, glosses, examples both ways and per pattern) are in test/rules/conventions.test.ts.
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../../src/engine/detect/compile.ts';
import { findMatches as findIn, lower } from '../../../src/engine/detect/match.ts';

const findMatches = (regex: RegExp, text: string) => findIn(regex, lower(text));
import { PRIVACY_CUE } from '../../../src/rules/detect/signals/cues.ts';
import { signalRules } from '../../../src/rules/detect/signals/index.ts';

describe('pattern dialect', () => {
  it('matches whole words only, also next to accented letters', () => {
    const r = compilePatterns('t.x', ['données']);
    expect(findMatches(r, 'vos données.').length, 'whole word').toBe(1);
    expect(findMatches(r, 'mesdonnées'), 'inside a word').toEqual([]);
    expect(findMatches(r, 'donnéesX'), 'followed by a letter').toEqual([]);
  });

  it('reads a space as whitespace or hyphens and a trailing * as a word continuation', () => {
    const r = compilePatterns('t.y', ['opt out', 'collect*']);
    expect(findMatches(r, 'opt-out, opt  out, collected').length).toBe(3);
  });

  it('names the rule when a pattern does not compile', () => {
    expect(() => compilePatterns('bad.rule', ['(unclosed'])).toThrow(/bad\.rule/);
  });
});

describe('PRIVACY_CUE (the fast path of the quick stage)', () => {
  it('is present in every example of every rule that can name a page a privacy policy', () => {
    const naming = signalRules.filter((r) => r.speaksFor === 'policy' && r.where !== 'heading');
    for (const rule of naming) {
      for (const s of rule.examples.match) expect(PRIVACY_CUE.test(lower(s)), `${rule.id}: "${s}"`).toBe(true);
    }
  });

  it('is present in realistic policy titles and URLs', () => {
    for (const s of [
      'Privacy Policy | Example', 'Datenschutzerklärung', 'Datenschutzhinweise', 'Politique de confidentialité',
      'Protection des données personnelles', 'Charte vie privée', 'Personal Information Protection Policy',
      'Data Protection Notice', 'Política de Privacidad', 'Informativa sulla privacy', 'Privacybeleid',
      'https://example.com/donnees-personnelles', 'https://example.com/gdpr', 'https://example.com/data-policy',
    ]) {
      expect(PRIVACY_CUE.test(lower(s)), s).toBe(true);
    }
  });
});
