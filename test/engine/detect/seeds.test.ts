// The five seed documents (privacy policies of five US telecom providers, in seeds/) must be
// detected as policies from their text alone and through the CLI's text path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectWithText } from '../../../src/engine/detect/detect.ts';
import { scoreText } from '../../../src/engine/detect/score-text.ts';
import { quickFeaturesFromText } from '../../../src/engine/detect/text-structure.ts';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

describe('seed policies', () => {
  it('are all five present', () => {
    expect(seedFiles).toHaveLength(5);
  });

  for (const file of seedFiles) {
    it(`${file} is a policy`, () => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      expect(scoreText(text).isPolicy, 'text alone').toBe(true);
      expect(detectWithText(quickFeaturesFromText(text), text).isPolicy, 'CLI text path').toBe(true);
    });
  }
});
