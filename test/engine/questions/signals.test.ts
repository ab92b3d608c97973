// The browser-signal claims on short policies written for the test: Do Not Track and Global
// Privacy Control honoured in the words policies use, ignored, or only mentioned.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function signals(text: string): { dnt: string; gpc: string } {
  const s = analyze({ text }).claims.signals;
  return { dnt: s.dnt.value, gpc: s.gpc.value };
}

describe('signals: Do Not Track', () => {
  it('reads "if your browser sends DNT, we will not set non-essential cookies" as honoured', () => {
    expect(signals('Cookies\n\nIf your browser sends a Do Not Track (DNT) signal, the site will not set non-essential cookies.').dnt).toBe('honoured');
  });

  it('reads "when you turn on DNT, we stop collecting" as honoured, beside a warning about third parties', () => {
    const text = 'Do Not Track\n\nThird parties may not honor Do Not Track requests you set in your browser. When you turn on the Do Not Track function in your browser, we stop collecting the information that lets us tailor ads to you.';
    expect(signals(text).dnt).toBe('honoured');
  });

  it('reads "not designed to respond to do not track requests" as not honoured', () => {
    expect(signals('Do Not Track. Our websites and apps are not designed to respond to "do not track" requests from browsers.').dnt).toBe('not-honoured');
  });

  it('reads "we do not change behaviour in response to requests not to be tracked" as not honoured', () => {
    expect(signals('Do-Not-Track Signals.\n\nPlease note we do not change system behavior on the platform in response to browser requests not to be tracked.').dnt).toBe('not-honoured');
  });

  it('reads a denial about "these signals" three sentences after Do Not Track is named', () => {
    const text = 'Do-Not-Track Signals. Some browsers transmit "do-not-track" signals. It is not always clear whether users mean to send them. We currently do not take action in response to these signals.';
    expect(signals(text).dnt).toBe('not-honoured');
  });

  it('reads "not set up to interpret or respond to" and "do not alter our privacy practices" as not honoured', () => {
    expect(signals('The website is not yet set up to interpret or respond to Do Not Track signals sent by your browser.').dnt).toBe('not-honoured');
    expect(signals('We do not alter our privacy practices when we detect a "Do Not Track" signal from your browser.').dnt).toBe('not-honoured');
  });
});

describe('signals: Global Privacy Control', () => {
  it('reads "exercise these rights by broadcasting GPC" and "we will honor global privacy controls" as honoured', () => {
    expect(signals('You may also exercise these opt-out rights by broadcasting the Global Privacy Control on browsers that support it.').gpc).toBe('honoured');
    expect(signals('You can opt out of targeted advertising, and we will honor global privacy controls.').gpc).toBe('honoured');
  });

  it('reads GPC named in a condition and honoured after it', () => {
    const text = 'Your choices\n\nWhere required, if you have enabled the Global Privacy Control signal, we will treat this as a request to opt out of sales and sharing.';
    expect(signals(text).gpc).toBe('honoured');
  });

  it('reads "receives and responds to GPC" and "opts you out if we receive a GPC signal" as honoured', () => {
    expect(signals('The company receives and responds to the Global Privacy Control (GPC) browser opt-out signal in some states.').gpc).toBe('honoured');
    expect(signals('We will automatically opt you out of sharing if we receive a Global Privacy Control signal from your browser.').gpc).toBe('honoured');
  });

  it('reads an opt-out preference signal offered as a way to make the request as honoured', () => {
    expect(signals('To opt out of the sharing of your data, use the link below. Alternatively, you can request this by email, or by using a designated opt-out preference signal.').gpc).toBe('honoured');
  });

  it('reads using GPC to communicate your choice to the site as honoured', () => {
    expect(signals('You can also use a browser that lets you turn on the Global Privacy Control to communicate your privacy preferences to us when you visit our websites.').gpc).toBe('honoured');
  });

  it('does not read "we will not honour a prior setting if you disable GPC" as a denial', () => {
    const text = 'Opt-out preference signals\n\nWe honor Global Privacy Control signals as a request to opt out of sharing. We will not honor a prior browser setting if you disable GPC in the browser you use between visits.';
    expect(signals(text).gpc).toBe('honoured');
  });

  it('reads a denial as not honoured, and a hypothetical as nothing', () => {
    expect(signals('We do not treat Global Privacy Control signals as opt-out requests.').gpc).toBe('not-honoured');
    expect(signals('Some browsers offer a Global Privacy Control setting.').gpc).toBe('not-stated');
  });

  it('reads a named subject that recognizes and processes Do Not Track preferences as honoured, others doing so as nothing', () => {
    expect(signals('The Company recognizes and processes user preferences as set in the browser-based Do Not Track signals.').dnt).toBe('honoured');
    expect(signals('Some websites honour Do Not Track signals, but we cannot promise how other sites treat them.').dnt).toBe('not-stated');
  });
});

