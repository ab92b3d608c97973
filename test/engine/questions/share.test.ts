// Who gets it: short policies written for these tests (no policy text is copied), each checking
// one kind of wording the share answer must read as a person would (test/claims/GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { ShareItem } from '../../../src/engine/questions/types.ts';

function share(text: string) {
  const analysis = analyze({ text });
  const claim = analysis.claims.share;
  return {
    value: (item: ShareItem) => claim[item].value,
    /** The sentence the answer cites first. */
    first: (item: ShareItem) => analysis.sentences[claim[item].evidence[0] ?? -1]?.text ?? '',
  };
}

describe('share: direction', () => {
  it('reads partners data comes from as sources, not recipients', () => {
    const s = share([
      'We may also receive information about you from trusted partners, such as marketing partners who provide us with details of potential customers.',
      'Information from advertising partners, vendors and publishers helps us improve our products.',
    ].join('\n\n'));
    expect(s.value('advertisers')).toBe('not-stated');
    expect(s.value('other-third-parties')).toBe('not-stated');
    expect(s.value('service-providers')).toBe('not-stated');
  });

  it('still reads the partners data goes to in the same policy', () => {
    const s = share('We collect information from partners and we share your contact details with our advertising partners.');
    expect(s.value('advertisers')).toBe('yes');
  });
});

