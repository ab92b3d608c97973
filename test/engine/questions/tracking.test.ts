// Whether others track you, read from short policies written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function tracking(text: string): string {
  return analyze({ text }).claims.tracking.tracking.value;
}

describe('tracking', () => {
  it('reads a denial made by the provider\'s own platform', () => {
    expect(tracking("Acme's advertising platform does not track you, and does not share device data with data brokers.")).toBe('no');
  });

  it('reads "does NOT allow web trackers" as the provider\'s denial', () => {
    expect(tracking('The Library does NOT use third-party data collection tools such as Google Analytics, and does NOT allow web trackers of any kind.')).toBe('no');
  });

  it('does not read one cookie\'s denial as the policy\'s', () => {
    expect(tracking('This cookie does not track your browsing history and expires after 7 days.')).toBe('not-stated');
  });

  it('reads third-party analytics and ad partners\' cookies as tracking', () => {
    expect(tracking('We use Google Analytics to understand how our site is used.')).toBe('yes');
    expect(tracking('Our advertising partners may place cookies on your device when you visit our site.')).toBe('yes');
  });

  it('does not read a common word that is also a tool\'s name as the tool', () => {
    expect(tracking('You may adjust your browser settings to refuse cookies.')).toBe('not-stated');
    expect(tracking('Adjust the cookie settings in your browser to block them.')).toBe('not-stated');
    expect(tracking('We group customers by market segment to plan our cookies banner.')).toBe('not-stated');
    expect(tracking('We use analytics tools such as Amplitude to see which features are used.')).toBe('yes');
  });

  it('reads third-party services that collect through their own cookies, named after a comma', () => {
    expect(tracking('These outside services, acting on our behalf, may collect information about your visits through their own cookies.')).toBe('not-stated');
    expect(tracking('These third-party services, acting on our behalf, may collect information about your visits through their own cookies.')).toBe('yes');
  });

  it('reads "we and our service providers use cookies" as others collecting on the service', () => {
    expect(tracking('We and our service providers use cookies and scripts to collect information about how you use the app.')).toBe('yes');
  });

  it('reads web analytics services among the recipients as tracking', () => {
    expect(tracking('We disclose personal data to vendors, including hosting providers, payment processors and web analytics services.')).toBe('yes');
  });

  it('reads a social network\'s tracking pixel and an ad-industry opt-out as tracking', () => {
    expect(tracking('We and Meta are joint controllers for the tracking pixel on our booking pages.')).toBe('yes');
    expect(tracking('To opt out of interest-based ads from our partners, visit the NAI Consumer Opt Out page.')).toBe('yes');
  });

  it('reads the use of advertising platforms\' services as tracking', () => {
    expect(tracking('We use the services of social media platforms and advertising platforms to market our products.')).toBe('yes');
  });
});

describe('tracking: other platforms named without anything learnt there', () => {
  it('does not read sharing content from, or spaces hosted on, third-party platforms as tracking', () => {
    expect(tracking('You can share content on our app from third party services.')).toBe('not-stated');
    expect(tracking('These rules also apply to community spaces hosted on third-party platforms.')).toBe('not-stated');
  });

  it('still reads activity followed on other platforms as tracking', () => {
    expect(tracking('We receive information about your activity on third-party platforms.')).toBe('yes');
  });
});

describe('tracking: sentences about the document itself', () => {
  it('reads neither the policy\'s scope nor its overview as a statement about tracking', () => {
    expect(tracking('This Privacy Policy does not apply to information collected by third-party services you reach through our app.')).toBe('not-stated');
    expect(tracking('This Cookie Statement explains how we use third-party cookies and how you can manage them.')).toBe('not-stated');
  });

  it('still reads the statements that follow', () => {
    expect(tracking('This Cookie Statement explains our cookies. We never use third-party cookies.')).toBe('no');
  });
});

describe('tracking: advice and lost features are not statements about trackers', () => {
  it('does not read advice to block third-party cookies as the service having them', () => {
    expect(tracking('To protect your privacy you can use a browser that can block third-party cookies.')).toBe('not-stated');
  });

  it('does not read "no longer able to use third-party services" as a denial of tracking', () => {
    expect(tracking('If you ask us not to share your data with them, you may no longer be able to use those third party services.')).toBe('not-stated');
  });

  it('still reads third-party cookies the service sets, and a plain denial', () => {
    expect(tracking('We allow advertising partners to set third-party cookies on our site.')).toBe('yes');
    expect(tracking('We do not use any third-party cookies.')).toBe('no');
  });
});

describe('tracking: others let in, in other words', () => {
  it('reads letting others use cookies and pixels on the service as tracking', () => {
    expect(tracking('We and the companies we work with may place small files on your device. We also permit certain advertisers to set web beacons in our newsletters.')).toBe('yes');
    expect(tracking('We may let others use cookies to recognise your browser on our pages.')).toBe('yes');
  });

  it('reads cookies that let the provider and its partners recognise you as tracking', () => {
    expect(tracking('Advertising cookies help us and our media partners recognise your browser.')).toBe('yes');
  });

  it('reads social buttons that set a cookie as tracking', () => {
    expect(tracking('Our pages carry share buttons from social networks. These buttons may collect the address of the page you read and may set a cookie so they work.')).toBe('yes');
  });

  it('still reads a refusal to let others in as no tracking by them', () => {
    expect(tracking('We do not allow advertisers to place cookies on our pages.')).not.toBe('yes');
    expect(tracking('Our notes help us and our partners plan events.')).toBe('not-stated');
  });
});

describe('tracking: what the person blocks or brings', () => {
  it('does not read advice to refuse the acceptance of third-party cookies as tracking', () => {
    expect(tracking('In your browser you may refuse the acceptance of third-party cookies or of all cookies.')).toBe('not-stated');
  });

  it('does not read data from third-party services the person uses as tracking', () => {
    expect(tracking('You may also give us your address, or location data from third-party services that you use.')).toBe('not-stated');
    expect(tracking('We may receive profile information from other apps you connect to your account.')).toBe('not-stated');
  });

  it('still reads activity learnt on other sites as tracking', () => {
    expect(tracking('We receive information about your browsing from other websites that carry our code.')).toBe('yes');
  });
});
