// What you can turn off (test/claims/GUIDE.md "choices", clarification 3), read from sentences
// written for these tests: the sale or "sharing" opt-out against denials and other sharing,
// targeted ads against marketing messages, and settings pages named without saying what they do.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { ChoiceItem } from '../../../src/engine/questions/types.ts';

const choice = (text: string, item: ChoiceItem): string => analyze({ text }).claims.choices[item].value;

describe('the sale or "sharing" opt-out', () => {
  it('reads the link, not the denial', () => {
    expect(choice('We do not sell, rent, or trade personal data to third parties.', 'sale-opt-out')).toBe('not-stated');
    expect(choice('Click Do Not Sell or Share My Personal Information at the bottom of the page.', 'sale-opt-out')).toBe('yes');
  });

  it('reads an opt-out of sharing for marketing or ads, not any restriction of sharing', () => {
    expect(choice('You may request that we restrict the sharing of data with third parties.', 'sale-opt-out')).toBe('not-stated');
    expect(choice('To opt out of sharing data with third parties for personalized ads, visit our ad settings page.', 'sale-opt-out')).toBe('yes');
    expect(choice('We may disclose personal information to third parties for marketing purposes, which you can control through opt-out settings.', 'sale-opt-out')).toBe('yes');
  });

  it('reads the bank-style opt-out of sharing with other companies that market to you', () => {
    expect(choice('You may limit sharing with nonaffiliated companies so they can market to you by calling 217-555-0182.', 'sale-opt-out')).toBe('yes');
    expect(choice('To exercise your choices, use the Your Privacy Choices link in the footer.', 'sale-opt-out')).toBe('yes');
  });

  it('does not read a right to opt out of targeted advertising as the sale opt-out', () => {
    const text = 'You have the right to opt out of targeted advertising.';
    expect(choice(text, 'sale-opt-out')).toBe('not-stated');
    expect(choice(text, 'ads-opt-out')).toBe('yes');
  });
});

describe('ads and marketing', () => {
  it('reads an opt-out of interest-based advertising as the ads choice, not marketing messages', () => {
    const text = 'You can opt out of interest-based advertising from participating companies through their consumer choice tool.';
    expect(choice(text, 'ads-opt-out')).toBe('yes');
    expect(choice(text, 'marketing-opt-out')).toBe('not-stated');
  });

  it('keeps an opt-out of emails as marketing', () => {
    const text = 'If you do not wish to receive emails from us, click the link in any email.';
    expect(choice(text, 'marketing-opt-out')).toBe('yes');
    expect(choice(text, 'ads-opt-out')).toBe('not-stated');
  });

  it('reads objecting to direct marketing and declining communications', () => {
    expect(choice('You may object to the use of your personal data for direct marketing at any time.', 'marketing-opt-out')).toBe('yes');
    expect(choice('If you do not want to receive communications from us, tell us at help@example.com.', 'marketing-opt-out')).toBe('yes');
  });

  it('reads not wanting targeted ads and the industry page by name', () => {
    expect(choice("If you don't want to see our targeted advertising, you can set ad preferences in your account.", 'ads-opt-out')).toBe('yes');
    expect(choice('To learn how to opt out of this kind of tracking, visit About Ads.', 'ads-opt-out')).toBe('yes');
  });
});

describe('settings named without saying what they do', () => {
  it('does not read a bare "Ad preferences" or a data list as a choice', () => {
    expect(choice('Ad preferences', 'ads-opt-out')).toBe('not-stated');
    expect(choice('We collect device data such as language, device type, cookie preferences and time zone.', 'cookie-controls')).toBe('not-stated');
  });

  it('reads choosing cookies in the banner or the browser', () => {
    expect(choice('On your first visit we will ask you to choose which cookies we can use.', 'cookie-controls')).toBe('yes');
    expect(choice('Users can control the use of cookies at the individual browser level.', 'cookie-controls')).toBe('yes');
    expect(choice('This helps us control how cookies are set on our pages.', 'cookie-controls')).toBe('not-stated');
    expect(choice('Essential cookies are always on, whereas advertising cookies are optional.', 'cookie-controls')).toBe('yes');
  });
});

