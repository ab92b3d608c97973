// No ordinary page may be flagged: every python3-doc manual page (Debian package, installed by
// .ci/run) must be 'not-policy' at the quick stage and not a policy when its text is read.
// Missing python3-doc is a failure, not a skip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWithText } from '../../../src/engine/detect/detect.ts';
import { readHtml } from '../../../src/engine/detect/from-html.ts';
import { quickSignals } from '../../../src/engine/detect/quick.ts';
import { scoreText } from '../../../src/engine/detect/score-text.ts';
import { debianPages, MIN_DEBIAN_PAGES } from './support/debian-pages.ts';

describe('Debian python3-doc pages (ordinary pages)', () => {
  const pages = debianPages();

  it(`has at least ${MIN_DEBIAN_PAGES} pages`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(MIN_DEBIAN_PAGES);
  });

  it('flags none of them, at the quick stage or with the text read', () => {
    const flagged: string[] = [];
    for (const page of pages) {
      const { features, text: mainText } = readHtml(readFileSync(page.file, 'utf8'), page.url);
      const quick = quickSignals(features);
      const full = detectWithText(features, mainText);
      const text = scoreText(mainText);
      if (quick !== 'not-policy' || full.isPolicy || text.isPolicy) {
        flagged.push(`${page.path}: quick=${quick} full=${full.score} text=${text.score}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});
