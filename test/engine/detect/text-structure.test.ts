import { describe, expect, it } from 'vitest';
import { firstLineTitle, markdownHeadings, quickFeaturesFromText } from '../../../src/engine/detect/text-structure.ts';

describe('markdownHeadings', () => {
  it('reads ATX, setext and bold-line headings, without link and emphasis syntax', () => {
    const md = [
      '[Example Privacy Policy](#example-privacy-policy)',
      '================================================',
      '',
      '**Effective: 1 May 2024**',
      '',
      'Some text.',
      '### 1\\. Information we collect',
      '* a list item',
      '----',
      '#### too deep',
    ].join('\n');
    expect(markdownHeadings(md)).toEqual(['Example Privacy Policy', 'Effective: 1 May 2024', '1. Information we collect']);
  });
});

describe('firstLineTitle', () => {
  it('takes the first short line, skipping long lines and URLs', () => {
    expect(firstLineTitle('\n\nPrivacy Policy\n\nWe value...')).toBe('Privacy Policy');
    expect(firstLineTitle(`${'x'.repeat(120)}\nIP Phones | Privacy Policy | Phone.example\nbody`)).toBe('IP Phones | Privacy Policy | Phone.example');
    expect(firstLineTitle('https://example.com/privacy.pdf\nFusion Privacy Policy Statement')).toBe('Fusion Privacy Policy Statement');
  });
});

describe('quickFeaturesFromText', () => {
  it('uses markdown headings when there are any, else the first line as the title', () => {
    expect(quickFeaturesFromText('# Privacy\ntext', 'https://e.com/p')).toEqual({ url: 'https://e.com/p', title: '', headings: ['Privacy'] });
    expect(quickFeaturesFromText('Privacy Notice\ntext')).toEqual({ url: '', title: 'Privacy Notice', headings: [] });
  });
});
