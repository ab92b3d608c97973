// The two stages together: the browser path reads the text only for 'maybe' pages; the CLI
// path always reads it and adds the quick evidence.
import { describe, expect, it } from 'vitest';
import { detectPage, detectWithText } from '../../../src/engine/detect/detect.ts';
import { quickFeaturesFromText } from '../../../src/engine/detect/text-structure.ts';
import * as ex from './fixtures/excerpts.ts';

describe('detectPage', () => {
  it('does not read the text of an ordinary page', () => {
    let reads = 0;
    const result = detectPage({ url: 'https://blog.example.com/post/1', title: 'Ten soup recipes', headings: ['Ten soup recipes'] }, () => {
      reads++;
      return ex.policyEn;
    });
    expect(reads, 'text reads').toBe(0);
    expect(result).toEqual({ isPolicy: false, score: expect.any(Number), stage: 'quick' });
    expect(result.score).toBeLessThan(0.1);
  });

  it('decides a page named "Privacy Policy" without its text', () => {
    const result = detectPage({ url: 'https://example.com/privacy-policy', title: 'Privacy Policy', headings: [] }, () => {
      throw new Error('text should not be read');
    });
    expect(result.isPolicy).toBe(true);
    expect(result.stage).toBe('quick');
  });

  it('reads the text once for a maybe page and decides on it', () => {
    let reads = 0;
    const features = { url: 'https://example.com/privacy', title: 'Example', headings: [] };
    const policy = detectPage(features, () => (reads++, ex.policyEn));
    const terms = detectPage(features, () => (reads++, ex.termsArbitration));
    expect(reads).toBe(2);
    expect(policy).toMatchObject({ isPolicy: true, stage: 'full' });
    expect(terms).toMatchObject({ isPolicy: false, stage: 'full' });
  });
});

describe('detectWithText', () => {
  it('lets a privacy-policy name outvote an empty capture', () => {
    const r = detectWithText({ url: 'https://example.com/privacystatement', title: 'Microsoft Privacy Statement', headings: [] }, 'Loading…');
    expect(r.isPolicy).toBe(true);
  });

  it('lets a policy text outvote a "Terms and Conditions" name (combined legal page)', () => {
    const text = `Terms and Conditions\nOrders ship in 5 days.\n${ex.policyEn}`;
    expect(detectWithText(quickFeaturesFromText(text), text).isPolicy).toBe(true);
  });

  it('tells a supplement of a privacy policy from the policy, on the same privacy-dense body', () => {
    const page = (text: string) => detectWithText(quickFeaturesFromText(text), text);
    expect(page(ex.policySupplement).isPolicy, 'supplement').toBe(false);
    expect(page(ex.policyWithTable).isPolicy, 'notice').toBe(true);
  });

  it('reads markdown and plain-text documents with their own headings', () => {
    for (const [name, text, expected] of [
      ['policy', ex.policyEn, true],
      ['fr', ex.policyFr, true],
      ['de', ex.policyDe, true],
      ['terms', ex.termsArbitration, false],
      ['cookies', ex.cookieTable, false],
      ['dpa', ex.processingAgreement, false],
      ['guidelines', ex.communityGuidelines, false],
    ] as const) {
      expect(detectWithText(quickFeaturesFromText(text), text).isPolicy, name).toBe(expected);
    }
  });
});
