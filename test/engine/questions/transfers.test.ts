// Where your data goes, read from sentences written for these tests: abroad in the common modern
// wordings, kept in one place when the policy says so, and not abroad because of where the person
// lives or a heading alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { textFromMarkdown } from '../../../src/engine/text/markdown.ts';

function transfers(text: string): string {
  return analyze({ text }).claims.transfers.transfers.value;
}

describe('transfers abroad', () => {
  it('reads the usual wordings', () => {
    expect(transfers('Our servers are located in the US.')).toBe('abroad');
    expect(transfers('Your data may be processed worldwide by our group companies.')).toBe('abroad');
    expect(transfers('Data may be stored in any country where we or our service providers have facilities.')).toBe('abroad');
    expect(transfers('We may transfer your personal data to countries outside the European Economic Area.')).toBe('abroad');
  });

  it('reads servers outside the country where the person lives', () => {
    expect(transfers('What you give us may be kept on a server located outside of the country where you live.')).toBe('abroad');
    expect(transfers('Your account data may be held outside the country in which you reside.')).toBe('abroad');
    expect(transfers('If you live outside the country where our company is registered, please see the annex.')).toBe('not-stated');
  });

  it('does not read "us" the provider as the United States', () => {
    expect(transfers('Information transferred to us is stored securely.')).toBe('not-stated');
  });

  it('does not read where the person lives as a transfer', () => {
    expect(transfers('If you are located outside the EEA, this section does not apply to you.')).toBe('not-stated');
  });

  it('does not let a heading outweigh what its section says', () => {
    const { text, blocks } = textFromMarkdown('## International transfers\n\nWe do not transfer your personal data outside the EEA.');
    expect(analyze({ text, blocks }).claims.transfers.transfers.value).toBe('local');
  });
});

describe('data kept in one place', () => {
  it('reads active and passive wordings', () => {
    expect(transfers('We host all of your files in data centres in Finland.')).toBe('local');
    expect(transfers("We don't transfer your data outside the EU.")).toBe('local');
  });

  it('is outweighed by a transfer elsewhere, and not read when another country follows', () => {
    expect(transfers('All data is stored in Germany. Our support provider may access it from the United States.')).toBe('abroad');
    expect(transfers('Our data is stored in Germany and the United States.')).toBe('abroad');
    expect(transfers('We store your data in data centers located in Japan, the United States and South Korea.')).toBe('abroad');
  });
});
