// The summary of each seed (gold labels in place of the classifier): concrete, traceable,
// short, in reading order. And the renderer on hand-made points.
import { describe, expect, it } from 'vitest';
import { QUESTION_ORDER, readClaims } from '../../../src/engine/questions/index.ts';
import { countWords, summarize, summaryText } from '../../../src/engine/summary/index.ts';
import type { SummaryPoint } from '../../../src/engine/types.ts';
import { goldSentences, SEED_FILES, type SeedFile } from '../facts/gold-sentences.ts';
import { sentences } from '../facts/make.ts';

function seed(file: SeedFile) {
  const all = goldSentences(file);
  const points = summarize(readClaims(all), all.length);
  return { all, points, text: summaryText(points) };
}

describe.each(SEED_FILES.map((f) => [f]))('summary of %s', (file) => {
  const { points, all, text } = seed(file);

  it('is at most 450 words as text', () => {
    expect(countWords(text)).toBeLessThanOrEqual(450);
  });

  it('gives evidence for every point except "not stated" ones, which cite none', () => {
    const wrong = points.filter((p) => (p.id.endsWith('.not-stated') ? p.evidence.length !== 0 : p.evidence.length === 0));
    expect(wrong.map((p) => p.id)).toEqual([]);
    expect(points.every((p) => p.evidence.every((i) => i >= 0 && i < all.length))).toBe(true);
  });

  it('keeps reading order and unique point ids, and cites each sentence once per point', () => {
    const order = [...new Set(points.map((p) => p.question))];
    expect(order).toEqual(QUESTION_ORDER.filter((q) => order.includes(q)));
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
    for (const p of points) expect(new Set(p.evidence).size, p.id).toBe(p.evidence.length);
  });
});

describe('hand-made policies', () => {
  const summaryOf = (...specs: Parameters<typeof sentences>) => {
    const all = sentences(...specs);
    return summarize(readClaims(all), all.length);
  };

  it('says plainly what the policy does not say, for the questions people ask first', () => {
    const points = summaryOf('Welcome to our website.');
    const notStated = points.filter((p) => p.id.endsWith('.not-stated'));
    expect(notStated.map((p) => p.question)).toEqual(expect.arrayContaining(['collect', 'share', 'sell', 'retention', 'rights']));
    for (const p of notStated) {
      expect(p.text, p.id).toMatch(/^The policy (?:doesn't|gives no)/);
      expect(p.flag, `${p.id}: not saying is not a proven bad practice`).not.toBe('bad');
    }
  });

  it('flags a sale, indefinite keeping and changes without notice as bad', () => {
    const points = summaryOf('We may sell your personal information to data brokers.', 'We may retain your personal data indefinitely.', 'We may change this privacy policy at any time without notice.');
    const bad = points.filter((p) => p.flag === 'bad').map((p) => p.question);
    expect(bad).toEqual(expect.arrayContaining(['sell', 'retention', 'changes']));
  });

  it('keeps markup from the policy as plain text in the points', () => {
    const points = summaryOf('Write to us at:', '<img src=x onerror=alert(1)> Privacy Office', '1 Main Street', 'Springfield, IL 62701');
    const contact = points.find((p) => p.question === 'contact');
    expect(contact?.text).toContain('<img src=x onerror=alert(1)> Privacy Office, 1 Main Street, Springfield, IL 62701');
    expect(summaryText(points)).not.toMatch(/&lt;|&gt;/);
  });
});

describe('summaryText', () => {
  const points: SummaryPoint[] = [
    { id: 'contact.routes', question: 'contact', text: 'Email: a@b.example.', flag: 'good', evidence: [3] },
    { id: 'sell.no', question: 'sell', text: 'Does not sell your personal information.', flag: 'good', evidence: [1] },
    { id: 'security.general', question: 'security', text: 'Says it protects your data, without naming how.', evidence: [2] },
  ];

  it('puts points under their question headings, in reading order, with a mark per flag', () => {
    expect(summaryText(points)).toBe(
      'Whether they sell it\n+ Does not sell your personal information.\n\nHow they protect it\n* Says it protects your data, without naming how.\n\nHow to reach them\n+ Email: a@b.example.\n',
    );
  });

  it('counts words, not marks', () => {
    expect(countWords('How safe it is\n* Admits no system is secure.')).toBe(9);
    expect(summaryText([])).toBe('');
  });
});
