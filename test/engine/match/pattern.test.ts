import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError } from '../../../src/engine/match/pattern.ts';
import { normalizeForMatch } from '../../../src/engine/match/normalize.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';

const matches = (pattern: string, sentence: string): boolean =>
  new RegExp(compilePattern(pattern, expandWithCompromise).source).test(normalizeForMatch(sentence));

describe('normalizeForMatch', () => {
  it('expands negative contractions so "don\'t" reads as "do not"', () => {
    expect(normalizeForMatch("We don't sell, and we won't.")).toBe(' we do not sell and we will not ');
  });
  it('replaces emails, URLs and phone numbers with placeholder tokens', () => {
    expect(normalizeForMatch('Write to privacy@example.com, call 1-800-555-0100 or see https://example.com/a.')).toBe(
      ' write to _email_ call _phone_ or see _url_ ',
    );
  });
});

describe('compilePattern', () => {
  it('matches whole tokens only', () => {
    expect(matches('sell', 'We sell data.'), 'whole word').toBe(true);
    expect(matches('sell', 'We are a reseller.'), 'inside a word').toBe(false);
  });
  it('supports alternatives with phrases, optional tokens and wildcards', () => {
    expect(matches('we (do|will) not {sell} * (information|data)', 'We will not sell your personal data.')).toBe(true);
    expect(matches('we (do|will) not {sell} * (information|data)', 'We sell your personal data.')).toBe(false);
    expect(matches('(third party|affiliate) partners?', 'our third party partners')).toBe(true);
  });
  it('expands {lemma} to its inflections', () => {
    expect(matches('{share} with', 'information shared with vendors')).toBe(true);
    expect(matches('{retain}', 'records are retained')).toBe(true);
  });
  it('knows value, unit, email, url and phone tags', () => {
    expect(matches('for #Value #Unit', 'kept for 24 months')).toBe(true);
    expect(matches('for #Value #Unit', 'kept for two years')).toBe(true);
    expect(matches('at #Email', 'contact us at privacy@x.org')).toBe(true);
  });
  it('anchors with ^ and $ and negates a token with !', () => {
    expect(matches('^contact us$', 'Contact Us')).toBe(true);
    expect(matches('^contact us$', 'Please contact us')).toBe(false);
    expect(matches('we !not sell', 'we never sell')).toBe(true);
    expect(matches('we !not sell', 'we not sell')).toBe(false);
  });
  it('treats /regex/ as one token', () => {
    expect(matches('/^collect/ data', 'collection data')).toBe(true);
    expect(matches('/^collect/ data', 'recollect data')).toBe(false);
  });
  it('rejects bad patterns with a message naming the pattern', () => {
    expect(() => compilePattern('(a|b', expandWithCompromise)).toThrow(PatternError);
    expect(() => compilePattern('#Nope', expandWithCompromise)).toThrow(/unknown tag #Nope/);
    expect(() => compilePattern('Sell', expandWithCompromise)).toThrow(/lower case/);
    expect(() => compilePattern('', expandWithCompromise)).toThrow(/empty pattern/);
  });
});

describe('pattern requirements', () => {
  const requires = (pattern: string): string[][] => compilePattern(pattern, expandWithCompromise).requires;
  it('lists every token set a match needs, rarest first', () => {
    expect(requires('we (do|will) not sell')).toEqual([['sell'], ['not'], ['we'], ['do', 'will']]);
    expect(requires('(retain|keep) * for #Value #Unit')[0], 'two rare words beat one common word').toEqual(['keep', 'retain']);
    expect(requires('{share} with')).toEqual([['share', 'shared', 'shares', 'sharing'], ['with']]);
  });
  it('requires nothing from open-ended parts', () => {
    expect(requires('/^collect/ .')).toEqual([]);
    expect(requires('(information|/^collect/)')).toEqual([]);
  });
  it('requires the digit pseudo-token where a token must start with a digit', () => {
    expect(requires('/^\\d{5}$/ /^\\d{4}$/')).toEqual([['#digit']]);
    expect(requires('#Value #Unit')[1], '#Value: a number or a number word').toContain('#digit');
    expect(requires('/^\\d+|^foo/'), 'with a | the ^ may bind to one side only').toEqual([]);
    expect(requires('/\\d{5}/'), 'a digit anywhere in the token is not a leading digit').toEqual([]);
  });
  it('picks each alternative\'s rarest set by the cost it is given', () => {
    const rare = (tokens: readonly string[]): number => tokens.reduce((sum, t) => sum + (t === 'data' ? 100 : 1), 0);
    expect(compilePattern('(data protection officer|dpo)', expandWithCompromise, rare).requires).toEqual([['dpo', 'officer']]);
    expect(compilePattern('(data protection officer|dpo)', expandWithCompromise).requires).toEqual([['data', 'dpo']]);
  });
  it('never requires an optional part', () => {
    expect(requires('personal? data')).toEqual([['data']]);
  });
});

describe('pattern pairs', () => {
  const pairs = (pattern: string): [string[], string[]][] => compilePattern(pattern, expandWithCompromise).pairs ?? [];
  const flat = (pattern: string): string[] => pairs(pattern).map(([before, after]) => `${before.join('|')} > ${after.join('|')}`);
  it('pairs two required parts that follow each other', () => {
    expect(flat('contact us at #Email').sort()).toEqual(['at > _email_', 'contact > us', 'us > at']);
    expect(flat('{share} with')).toEqual(['share|shared|shares|sharing > with']);
  });
  it('pairs a group by the tokens its alternatives start and end with', () => {
    expect(flat('(third party|third parties) with')).toEqual(['parties|party > with']);
    expect(flat('we (do|will) not sell')).toContain('do|will > not');
  });
  it('keeps the pairs inside a group of one alternative', () => {
    expect(flat('(opt out) of').sort()).toEqual(['opt > out', 'out > of']);
  });
  it('never pairs across an optional part, a wildcard or an open-ended token', () => {
    expect(pairs('personal? data')).toEqual([]);
    expect(pairs('we * collect')).toEqual([]);
    expect(pairs('we . collect')).toEqual([]);
    expect(pairs('we /^collect/')).toEqual([]);
    expect(pairs('(a|b?) c'), 'an alternative that may be empty gives the group no edge').toEqual([]);
    expect(pairs('(a b?) c'), 'nor one whose last part is optional').toEqual([]);
    expect(pairs('keep #Value #Unit'), '#Value has no word list').toEqual([]);
  });
  it('keeps at most three pairs, the rarest by the cost it is given', () => {
    expect(pairs('a b c d e f')).toHaveLength(3);
    const rare = (tokens: readonly string[]): number => tokens.reduce((sum, t) => sum + (t === 'a' || t === 'b' ? 100 : 1), 0);
    expect(compilePattern('a b c d e', expandWithCompromise, rare).pairs?.map(([b, a]) => `${b.join('')}${a.join('')}`)).toEqual(['cd', 'de', 'bc']);
  });
});