describe('share: promises that name no one (Clarification 1)', () => {
  it('reads an exclusive clause with narrow recipients as no for brokers, advertisers and other companies', () => {
    const s = share('We only share your personal data with the vendors that host our service.');
    expect(s.value('data-brokers')).toBe('no');
    expect(s.value('advertisers')).toBe('no');
    expect(s.value('other-third-parties')).toBe('no');
    expect(s.value('service-providers')).toBe('yes');
    expect(s.value('affiliates')).toBe('not-stated');
  });

  it('reads "only when the law compels us" as exclusive, and as a disclosure to the authorities', () => {
    const s = share('We will only release the little account data we hold when we are compelled by law.');
    expect(s.value('data-brokers')).toBe('no');
    expect(s.value('authorities')).toBe('yes');
  });

  it('lets a sentence that gives data to advertisers win over the promise', () => {
    const s = share([
      'We only share your personal data with the vendors that host our service.',
      'We share device identifiers with our advertising partners to show you relevant ads.',
    ].join('\n\n'));
    expect(s.value('advertisers')).toBe('yes');
    expect(s.value('data-brokers')).toBe('no');
  });

  it('reads a clause pointing to the policy\'s own list as a promise only when that list names no open kind', () => {
    const closed = [
      'We do not share your personal data with third parties except as set out below.',
      'We share your personal data with the vendors that host our website.',
      'We disclose your data to the police when the law requires it.',
    ].join('\n\n');
    expect(share(closed).value('data-brokers')).toBe('no');
    expect(share(closed).value('service-providers')).toBe('yes');
    const open = [
      'We do not share your personal data with third parties except as set out below.',
      'We share your personal data with our business partners.',
    ].join('\n\n');
    expect(share(open).value('data-brokers')).toBe('not-stated');
    expect(share('We only share personal information in the following limited circumstances.\n\nWe use vendors who store data for us.').value('data-brokers')).toBe('no');
  });

  it('does not read a clause allowing open kinds of recipient, or any lawful ground, as a promise', () => {
    expect(share('We do not give customer data to parties outside our group without a legal basis under data protection law.').value('advertisers')).toBe('not-stated');
    expect(share('Where necessary, we may only share personal data with third parties where we have obtained consent.').value('advertisers')).toBe('not-stated');
    expect(share('We only share your personal data with our business partners and vendors.').value('data-brokers')).toBe('not-stated');
    expect(share('We will not give personal data to third parties unless you agree or the disclosure is permitted by applicable laws.').value('advertisers')).toBe('not-stated');
  });

  it('does not read "only provide notice" as a promise about sharing', () => {
    const s = share('We try to warn you by email before we disclose your data to answer a court order. But we may only provide notice if we are not barred from writing to you and no one is put at risk by disclosing the request.');
    expect(s.value('data-brokers')).toBe('not-stated');
    expect(s.value('advertisers')).toBe('not-stated');
  });

  it('does not read a limit on what is shared with one group as a promise', () => {
    const s = share('We pick our vendors with care and only share with them what they need to do the job.');
    expect(s.value('data-brokers')).toBe('not-stated');
    expect(share('We only share or transfer Restricted Scope Data for these purposes: (1) to run the mail feature; (2) to comply with the law.').value('data-brokers')).toBe('not-stated');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('does not read one item, one region or advice to the person as a promise', () => {
    expect(share('Your phone number is never shared with third parties.').value('data-brokers')).toBe('not-stated');
    expect(share('For California residents, we only share personal data with service providers.').value('data-brokers')).toBe('not-stated');
    expect(share('Do not share your password with anyone.').value('data-brokers')).toBe('not-stated');
    expect(share('Merchants may not share the information with others.').value('data-brokers')).toBe('not-stated');
    expect(share('All payment data and the personal information tied to it will not be shared by us with third parties except to complete your orders.').value('advertisers')).toBe('not-stated');
  });

  it('reads a blanket denial without exceptions as no for service providers too', () => {
    const s = share('We never give your personal data to third parties.');
    expect(s.value('service-providers')).toBe('no');
    expect(s.value('data-brokers')).toBe('no');
    expect(s.value('authorities')).toBe('not-stated');
  });

  it('reads a denial for one purpose as no for advertisers only', () => {
    const s = share('We do not share personal data with other companies for their own marketing purposes.');
    expect(s.value('advertisers')).toBe('no');
    expect(s.value('data-brokers')).toBe('not-stated');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('reads a denial for promotional purposes, or for money, as no blanket promise', () => {
    const promo = share('Except as this notice explains, we do not share, rent or trade any of your information with third parties for their promotional purposes.');
    expect(promo.value('advertisers')).toBe('no');
    expect(promo.value('data-brokers')).toBe('not-stated');
    expect(promo.value('other-third-parties')).toBe('not-stated');
    const paid = share('We do not disclose personal information to third parties in exchange for money, but some of our disclosures to ad networks may count as a "sale" under state law.');
    expect(paid.value('data-brokers')).toBe('not-stated');
    expect(paid.value('other-third-parties')).toBe('not-stated');
  });
});

describe('share: aggregate or de-identified data only', () => {
  it('does not say advertisers or partners get your data when they get aggregate data only', () => {
    const s = share('We may share aggregated, de-identified statistics with advertisers and our business partners.');
    expect(s.value('advertisers')).toBe('not-stated');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('does not read a denial about de-identified data as a denial', () => {
    expect(share('We never disclose de-identified information to a partner in a way that identifies you.').value('other-third-parties')).toBe('not-stated');
  });

  it('counts hashed identifiers as personal data', () => {
    expect(share('We share hashed email addresses with our advertising partners so that they can show you our ads.').value('advertisers')).toBe('yes');
  });
});

describe('share: who the recipient is', () => {
  it('reads third parties that work for the provider as service providers', () => {
    const s = share('We rely on third parties to process card payments and to host our servers.');
    expect(s.value('service-providers')).toBe('yes');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('reads business partners as other companies, and partners for advertising as advertisers', () => {
    expect(share('We may share your personal information with our business partners.').value('other-third-parties')).toBe('yes');
    expect(share('We share your personal data with third-party partners that help us deliver targeted advertising.').value('advertisers')).toBe('yes');
  });

  it('lets the kind named after "third-party" answer, not other companies', () => {
    const s = share('We will not disclose your personal information to third-party marketers.');
    expect(s.value('advertisers')).toBe('no');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('reads vendors that provide the provider with services as recipients, not sources', () => {
    expect(share('We share your personal information with our hosting vendors, the specialists that provide us with technical support.').value('service-providers')).toBe('yes');
  });

  it('reads companies of the same group as affiliates', () => {
    expect(share('We share your information with other companies within the Example group.').value('affiliates')).toBe('yes');
  });

  it('does not read a party acting with the provider, or a third party buying it, as a recipient', () => {
    const s = share('We may disclose your personal data to a buyer if we (or our affiliates) are acquired by another company.');
    expect(s.value('affiliates')).toBe('not-stated');
    expect(s.value('business-transfer')).toBe('yes');
  });

  it('does not read a party whose rights or privacy are protected as a recipient', () => {
    const heading = '## Disclosure of your data\n\n';
    expect(share(heading + 'We disclose data to the police when needed to protect our or our affiliates’, customers’, or third parties’ rights, safety and property.').value('affiliates')).toBe('not-stated');
    const access = share(heading + 'A copy of your data must not harm the privacy of third parties, so we send you your own messages and not those of third parties.');
    expect(access.value('other-third-parties')).toBe('not-stated');
  });

  it('reads "them" as the recipients the sentence before named', () => {
    const s = share('We run studies with research partners.\n\nWe may send survey answers to them.');
    expect(s.value('other-third-parties')).toBe('yes');
  });

  it('reads a disclosure required by law as one to the authorities', () => {
    expect(share('We may disclose your information if we have to by law.').value('authorities')).toBe('yes');
    expect(share('We will not disclose your data to public authorities unless the law obliges us to.').value('authorities')).toBe('yes');
    expect(share('We keep your records for as long as required by law.').value('authorities')).toBe('not-stated');
  });
});

describe('share: not the provider giving data out', () => {
  it('does not count sharing the person directs, a right, or a list intro', () => {
    expect(share('If you choose to connect a third-party app, we will share your data with that app.').value('other-third-parties')).toBe('not-stated');
    expect(share('You can ask us to restrict the sharing of your data with third parties.').value('other-third-parties')).toBe('not-stated');
    expect(share('We may share your personal information with third parties as described below:').value('other-third-parties')).toBe('not-stated');
    expect(share('This policy explains the categories of third parties with whom we share personal information.').value('other-third-parties')).toBe('not-stated');
  });

  it('reads what the person posts as public, and a visibility limit as no answer', () => {
    expect(share('Comments you post in our forums can be read by anyone.').value('public')).toBe('yes');
    expect(share('Reviews you upload to the site will be publicly available.').value('public')).toBe('yes');
    expect(share('Some features are not accessible to all users.').value('public')).toBe('not-stated');
    expect(share('We collect information that is publicly available on the internet.').value('public')).toBe('not-stated');
  });
});

describe('share: wordings that are not a sharing practice', () => {
  it('reads a no-sale promise as no for data brokers only, not as no sharing', () => {
    const s = share('We do not sell your personal information to third parties.');
    expect(s.value('other-third-parties')).toBe('not-stated');
    expect(s.value('data-brokers')).toBe('not-stated');
    expect(share('We do not sell your personal information to anyone, including data brokers.').value('data-brokers')).toBe('no');
    expect(s.value('advertisers')).toBe('not-stated');
  });

  it('does not read data reaching others through a breach as a disclosure', () => {
    const s = share('If we learn that your personal information has been disclosed to unrelated third parties as a result of a security breach, we will notify you and the authorities.');
    expect(s.value('other-third-parties')).toBe('not-stated');
    expect(s.value('authorities')).toBe('not-stated');
  });

  it('does not read the goal of an identity check as a blanket promise', () => {
    expect(share('We may ask for proof of identity to make sure your personal data is not given to anyone other than you.').value('data-brokers')).toBe('not-stated');
  });

  it('does not read what a bound vendor may not do as the provider\'s own sharing', () => {
    expect(share('Our vendors are not permitted to use or disclose your data to third parties for any other purpose.').value('other-third-parties')).toBe('not-stated');
  });

  it('does not count sharing the person directs, even after a comma', () => {
    expect(share('If you sign up for a conference and ask us to share your details, we may share your information with the conference sponsors.').value('advertisers')).toBe('not-stated');
  });

  it('reads event sponsors as other companies, and "affiliate" as a verb as no recipient', () => {
    expect(share('We share attendee names with event sponsors so they can send you the conference materials.').value('advertisers')).toBe('not-stated');
    expect(share('Students who wish to affiliate themselves with a club give us their course of study.').value('affiliates')).toBe('not-stated');
  });

  it('reads a blanket denial with a contraction as a promise', () => {
    const s = share('Example Plus doesn\u2019t share any of your personal data with third parties.');
    expect(s.value('data-brokers')).toBe('no');
    expect(s.value('service-providers')).toBe('no');
  });
});

describe('share: the public or other users', () => {
  it('reads what members of the public, other users or unrelated parties may see', () => {
    expect(share('Anything you write on our forum may be read, copied and used by any member of the public who visits it.').value('public')).toBe('yes');
    expect(share('The photos on your profile are viewable by other users of the app.').value('public')).toBe('yes');
    expect(share('If you write in a public area of our site, unrelated parties online will be able to view it.').value('public')).toBe('yes');
    expect(share('We may publish any information you post in the community.').value('public')).toBe('yes');
    expect(share('Your username and avatar will be publicly visible.').value('public')).toBe('yes');
  });

  it('does not read data collected where it is public, or posted to another site, as made public', () => {
    expect(share('Our crawler collects text from web pages that are freely available to anyone online.').value('public')).toBe('not-stated');
    expect(share('We may collect your information that is publicly available on social media.').value('public')).toBe('not-stated');
    expect(share('If you choose to post our articles to a third-party social network, that information may become public.').value('public')).toBe('not-stated');
    expect(share('Your settings on that network decide what is visible to others on that third-party\'s platform.').value('public')).toBe('not-stated');
  });

  it('does not read public data used as a source or a legal basis as made public', () => {
    // Sharing heading, so that the share rules run on each sentence.
    const heading = '## How we share your information\n\n';
    expect(share(heading + 'Our language models learn from publicly available data and from texts we license.').value('public')).toBe('not-stated');
    expect(share(heading + 'The assistant is trained on text that is publicly available on the internet, which may include personal data.').value('public')).toBe('not-stated');
    expect(share(heading + 'The chatbot uses public posts shared on partner networks to answer questions.').value('public')).toBe('not-stated');
    expect(share(heading + 'We may rely on these legal bases: your consent, a contract with you, or information you have already made public, where our processing is reasonable.').value('public')).toBe('not-stated');
    // What the person posts stays public.
    expect(share(heading + 'Reviews you post on the site are publicly available to other shoppers.').value('public')).toBe('yes');
    expect(share(heading + 'Publicly available information: data lawfully made available to the general public through public records or by you.').value('public')).toBe('not-stated');
    expect(share(heading + 'This can include publicly available profile details on social networks and lists bought from agencies.').value('public')).toBe('not-stated');
    expect(share(heading + 'We read what you say when you write public posts on social media channels we follow.').value('public')).toBe('not-stated');
    expect(share(heading + 'If you leave comments using the app, what you write will be publicly available and may be processed by others.').value('public')).toBe('yes');
  });
});

describe('share: recipients named in other words', () => {
  it('reads a group whose companies share data with each other as affiliates', () => {
    expect(share('Example Corp and its subsidiaries may share your personal data with each other to provide the services.').value('affiliates')).toBe('yes');
    expect(share('We and our affiliates use cookies to see how the site is used.').value('affiliates')).toBe('not-stated');
  });

  it('reads a list item naming the disclosure as required by law as one to the authorities', () => {
    const text = 'We may disclose the information we collect:\n\n* To our vendors.\n* If we believe in good faith that such disclosure is required by and in accordance with the law.';
    expect(share(text).value('authorities')).toBe('yes');
  });

  it('reads data partners that supply audience segments as data brokers (Clarification 17)', () => {
    expect(share('We may disclose your identifiers to our data partners, so that advertisers can target audience segments.').value('data-brokers')).toBe('yes');
    expect(share('We share usage statistics with our data partners to improve the app.').value('data-brokers')).toBe('not-stated');
  });
});

describe('share: opt-outs and consent', () => {
  it('reads an opt-out of sharing for targeted ads as sharing with advertisers, unless denied', () => {
    const s = share('Depending on where you live, you may opt out of having your personal data shared for targeted advertising.');
    expect(s.value('advertisers')).toBe('yes');
    const denied = share([
      'You have the right to opt out of the sharing of your personal data for cross-context behavioral advertising.',
      'We do not share your information with third parties for the purpose of cross-context behavioral advertising.',
    ].join('\n\n'));
    expect(denied.value('advertisers')).toBe('no');
  });

  it('does not count sharing the person consents to each time', () => {
    expect(share('Before each login you see what data will be shared with the third party, and you need to consent to the sharing.').value('other-third-parties')).toBe('not-stated');
  });
});

describe('share: advisers and features shared with other users', () => {
  it('reads professional advisers as other companies, but not a buyer\'s advisers in a sale', () => {
    expect(share('We may also disclose your information to our professional advisors, such as lawyers and auditors.').value('other-third-parties')).toBe('yes');
    expect(share('If we sell our business, we may share your data with the buyer and its financial advisors.').value('other-third-parties')).toBe('not-stated');
  });

  it('reads a feature that lets the person share with other users as other users', () => {
    expect(share('Some features allow you to chat or share photos with other users.').value('public')).toBe('yes');
    expect(share('When you leave a comment on a video, your name and photo appear next to your comment.').value('public')).toBe('yes');
  });
});

describe('share: advertising services on the service', () => {
  it('reads advertising services that analyse use to deliver ads as advertisers', () => {
    expect(share('We may use advertising and analytics services that analyse your use of our site based on information from cookies, including to deliver advertising to you.').value('advertisers')).toBe('yes');
    expect(share('We receive reports from advertising services about how our campaigns deliver.').value('advertisers')).toBe('not-stated');
    expect(share('We may use advertising platforms to promote our app.').value('advertisers')).toBe('not-stated');
  });

  it('reads named ad technology as advertisers, and its absence as no answer', () => {
    expect(share('Meta and Example Ltd are joint controllers for our Meta tracking pixel.').value('advertisers')).toBe('yes');
    expect(share('Our site uses DoubleClick cookies to show you relevant ads.').value('advertisers')).toBe('yes');
    expect(share('We do not use the Facebook pixel.').value('advertisers')).toBe('not-stated');
  });
});

describe('share: evidence', () => {
  it('cites the plain statement of sharing first', () => {
    const s = share([
      'Service providers.',
      'Our service providers may monitor calls for quality.',
      'We share your personal information with service providers who host our website and process payments.',
    ].join('\n\n'));
    expect(s.value('service-providers')).toBe('yes');
    expect(s.first('service-providers')).toMatch(/^We share your personal information with service providers/);
  });
});

describe('share: "third parties" named twice in a sentence about work done for the provider', () => {
  const value = (text: string, item: 'other-third-parties' | 'service-providers'): string => analyze({ text }).claims.share[item].value;
  it('reads the second mention as the same service providers, not other companies', () => {
    const text = 'We rely on third parties to process card payments and must therefore share payment details with third parties.';
    expect(value(text, 'other-third-parties')).toBe('not-stated');
    expect(value(text, 'service-providers')).toBe('yes');
  });

  it('still reads other third parties named apart from the ones working for it', () => {
    expect(value('We use vendors who help us run the site, and we also share data with third parties for their own purposes.', 'other-third-parties')).toBe('yes');
  });
});

describe('share: a buyer of the business and the authorities in other words', () => {
  it('reads "by means of a merger" as the way control changes, not a definition', () => {
    const s = share('Should our firm go through a change of control, for instance by means of a merger or a purchase of its assets, your details may be passed to the parties to that deal. We may also release records when needed to comply with a subpoena or a lawful request from a government agency, or when we go through a change of control by means of an acquisition.');
    expect(s.value('business-transfer')).toBe('yes');
    expect(s.value('authorities')).toBe('yes');
  });

  it('reads a sale of the company and an acquirer of part of the business as a buyer', () => {
    expect(share('We may disclose account details as part of a restructuring or a sale of our company.').value('business-transfer')).toBe('yes');
    expect(share('If another firm acquires some or all of our business, we may share your profile with it.').value('business-transfer')).toBe('yes');
    expect(share('Your records may be shared with:\n\n* a prospective acquirer, when we transfer part of what we own.').value('business-transfer')).toBe('yes');
  });

  it('reads data "subject to disclosure" to the authorities as given to them', () => {
    expect(share('Any data collected about your visits may be subject to disclosure to government authorities.').value('authorities')).toBe('yes');
  });

  it('still reads what the provider buys and the meaning of a word as no recipient', () => {
    const s = share('We acquire our hosting from a cloud vendor. "Acquisition channel" means the way a user found us.');
    expect(s.value('business-transfer')).toBe('not-stated');
    expect(share('You may object to the disclosure to regulators of the reports you send us.').value('authorities')).not.toBe('yes');
  });
});

describe('share: parties a disclosure protects', () => {
  it('does not read the parties named after "protect" as recipients', () => {
    const s = share('We may disclose personal data when we believe it is needed to protect the rights and property of Acme, our affiliates, agents, and customers.');
    expect(s.value('affiliates')).toBe('not-stated');
    expect(s.value('service-providers')).toBe('not-stated');
    expect(share('We may release your details where needed to protect our company, staff, contractors and users from harm.').value('service-providers')).toBe('not-stated');
  });

  it('still reads recipients named after a purpose of protecting someone', () => {
    expect(share('To protect our users, we share device data with our vendors who screen for fraud.').value('service-providers')).toBe('yes');
  });
});

describe('share: an ad purpose said first, and a promise for one hypothetical case', () => {
  it('reads third parties given data in a sentence opened by an ad purpose as advertisers', () => {
    const s = share([
      'We do not share guests\' details with third parties for their own marketing.',
      'When we show you relevant ads on other apps, we may share a hashed email address with third parties.',
    ].join('\n\n'));
    expect(s.value('advertisers')).toBe('yes');
  });

  it('still reads third parties given data for other reasons as other companies', () => {
    expect(share('When we run contests, we may share your entry with third parties who judge them.').value('advertisers')).not.toBe('yes');
  });

  it('does not read "only to the authority" in a clause about one kind of request as a policy-wide promise', () => {
    const s = share('If a public authority asks for the data we hold about you, then we commit to the following: (1) we will check the request; and (2) we will only disclose personal information to the authority where we are legally required to.');
    expect(s.value('data-brokers')).toBe('not-stated');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });
});

describe('share: the provider\'s own ad products named as ad technology', () => {
  it('does not read "Google ads" in a policy Google writes about itself as giving data to an ad company', () => {
    const own = Array.from({ length: 45 }, (_, k) => `Google stores item ${k} in your Google Account.`).join(' ');
    expect(share(`${own}\n\nSee how Google ads are chosen for you.`).value('advertisers')).toBe('not-stated');
  });

  it('still reads Google Ads named in another company\'s policy', () => {
    expect(share('We run campaigns with Google Ads, which sets cookies on our pages.').value('advertisers')).toBe('yes');
  });
});

describe('share: mentions that give no one data', () => {
  it('does not read sponsors asked to follow the law as recipients', () => {
    expect(share('Our sponsors and partners are asked to follow data protection law.').value('other-third-parties')).toBe('not-stated');
  });

  it('does not read a quoted section title as a recipient', () => {
    expect(share('We use and disclose the personal data we collect for our business purposes, as set out above in the "What We Collect" and the "Sharing Data With Third Parties" sections.').value('other-third-parties')).toBe('not-stated');
  });

  it('reads third-party contractors as service providers, not other companies', () => {
    const s = share('We may share your profile with trusted third party contractors and agents who act for the company under confidentiality agreements.');
    expect(s.value('other-third-parties')).toBe('not-stated');
  });

  it('still reads sponsors given data as recipients', () => {
    expect(share('We may share your entry details with our contest sponsors.').value('other-third-parties')).toBe('yes');
  });
});

describe('share: data merged or acquired, products made public, parties defended', () => {
  it('does not read data merged with other data or acquired from agencies as a business sale', () => {
    expect(share('We use an analytics tool. The IP address your browser sends is not merged with other data held by the tool maker.').value('business-transfer')).toBe('not-stated');
    expect(share('This may include contact lists and other details acquired from third party agencies, which we may share with our vendors.').value('business-transfer')).toBe('not-stated');
  });

  it('still reads a company merged with another as a business sale', () => {
    expect(share('We may transfer your data if we are merged with another company.').value('business-transfer')).toBe('yes');
    expect(share('We may disclose your data where needed to protect our systems or users, or in the event of a reorganization, merger, or sale.').value('business-transfer')).toBe('yes');
  });

  it('does not read a product available to the public as data made public', () => {
    expect(share('Our team tests each new device before it is available to the public.').value('public')).toBe('not-stated');
    expect(share('We build a digital currency that is accessible to everyone.').value('public')).toBe('not-stated');
  });

  it('still reads what you post as visible to everyone', () => {
    expect(share('Your profile photo and the reviews you post are visible to everyone.').value('public')).toBe('yes');
  });

  it('does not read parties whose rights are defended as recipients', () => {
    expect(share('We may disclose information to answer court orders and to protect and defend the rights, interests, safety, and security of Acme, our affiliates, users, or the public.').value('affiliates')).toBe('not-stated');
  });
});

describe('share: ad vendors', () => {
  it('reads third-party vendors that use cookies to serve ads as advertisers, not service providers', () => {
    const s = share('Third party vendors, among them a large search company, use cookies to serve ads based on your earlier visits to our site.');
    expect(s.value('advertisers')).toBe('yes');
    expect(s.value('service-providers')).toBe('not-stated');
  });

  it('still reads vendors that host the site as service providers', () => {
    expect(share('We share your account data with vendors that host our servers.').value('service-providers')).toBe('yes');
  });
});
