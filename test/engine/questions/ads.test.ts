// Whether they use your data for ads, read from short policies written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function ads(text: string): string {
  return analyze({ text }).claims.ads.ads.value;
}

describe('ads', () => {
  it('reads ad partners collecting data on the service through their cookies as ads use', () => {
    expect(ads('When you visit our website, and only where you have agreed, we and our third-party advertising partners may use cookies, pixels and SDKs to collect information about the ads you view.')).toBe('yes');
  });

  it('reads a negation inside a long match', () => {
    const text = 'Our site shows advertisements from other companies. Displaying advertisements that are not targeted to a visitor based on their habits, but chosen from the page itself. We use only contextual advertising and not targeted or interest-based advertising.';
    expect(ads(text)).toBe('no');
  });

  it('does not read anonymous data given to advertisers as your data used for ads', () => {
    expect(ads('The Company may disclose Anonymous Information to third parties, including advertisers, for purposes such as targeting advertisements.')).toBe('not-stated');
  });

  it('still reads ads tailored from usage data collected anonymously', () => {
    expect(ads('The advertising on this website is chosen for you by the anonymous collection of your usage behaviour, so that you see advertising tailored to your interests.')).toBe('yes');
  });

  it('reads a service that allows no marketing on its platform as no', () => {
    expect(ads('The Company does not allow marketing within its service platforms.')).toBe('no');
  });

  it('does not read a denial that holds only under a signal as no', () => {
    expect(ads('The Company honours Do Not Track signals and does not track you or use advertising when such a signal is sent.')).toBe('not-stated');
  });

  it('does not read "does not control its advertisers" as a denial', () => {
    expect(ads('The Company does not control the privacy practices of its advertisers or of sites it links to.')).toBe('not-stated');
  });
});
