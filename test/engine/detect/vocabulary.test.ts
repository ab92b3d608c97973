// House conventions for the detector's rules: unique ids named after their family, patterns
// that compile, every example run both ways, and data that survives a JSON round trip.
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../../src/engine/detect/compile.ts';
import { findMatches as findIn, lower } from '../../../src/engine/detect/match.ts';

const findMatches = (regex: RegExp, text: string) => findIn(regex, lower(text));
import { PRIVACY_CUE } from '../../../src/engine/detect/signals/cues.ts';
import { signalRules } from '../../../src/engine/detect/signals/index.ts';
import { vocabulary } from '../../../src/engine/detect/vocabulary/index.ts';

const allRules = [...vocabulary, ...signalRules];

describe('detector rules', () => {
  it('have unique ids', () => {
    const ids = allRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
  });

  it('name vocabulary rules after their family', () => {
    for (const rule of vocabulary) expect(rule.id.startsWith(`${rule.family}.`), rule.id).toBe(true);
  });

  it('give every rule a gloss and at least one example each way', () => {
    for (const rule of allRules) {
      expect(rule.gloss.length, `${rule.id} gloss`).toBeGreaterThan(0);
      expect(rule.examples.match.length, `${rule.id} match examples`).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length, `${rule.id} noMatch examples`).toBeGreaterThan(0);
    }
  });

  it('weigh vocabulary hits positively (the family gives the direction) and signals by the side they speak for', () => {
    for (const rule of vocabulary) expect(rule.weight, rule.id).toBeGreaterThan(0);
    for (const rule of signalRules) expect(Math.sign(rule.weight), rule.id).toBe(rule.speaksFor === 'policy' ? 1 : -1);
  });

  it('are plain data (JSON round trip)', () => {
    expect(JSON.parse(JSON.stringify(allRules))).toEqual(allRules);
  });

  for (const rule of allRules) {
    it(`${rule.id}: examples match and near misses do not`, () => {
      const regex = compilePatterns(rule.id, rule.patterns);
      for (const s of rule.examples.match) expect(findMatches(regex, s).length, `"${s}" should match`).toBeGreaterThan(0);
      for (const s of rule.examples.noMatch) expect(findMatches(regex, s), `"${s}" should not match`).toEqual([]);
    });
  }
});

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