describe('ads, cookie and sale choices as newer policies word them', () => {
  it('reads refusing the cookies behind the ads, said with what it changes', () => {
    expect(choice('Should you not accept our marketing cookies, the ads you see will be less relevant to you.', 'ads-opt-out')).toBe('not-stated');
    expect(choice('If you choose not to allow marketing cookies, the adverts you see will be less personalised.', 'ads-opt-out')).toBe('yes');
    expect(choice('You may decline targeting cookies from the ad partner on its own site.', 'ads-opt-out')).toBe('yes');
    expect(choice('If you choose not to allow these cookies, parts of the shop may stop working.', 'ads-opt-out')).toBe('not-stated');
  });

  it('reads ads settings named by a pronoun and Do Not Track that stops ad tailoring', () => {
    expect(choice('We use your viewing history to show you relevant ads, and you can manage this in your account.', 'ads-opt-out')).toBe('yes');
    expect(choice('With Do Not Track switched on, we cease using your browsing on partner sites to personalise ads for you.', 'ads-opt-out')).toBe('yes');
    expect(choice('We show ads, and you can contact us about this at any time.', 'ads-opt-out')).toBe('not-stated');
  });

  it('reads pointers to cookie controls and the analytics opt-out page', () => {
    expect(choice('Our cookie notice explains how you can block or delete these cookies.', 'cookie-controls')).toBe('yes');
    expect(choice('You can use the Google Analytics Opt-out Browser Add-on to stop this measurement.', 'cookie-controls')).toBe('yes');
    expect(choice('Our cookie notice explains what these cookies do.', 'cookie-controls')).toBe('not-stated');
  });

  it('reads Global Privacy Control honoured as the sale opt-out, not a refusal of it', () => {
    expect(choice('We treat a Global Privacy Control signal sent by your browser as a valid request to opt out.', 'sale-opt-out')).toBe('yes');
    expect(choice('We honor the GPC signal for browsers that send it.', 'sale-opt-out')).toBe('yes');
    expect(choice('At this time we do not honor Global Privacy Control signals.', 'sale-opt-out')).toBe('not-stated');
  });

  it('reads an opt-out of a "sale" and of disclosure to a third party', () => {
    expect(choice('Where our ad cookies count as a "sale" under state law, you can opt out by writing to us.', 'sale-opt-out')).toBe('yes');
    expect(choice('You may opt out of having your data disclosed to a third party other than our agents.', 'sale-opt-out')).toBe('yes');
  });
});

describe('the law\'s right to opt out of a sale, named by a policy that denies selling', () => {
  it('is no offer of the opt-out unless a way to use it is given', () => {
    const denial = 'We do not sell or share your personal information. ';
    expect(choice(`${denial}State law gives residents of some states the right to opt out of the sale of their personal information.`, 'sale-opt-out')).toBe('not-stated');
    expect(choice(`${denial}You have the right to opt out of the sale of your data; if we ever began selling, we would explain how here.`, 'sale-opt-out')).toBe('not-stated');
    expect(choice(`${denial}You have the right to opt out of the sale of your data by emailing privacy@example.com.`, 'sale-opt-out')).toBe('yes');
    expect(choice(`${denial}California residents may opt out of the sale of their data.`, 'sale-opt-out')).toBe('yes');
  });

  it('is no offer when only a heading named like the link, or a sale the provider supposes, stands beside the denial', () => {
    expect(choice('About us\n\nWe run a small quiz site.\n\nDo Not Sell My Information We never sell anything we learn about you to anyone.', 'sale-opt-out')).toBe('not-stated');
    const list = 'We do not sell your personal information.\n\nCalifornia notice\n\nUnder state law, consumers have the right to:\n\nKnow what we collect about them;\n\nOpt out of the sale of their data, if we were to sell it;\n\nAsk us to delete their data.';
    expect(choice(list, 'sale-opt-out')).toBe('not-stated');
  });

  it('still reads the right in a policy that does not deny selling', () => {
    expect(choice('You have the right to opt out of the sale of your personal information.', 'sale-opt-out')).toBe('yes');
  });
});

