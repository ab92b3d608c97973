// The highlight colours must be told apart at a glance and keep black text readable: every two
// differ by CIE76 ΔE ≥ 20 (the old pastels had pairs at 6.3), every one gives black text ≥ 7:1,
// and each category has its legend word, so colour is never the only cue.
import '../support/i18n-en.ts';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/engine/labels.ts';
import { categoryOf, HIGHLIGHT_CATEGORIES } from '../../src/shared/highlight-palette.ts';
import { t } from '../../src/shared/i18n.ts';

const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [linear(parseInt(m[1] ?? '', 16) / 255), linear(parseInt(m[2] ?? '', 16) / 255), linear(parseInt(m[3] ?? '', 16) / 255)];
}

/** sRGB → CIE L*a*b* (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (v: number): number => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 * v + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE76 = (a: string, b: string): number => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

function contrastWithBlack(hex: string): number {
  const [r, g, b] = rgb(hex);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05;
}

describe('the highlight palette', () => {
  it('ΔE76 of known colours (the formula itself)', () => {
    expect(deltaE76('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(deltaE76('#a8d4ff', '#a8d4ff')).toBe(0);
    // The old Do Not Track and General pastels the issue measured.
    expect(deltaE76('#dcdcdc', '#eeeeee')).toBeCloseTo(6.3, 0);
  });

  it('any two colours differ by ΔE76 ≥ 20', () => {
    for (const [i, a] of HIGHLIGHT_CATEGORIES.entries()) {
      for (const b of HIGHLIGHT_CATEGORIES.slice(i + 1)) {
        expect(deltaE76(a.color, b.color), `${a.id} ${a.color} vs ${b.id} ${b.color}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('black text stays readable on every colour (≥ 7:1)', () => {
    for (const c of HIGHLIGHT_CATEGORIES) expect(contrastWithBlack(c.color), c.id).toBeGreaterThanOrEqual(7);
  });

  it('each category has a legend word and a plain line, in English', () => {
    const words = HIGHLIGHT_CATEGORIES.map((c) => t(c.word));
    expect(new Set(words).size, 'distinct words').toBe(words.length);
    for (const c of HIGHLIGHT_CATEGORIES) {
      expect(t(c.word), c.id).not.toBe(c.word);
      expect(t(c.about), c.id).toMatch(/\.$/);
    }
  });

  it('colours the practice labels, and not generic or uncovered text', () => {
    const coloured = LABELS.filter((l) => categoryOf(l));
    expect(coloured).not.toContain('Introductory/Generic');
    expect(coloured).not.toContain('Practice not covered');
    expect(coloured).toHaveLength(LABELS.length - 2);
    const ids = HIGHLIGHT_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
