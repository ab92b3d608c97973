// scoreText on short documents written for the tests: a policy must score as a policy, and
// each hard negative must lose to its own vocabulary family.
import { describe, expect, it } from 'vitest';
import { scoreText } from '../../../src/engine/detect/score-text.ts';
import { textModel } from '../../../src/engine/detect/model.ts';
import type { VocabularyFamily } from '../../../src/engine/detect/types.ts';
import * as ex from './fixtures/excerpts.ts';

function dominantNegative(text: string): VocabularyFamily {
  const { density } = scoreText(text);
  const negatives = (Object.keys(density) as VocabularyFamily[]).filter((f) => f !== 'privacy');
  return negatives.sort((a, b) => density[b] - density[a])[0] ?? 'terms';
}

describe('scoreText', () => {
  it('scores an English privacy policy as a policy', () => {
    const s = scoreText(ex.policyEn);
    expect(s.isPolicy).toBe(true);
    expect(s.score).toBeGreaterThan(0.9);
  });

  it('scores French and German privacy policies as policies', () => {
    expect(scoreText(ex.policyFr).isPolicy, 'fr').toBe(true);
    expect(scoreText(ex.policyDe).isPolicy, 'de').toBe(true);
  });

  it('rejects a terms-of-service arbitration clause, led by contract vocabulary', () => {
    expect(scoreText(ex.termsArbitration).isPolicy).toBe(false);
    expect(dominantNegative(ex.termsArbitration)).toBe('terms');
  });

  it('rejects French terms (CGU)', () => {
    expect(scoreText(ex.termsFr).isPolicy).toBe(false);
    expect(dominantNegative(ex.termsFr)).toBe('terms');
  });

  it('rejects a cookie policy with a cookie table', () => {
    expect(scoreText(ex.cookieTable).isPolicy).toBe(false);
    expect(dominantNegative(ex.cookieTable)).toBe('cookies');
  });

  it('rejects a data processing addendum although it is about personal data', () => {
    expect(scoreText(ex.processingAgreement).isPolicy).toBe(false);
    expect(dominantNegative(ex.processingAgreement)).toBe('processing');
  });

  it('rejects community guidelines', () => {
    expect(scoreText(ex.communityGuidelines).isPolicy).toBe(false);
    expect(dominantNegative(ex.communityGuidelines)).toBe('conduct');
  });

  it('does not call a short or empty text a policy', () => {
    expect(scoreText('').isPolicy, 'empty').toBe(false);
    expect(scoreText('We care about your personal data.').isPolicy, 'one sentence').toBe(false);
  });

  it('is transparent: scores in 0..1, evidence by rule id, heaviest first', () => {
    const s = scoreText(ex.policyEn);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(s.evidence.length).toBeGreaterThan(3);
    expect(s.evidence.every((e) => /^[a-z-]+\.[a-z0-9-]+$/.test(e.id))).toBe(true);
    const weights = s.evidence.map((e) => e.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });
});

describe('scoreText: what the document says it is, in its opening', () => {
  it('reads a supplement that names the policy it adds to as not the policy itself', () => {
    const supplement = scoreText(ex.policySupplement);
    const notice = scoreText(ex.policyWithTable);
    expect(supplement.named).toEqual(['processing']);
    expect(notice.named).toEqual(['privacy']);
    // The same privacy-dense body: its opening alone moves it by the naming weight both ways.
    expect(notice.logit - supplement.logit).toBeGreaterThan(2 * textModel.opening.weight);
  });

  it('reads "this policy describes how we use cookies" as a cookie policy naming itself', () => {
    const s = scoreText(ex.cookiesDescribed);
    expect(s.named).toEqual(['cookies']);
    expect(s.isPolicy).toBe(false);
  });

  it('counts the naming only in the opening: a late mention of "these Terms" does not name the page', () => {
    const filler = 'We describe each step of the process in plain words below. '.repeat(40);
    expect(scoreText(`${ex.policyEn}\n${filler}\nThese Terms apply to orders.`).named).toEqual(['privacy']);
    expect(new Set(scoreText(`These Terms apply to orders.\n${ex.policyEn}`).named)).toEqual(new Set(['terms', 'privacy']));
  });

  it('lets a privacy policy that also mentions terms in its opening cancel out, not count against it', () => {
    const text = `By using Example you agree to the terms of this Privacy Policy.\n${ex.policyEn}`;
    const s = scoreText(text);
    expect(new Set(s.named)).toEqual(new Set(['privacy', 'terms']));
    expect(s.isPolicy).toBe(true);
  });
});
