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

  it('does not read targeted marketing messages as ads, but reads personalised marketing and advertising', () => {
    expect(ads('Purpose: targeted marketing to you as a customer by post, email and SMS, based on your consent.')).toBe('not-stated');
    expect(ads('We personalise our marketing and advertising using your purchase history.')).toBe('yes');
  });

  it('reads ads made more specific to your interests, however far apart', () => {
    expect(ads('We use your data to deliver advertising, sponsorships and other campaigns on our sites and those of third parties more specific to your interests.')).toBe('yes');
  });

  it('reads measuring its own ads shown elsewhere through cookies as ads use', () => {
    expect(ads('When you view one of our advertisements on another website, we collect information about you through cookies and web beacons.')).toBe('yes');
  });

  it('does not read a pointer about interest-based advertising as ads use', () => {
    expect(ads('If you would like more information about interest-based advertising, including how to opt out, please visit youronlinechoices.eu.')).toBe('not-stated');
  });

  it('does not read a kind of company named in a description of Do Not Track as ads use', () => {
    expect(ads('Your browser may let you tell website operators (including behavioral advertising services) that you do not wish to be tracked across websites.')).toBe('not-stated');
  });

  it('does not read a template right to opt out of sharing for ads as ads use when the sharing is denied', () => {
    const right = 'You have the right to opt out of the sale of your personal information and the sharing of your personal information for the purpose of cross-context behavioral advertising.';
    expect(ads(`${right} We do not sell your personal information, and we do not share your information with third parties for the purpose of cross-context behavioral advertising.`)).toBe('not-stated');
    expect(ads(`${right} To opt out, use the link in the footer.`)).toBe('yes');
  });
});

describe('ads: the caveat to an opt-out is no denial', () => {
  it('reads "opting out does not stop you seeing ads" as ads shown, not as no ads', () => {
    expect(analyze({ text: 'To turn off cookies used for tailored advertising by ad companies we work with, see your browser settings. Keep in mind that opting out will not stop you from seeing the ads; they will just be less suited to you.' }).claims.ads.ads.value).toBe('yes');
    expect(analyze({ text: 'Note that opting out of such cookies does not mean you will no longer receive any advertising from the Company.' }).claims.ads.ads.value).toBe('yes');
  });
  it('still reads a plain denial', () => {
    expect(analyze({ text: 'We never show ads on our service.' }).claims.ads.ads.value).toBe('no');
  });
});
