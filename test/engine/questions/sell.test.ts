// Whether they sell it, read from short policies written for these tests (never policy text).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function sell(text: string): string {
  return analyze({ text }).claims.sell.sell.value;
}

describe('sell: denials', () => {
  it.each([
    'We do not sell your personal information.',
    'We will never sell, rent or trade your data.',
    'Your personal data is not sold to anyone.',
    'We neither rent nor sell your account details to other companies.',
    'We never sell or profit directly from any of your personal data.',
    'We will not sell or market your email address.',
    'Our company does not sell (as that term is defined in the CCPA) the personal information we hold.',
    'WE DO NOT SELL YOUR PERSONAL INFORMATION.',
    'We Do Not Sell Your Personal Information.',
  ])('%s → no', (text) => expect(sell(text)).toBe('no'));

  it('keeps a denial made for everyone beside a clause about minors', () => {
    expect(sell('We do not sell your personal information to anyone, nor do we sell the personal information of users under 16.')).toBe('no');
    expect(sell('The Company does not "sell" personal information, including for children under the age of 16.')).toBe('no');
  });

  it('reads a denial in a section for one region as the policy\'s denial', () => {
    expect(sell('If you are a resident of California, please note that we do not sell your personal information.')).toBe('no');
  });
});

describe('sell: mentions that are not about selling your data', () => {
  it.each([
    'For every concert for which we sell tickets, we pass your name to the venue.',
    'If we sell all or part of our business, your data may pass to the buyer.',
    'We may share, sell or transfer information about you in connection with a merger or acquisition.',
    'You have the right to opt out of the sale of your personal information.',
    'Nor do we have actual knowledge that we sell or share the personal information of consumers under 16.',
    "The term 'sale' means disclosing personal information for money.",
    'Nevada law defines "sale" as the exchange of personal information for money.',
    'We may sell aggregated, de-identified statistics.',
    'Our sales team will contact business customers.',
    'Pay with your card at any Point of Sale terminal.',
    'Our partner will put these advertising spaces up for sale through an auction.',
    'Customers of Acme Trading & Custody contract with a separate data controller.',
    'Information collected through the SMS program will not be shared, sold or rented to third parties.',
    'We do not sell or rent student personal data.',
    'The business or commercial purpose for collecting or selling your personal information.',
    'A list of categories of personal information that we have sold, along with the category of any other company we sold it to.',
    'If you ask us to stop selling your personal information, we will stop selling it.',
    'Please also see "Sale" and "Sharing" of Personal Information for more about your rights.',
    'We provide security updates for our devices for five years from the date we start selling them.',
    'Our vendors may not sell the data we give them.',
    'Exercising your opt-out right does not affect data sold before.',
    'Request that a business that sells your personal data not sell it.',
  ])('%s → not-stated', (text) => expect(sell(text)).toBe('not-stated'));

  it('does not read a link name as a denial', () => {
    expect(sell('Click the "Do Not Sell or Share My Personal Information" link, also shown as "Don\'t Sell/Share my Info", in the footer.')).toBe('not-stated');
  });

  it('does not read a denial that holds only after the person opts out', () => {
    expect(sell('If you opt out using these tools, we will not disclose your information in ways considered a "sale".')).toBe('not-stated');
    expect(sell('We will not sell your personal information once you opt out through the settings page.')).toBe('not-stated');
  });
});

describe('sell: admissions', () => {
  it.each([
    'We may sell your personal information to data brokers.',
    'We also rent our customer lists to other companies.',
    'In the last 12 months we have sold the following categories of personal information: identifiers and internet activity.',
    'Certain disclosures we make to advertising partners constitute the "sale" of your personal information under applicable laws.',
  ])('%s → yes', (text) => expect(sell(text)).toBe('yes'));
});

describe('sell: conditional', () => {
  it('reads the law calling ad disclosures a sale, beside a denial', () => {
    expect(sell('We do not sell your personal information. However, sharing data with advertising partners through cookies may be considered a "sale" or "sharing" under some state laws.')).toBe('conditional');
  });
  it('reads the law\'s word in the same sentence as the denial', () => {
    expect(sell("We do not sell your personal information, but sharing for targeted advertising may be considered a 'sale' or 'sharing' under some state laws.")).toBe('conditional');
    expect(sell('We do not sell your personal information, but some disclosures to our partners may be considered a "sale" under state law.')).toBe('conditional');
  });
  it('reads "sharing" under the CCPA in the same sentence as the denial', () => {
    expect(sell('While we do not sell your personal information, we may engage in "sharing" under the CCPA, which covers disclosing data for cross-context behavioral advertising.')).toBe('conditional');
  });
  it('reads a hedge without a denial', () => {
    expect(sell("This is sometimes called interest-based advertising, or what some states may define as 'sharing or selling' for cross-context behavioural advertising.")).toBe('conditional');
    expect(sell('Some privacy laws define "sale" broadly to include some of the disclosures described above, such as sharing with advertising partners.')).toBe('conditional');
  });
  it('reads a denial of selling beside an opt-out of "sharing" as conditional, a denial of both as no', () => {
    expect(sell('We do not sell your personal information. You can opt out of the sharing of your personal information for targeted advertising in your settings.')).toBe('conditional');
    expect(sell('We do not sell or share your personal information. You can opt out of the sharing of your personal information for targeted advertising in your settings.')).toBe('no');
  });
  it('cites the deciding sentence first', () => {
    const a = analyze({ text: 'We value your trust. We do not sell your personal information. Our partners may use cookies, and this may be considered a "sale" under state law.' });
    expect(a.claims.sell.sell.value).toBe('conditional');
    expect(a.sentences[a.claims.sell.sell.evidence[0] ?? -1]?.text).toContain('do not sell');
  });
});

