// TokenTable must find exactly the tokens a Set lookup of each `split(' ')` piece would.
import { describe, expect, it } from 'vitest';
import { TokenTable } from '../../../src/engine/classify/token-table.ts';
import { DIGIT_TOKEN } from '../../../src/engine/match/pattern.ts';

function bySplit(tokens: readonly string[], text: string): number[] {
  const ids = new Map(tokens.map((t, i) => [t, i]));
  return text.split(' ').flatMap((piece) => (ids.has(piece) ? [ids.get(piece) ?? -1] : []));
}

function byTable(tokens: readonly string[], text: string): number[] {
  const out = new Int32Array(text.length + 2);
  const count = new TokenTable(tokens).scan(text, out);
  return [...out.subarray(0, count)];
}

describe('TokenTable', () => {
  const tokens = ['we', 'collect', 'your', 'data', 'do', 'not', 'sell', '_email_', '13', 'a', 'colle'];
  const texts = [
    ' we collect your data ',
    ' we do not sell your data we do not ',
    ' contact _email_ at age 13 or collects a collect ',
    ' ',
    '',
    'we',
    ' collectx xcollect colle ',
    '  double  spaces ',
  ];

  it('finds the same tokens, in order, as splitting on spaces', () => {
    for (const text of texts) expect(byTable(tokens, text), JSON.stringify(text)).toEqual(bySplit(tokens, text));
  });

  it('finds the empty token wherever a split yields an empty piece', () => {
    const withEmpty = [...tokens, ''];
    for (const text of texts) expect(byTable(withEmpty, text), JSON.stringify(text)).toEqual(bySplit(withEmpty, text));
  });

  it('copes with many tokens sharing hash slots', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `t${i.toString(36)}`);
    const text = ` ${many.filter((_, i) => i % 7 === 0).join(' ')} nope t t0x `;
    expect(byTable(many, text)).toEqual(bySplit(many, text));
  });

  it('adds the digit pseudo-token after each piece that starts with a digit', () => {
    const tokens = ['call', '24', DIGIT_TOKEN];
    const digit = tokens.indexOf(DIGIT_TOKEN);
    // '24' is itself a token; '90210' and '1st' are not but start with a digit; 'a1' does not.
    expect(byTable(tokens, ' call 24 90210 1st a1 ')).toEqual([0, 1, digit, digit, digit]);
    expect(byTable([...tokens, '7'], ' 7 ').length, 'a one-digit piece yields two ids within the room scan asks for').toBe(2);
    expect(byTable(['call'], ' call 24 '), 'no pseudo-token when the table lacks it').toEqual([0]);
  });
});
