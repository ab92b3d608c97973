// A budget per analysis: a text over it is analysed up to a block, paragraph or sentence end
// near the budget, and says so; a text within it is analysed exactly as analyze() does.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeWithin, budgetCut } from '../../src/engine/budget.ts';
import type { Block } from '../../src/engine/types.ts';

const POLICY = `Privacy Policy

We collect your name, email address and postal address when you create an account.

We share your information with service providers who process payments on our behalf.

We do not sell your personal information.

We keep your account data for 24 months after you close your account.

You can ask us to delete your data by writing to privacy@example.org.`;

/** POLICY repeated to at least `length` characters, blank lines between the copies. */
function longPolicy(length: number): string {
  return Array.from({ length: Math.ceil(length / (POLICY.length + 2)) }, () => POLICY).join('\n\n');
}

describe('within the budget', () => {
  it('is analysed exactly as analyze() does, with no analysedLength', () => {
    const within = analyzeWithin({ text: POLICY });
    expect(within).toEqual(analyze({ text: POLICY }));
    expect(within.analysedLength).toBeUndefined();
  });

  it('a text exactly at the budget is read whole', () => {
    const text = longPolicy(2_000).slice(0, 2_000);
    expect(analyzeWithin({ text }, 2_000)).toEqual(analyze({ text }));
  });
});

describe('over the budget', () => {
  it('reads up to a paragraph break before the budget and says how much it read', () => {
    const text = longPolicy(10_000);
    const analysis = analyzeWithin({ text }, 2_000);
    expect(analysis.textLength, 'the whole text’s length').toBe(text.length);
    expect(analysis.analysedLength).toBeDefined();
    const read = analysis.analysedLength ?? 0;
    expect(read).toBeLessThanOrEqual(2_000);
    expect(read).toBeGreaterThanOrEqual(1_000);
    expect(text.slice(read - 1, read + 1), 'at a paragraph break').toMatch(/^\n|\n$/);
    expect(analysis.sentences.length).toBeGreaterThan(0);
    for (const s of analysis.sentences) {
      expect(s.end).toBeLessThanOrEqual(read);
      expect(text.slice(s.start, s.end), 'offsets are the whole text’s').toBe(s.text);
    }
    expect(analysis.claims.sell.sell.value, 'what the read part says is answered').toBe('no');
  });

  it('with blocks, ends at the last block that fits, and clips none', () => {
    const text = longPolicy(10_000);
    const blocks: Block[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) blocks.push({ kind: m[0] === 'Privacy Policy' ? 'heading' : 'paragraph', start: m.index, end: m.index + m[0].length });
    const cut = budgetCut({ text, blocks }, 2_000);
    expect(blocks.some((b) => b.end === cut), 'a block ends there').toBe(true);
    expect(blocks.filter((b) => b.end <= 2_000).every((b) => b.end <= cut)).toBe(true);
    const analysis = analyzeWithin({ text, blocks }, 2_000);
    expect(analysis.analysedLength).toBe(cut);
    for (const s of analysis.sentences) expect(s.end).toBeLessThanOrEqual(cut);
  });

  it('one huge block: cut inside it at a sentence end, else a space, else at the budget', () => {
    const sentences = 'We collect your data. '.repeat(200);
    expect(sentences.slice(0, budgetCut({ text: sentences }, 1_000))).toMatch(/data\. $/);
    const words = 'word '.repeat(400);
    expect(words.slice(0, budgetCut({ text: words }, 1_000))).toMatch(/word $/);
    expect(budgetCut({ text: 'x'.repeat(3_000) }, 1_000)).toBe(1_000);
  });

  it('a 300 KB paragraph of "e.g. " after a policy ends in an analysis, not a crash', () => {
    const text = `${POLICY}\n\n${'e.g. '.repeat(60_000)}`;
    const analysis = analyzeWithin({ text }, 100_000);
    expect(analysis.analysedLength).toBeLessThanOrEqual(100_000);
    expect(analysis.textLength).toBe(text.length);
  });
});