describe('stopping marketing messages', () => {
  it('reads withdrawing consent under a heading about marketing messages as the marketing opt-out', () => {
    const text = 'Sending electronic messages\n\nAt your request we email you news about our products. We process your email address on the basis of your consent. To revoke the consent, please contact us.';
    expect(choice(text, 'marketing-opt-out')).toBe('yes');
  });

  it('does not read withdrawing consent under another heading as the marketing opt-out', () => {
    const text = 'Location data\n\nWe use your location with your consent. To revoke the consent, please contact us.';
    expect(choice(text, 'marketing-opt-out')).toBe('not-stated');
  });

  it('reads asking us to stop using your data for marketing, and replying STOP, as the marketing opt-out', () => {
    expect(choice('You may ask us at any time to stop using your personal data for marketing purposes.', 'marketing-opt-out')).toBe('yes');
    expect(choice('To stop receiving text messages from us, reply STOP.', 'marketing-opt-out')).toBe('yes');
    expect(choice('We use your personal data for marketing purposes.', 'marketing-opt-out')).toBe('not-stated');
  });
});

describe('consent as a choice (clarification 11)', () => {
  const withdraw = ' Where we rely on your consent, you can withdraw it at any time. You may withdraw your consent by writing to us.';
  it('reads personalised ads, optional cookies and sharing for marketing based on consent that can be withdrawn', () => {
    expect(choice(`Legal basis: your consent, for personalised advertising on our app.${withdraw}`, 'ads-opt-out')).toBe('yes');
    expect(choice(`We place optional cookies only with your consent.${withdraw}`, 'cookie-controls')).toBe('yes');
    expect(choice(`We share your email address with third parties for their marketing only with your consent.${withdraw}`, 'sale-opt-out')).toBe('yes');
  });

  it('needs the withdrawal and a consent that is not denied', () => {
    expect(choice('Legal basis: your consent, for personalised advertising on our app.', 'ads-opt-out')).toBe('not-stated');
    expect(choice(`We do not ask for consent before showing personalised advertising.${withdraw}`, 'ads-opt-out')).toBe('not-stated');
    expect(choice(`We place optional cookies only with your consent. You cannot withdraw your consent once given.`, 'cookie-controls')).toBe('not-stated');
  });
});

describe('an opt-out of "such cookies" after ad networks\' cookies', () => {
  it('is the ads choice only when the sentences before speak of ads', () => {
    const ads = 'Third-party ad networks may place their own cookies on your device to show you interest-based advertising. ';
    expect(choice(`${ads}To opt out of such cookies, see our cookie notice.`, 'ads-opt-out')).toBe('yes');
    expect(choice('Our site uses cookies to keep you signed in. To opt out of such cookies, see our cookie notice.', 'ads-opt-out')).toBe('not-stated');
    expect(choice(`${ads}You cannot opt out of such cookies on our site.`, 'ads-opt-out')).toBe('not-stated');
  });
});

describe('an opt-out of tracking in a policy that shows targeted ads', () => {
  const ads = 'We and our partners use your browsing on our site to show you targeted ads on other websites. ';
  it('is the ads choice', () => {
    expect(choice(`${ads}You can opt out at any time from our use of your data for certain uses of tracking technologies.`, 'ads-opt-out')).toBe('yes');
  });

  it('is not when no ads are shown, or e-mail, location or Do Not Track is meant', () => {
    expect(choice('You can opt out at any time from our use of your data for certain uses of tracking technologies.', 'ads-opt-out')).toBe('not-stated');
    expect(choice(`${ads}You can turn off location tracking in your phone's settings.`, 'ads-opt-out')).toBe('not-stated');
    expect(choice(`${ads}To turn off the tracking in our e-mails, block images in your mail app.`, 'ads-opt-out')).toBe('not-stated');
    expect(choice(`${ads}Some browsers send a Do Not Track signal to disable tracking, which we do not answer.`, 'ads-opt-out')).toBe('not-stated');
    expect(choice(`${ads}How to opt out of collection through cookies is set out in our Cookies and Tracking Technologies Policy.`, 'ads-opt-out')).toBe('not-stated');
  });
});

describe('a right to opt out of something other than a sale', () => {
  it('does not read a right to opt out of "certain kinds of" profiling or "any" marketing as a sale opt-out', () => {
    expect(choice('Some state laws also give you the right to opt out of certain kinds of profiling and targeted advertising.', 'sale-opt-out')).toBe('not-stated');
    expect(choice('You have the right to opt out of any marketing emails we send you and of profiling for direct marketing.', 'sale-opt-out')).toBe('not-stated');
  });
  it('still reads a right to opt out of the sale', () => {
    expect(choice('You have the right to opt out of the sale of your personal information to advertisers.', 'sale-opt-out')).toBe('yes');
  });
});
