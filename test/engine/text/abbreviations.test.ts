import { describe, expect, it } from 'vitest';
import { abbreviationEnds, isAbbreviationBoundary } from '../../../src/engine/text/abbreviations.ts';

describe('isAbbreviationBoundary', () => {
  it('rejects boundaries after abbreviations that never end a policy sentence', () => {
    expect(isAbbreviationBoundary('We collect identifiers, e.g.', 'Name and email.'), 'e.g.').toBe(true);
    expect(isAbbreviationBoundary('permanent (i.e.', 'They remain.'), 'i.e. after a bracket').toBe(true);
    expect(isAbbreviationBoundary('Ask Mr.', 'Smith.'), 'Mr.').toBe(true);
  });

  it('rejects a boundary after "No." only before a number', () => {
    expect(isAbbreviationBoundary('Write to No.', '12 Main Street.'), 'No. 12').toBe(true);
    expect(isAbbreviationBoundary('Do we sell data? No.', 'We do not.'), 'the answer No.').toBe(false);
  });

  it('lets Inc., U.S. and etc. end a sentence only before a sentence opener', () => {
    expect(isAbbreviationBoundary('operated by Acme, Inc.', 'We collect data.'), 'Inc. then We').toBe(false);
    expect(isAbbreviationBoundary('controlled by Acme, Inc.', 'Holdings of Delaware.'), 'Inc. then a name').toBe(true);
    expect(isAbbreviationBoundary('subject to U.S.', 'law.'), 'U.S. then lower case').toBe(true);
    expect(isAbbreviationBoundary('names, emails, etc.', 'You may object.'), 'etc. then You').toBe(false);
  });

  it('ignores ordinary words', () => {
    expect(isAbbreviationBoundary('We collect data.', 'We keep it.'), 'ordinary full stop').toBe(false);
  });
});

describe('abbreviationEnds', () => {
  it('finds the sentence ends compromise keeps together', () => {
    const text = 'We collect names, emails, etc. We also work with Acme, Inc. You may object.';
    expect(abbreviationEnds(text).map((at) => text.slice(0, at).slice(-5)), 'ends after etc. and Inc.').toEqual([' etc.', ' Inc.']);
  });

  it('leaves abbreviations followed by names or lower case alone', () => {
    expect(abbreviationEnds('Acme, Inc. Holdings and the U.S. Department of Commerce agree.'), 'names').toEqual([]);
    expect(abbreviationEnds('We collect names, etc. and more.'), 'lower case').toEqual([]);
  });
});
