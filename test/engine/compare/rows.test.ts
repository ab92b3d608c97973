// House conventions for comparison rows: unique ids, a heading each, and a reading for any policy.
import { describe, expect, it } from 'vitest';
import { ROW_RULES } from '../../../src/engine/compare/index.ts';
import { analyze } from '../../../src/engine/analyze.ts';

describe('ROW_RULES', () => {
  it('has unique ids and a heading per row', () => {
    const ids = ROW_RULES.map((r) => r.id);
    expect(new Set(ids).size, 'unique ids').toBe(ids.length);
    for (const rule of ROW_RULES) expect(rule.heading.trim(), `${rule.id} heading`).not.toBe('');
  });

  it('reads a policy that says nothing without throwing, as not stated (the rating always states)', () => {
    const empty = analyze({ text: 'Welcome to our website.' });
    for (const rule of ROW_RULES) {
      const reading = rule.read(empty);
      expect(reading.text, `${rule.id} text`).not.toBe('');
      if (rule.id !== 'rating') expect(reading.stated, `${rule.id} stated`).toBe(false);
    }
  });
});