describe('sell: denials qualified or narrowed', () => {
  it('reads a denial "in the conventional sense" or "for money" beside a way out of selling or sharing as conditional', () => {
    expect(sell('While we do not sell your personal data in the conventional sense, our ad partners may use cookies on our site. You can opt out on our "Do Not Sell or Share My Personal Information" page.')).toBe('conditional');
    expect(sell('We do not "sell" your personal data for money. Categories disclosed: identifiers; sharing for targeted advertising: advertising partners.')).toBe('conditional');
    expect(sell('We do not sell your personal data for money.')).toBe('no');
  });

  it('reads a denial of handing data over for money, without a selling word, beside the law\'s "sell" as conditional', () => {
    expect(sell('Although we never pass personal data to other companies in exchange for monetary payment, we may "sell" or "share" these categories of personal information: identifiers and browsing activity.')).toBe('conditional');
    expect(sell('We may "sell" the following categories of personal information: device identifiers. Apart from that, the Company does not exchange your information for money with any partner.')).toBe('conditional');
    expect(sell('We do not sell or share sensitive personal information. We do not provide personal data to advertisers for cash. We may "sell" the following categories of personal information: identifiers.')).toBe('conditional');
  });

  it('does not read a denial for money alone, or a definition of "sale", as an answer', () => {
    expect(sell('We do not give your personal data to anyone for money.')).toBe('not-stated');
    expect(sell('Under state law, "sale" means disclosing personal information to a third party for money, not only for cash. In the past year we have "sold" the following categories of personal information: identifiers.')).toBe('yes');
  });

  it('does not let a denial about sensitive data alone deny the law\'s "sharing"', () => {
    expect(sell('We do not "sell" your personal data for money. We do not sell or share sensitive personal information. You can opt out of the sharing of your data for targeted advertising in the cookie banner.')).toBe('conditional');
  });

  it('reads a plain admission over a denial for one purpose only', () => {
    expect(sell('We do not sell personal data for the purpose of training language models. In the past 12 months, we have sold identifiers and internet activity to our marketing partners.')).toBe('yes');
  });

  it('finds what is sold after a purpose', () => {
    expect(sell('We may sell or share for targeted advertising purposes (and may have done so in the past 12 months) the following categories of personal information: identifiers.')).toBe('yes');
  });

  it('does not read the law\'s terms named in a list as a statement', () => {
    expect(sell('This also covers the processing of personal data for targeted advertising (or sharing as defined under state law), the sale of personal data, or profiling.')).toBe('not-stated');
    expect(sell('If you believe our cookies qualify as a "sale" or "sharing" under state law, you can opt out of them by submitting a request.')).toBe('not-stated');
  });
});


describe('sell: renting or leasing from someone is taking in, not selling', () => {
  it('does not read servers or data rented or leased from others as a sale', () => {
    expect(sell('Your data may be stored on servers rented from hosting companies in Europe.')).toBe('not-stated');
    expect(sell('We combine your profile with data we leased from marketing partners.')).toBe('not-stated');
  });

  it('still reads renting your data to others as a sale', () => {
    expect(sell('Your contact details may be rented to other companies.')).toBe('yes');
  });
});

describe('sell: a state-law disclosure list and the provider by name', () => {
  it('reads "disclosed for a business purpose, and sold" as saying it sold data', () => {
    expect(sell('Over the past year we have collected, disclosed for a business purpose, and sold these categories of personal information: identifiers and browsing history.')).toBe('yes');
  });

  it('still sets aside the law speaking of any business', () => {
    expect(sell('You may ask a business that sells your personal information to stop.')).toBe('not-stated');
  });

  it('reads a denial by a provider named throughout its own policy', () => {
    const own = Array.from({ length: 45 }, (_, k) => `Google keeps record ${k} of what you do in Google apps.`).join(' ');
    expect(sell(`${own}\n\nGoogle does not sell your personal information.`)).toBe('no');
  });

  it('still reads the same denial in another company\'s policy as about someone else', () => {
    expect(sell('We use an analytics tool made by Google. Google does not sell your personal information, according to its own policy.')).toBe('not-stated');
  });
});

describe('sell: request names and denials for some users only', () => {
  it('does not read a lower-case "do not sell" request name as a denial', () => {
    expect(sell('To make a do not sell or share my personal information request, write to our privacy team.')).toBe('not-stated');
    expect(sell('You may send us a do not sell my data request at any time.')).toBe('not-stated');
  });

  it('still reads a plain denial as a denial', () => {
    expect(sell('We do not sell my customers\' records, says our founder; we do not sell your personal information.')).toBe('no');
  });

  it('reads a denial for the users of some of its services beside a list of what it sold as selling', () => {
    expect(sell([
      'Over the past year we have sold the following categories of personal information: identifiers and purchase history.',
      'Note that Acme does not sell the personal information of users of its payroll services.',
    ].join('\n\n'))).toBe('yes');
  });

  it('still reads a denial for the users of all its services as the policy\'s', () => {
    expect(sell('Acme does not sell the personal information of users of our Services.')).toBe('no');
  });
});

describe('sell: a denial in Nevada\'s sense beside a list of what it sold', () => {
  it('reads the list of what it sold over a Nevada-only denial', () => {
    expect(sell([
      'In the past 12 months we have sold the following categories of personal information: identifiers and device data.',
      'If you live in Nevada, note that we do not sell personal data as that term is defined by Nevada law.',
    ].join('\n\n'))).toBe('yes');
  });

  it('still reads a Nevada denial alone as a denial', () => {
    expect(sell('If you live in Nevada, note that we do not sell personal data as that term is defined by Nevada law.')).toBe('no');
  });
});
