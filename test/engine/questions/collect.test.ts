// The collect claim on short policies written for the test: denials and optional items, how
// precise a location is (GUIDE.md, Clarification 6), definitions of personal data, and which
// sentence is cited first.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import type { CollectItem } from '../../../src/engine/questions/types.ts';
import { textFromMarkdown } from '../../../src/engine/text/markdown.ts';

function collect(text: string): (item: CollectItem) => { value: string; first: string; cited: string[] } {
  const a = analyze({ text });
  return (item) => {
    const c = a.claims.collect[item];
    const cited = c.evidence.map((i) => a.sentences[i]?.text ?? '');
    return { value: c.value, first: cited[0] ?? '', cited };
  };
}

describe('collect: denials', () => {
  it('reads "we don\'t track your precise location" as a denial, not as collecting it', () => {
    const c = collect('Information we collect\n\nWe collect your email address when you sign up. We don\'t track your precise location.');
    expect(c('precise-location')).toMatchObject({ value: 'no', first: "We don't track your precise location." });
  });

  it('does not cite "we don\'t require your real name" as collecting a name, nor as a denial', () => {
    const text = 'Information we collect\n\nTo create an account you choose a username; we don\'t require you to give us your real name. We collect the posts you publish.';
    const c = collect(text);
    expect(c('contact').value).toBe('not-stated');
    expect(c('contact').cited.join(' ')).not.toContain('real name');
  });

  it('reads every item of a denied list, also inside parentheses', () => {
    const text = 'What we collect\n\nWe do not ask for or collect information such as your name, phone number, other identifiers (e.g., passport number or driver\'s license number), payment information or GPS location.';
    const c = collect(text);
    for (const item of ['contact', 'government-id', 'payment', 'precise-location'] as const) expect(c(item).value).toBe('no');
  });

  it('reads a passive denial of the item before it', () => {
    const c = collect('Logs\n\nWhen you use the app, your IP address is not logged.');
    expect(c('device').value).toBe('no');
  });

  it('reads "no personal information is collected, except your IP address" as a blanket denial', () => {
    const c = collect('Privacy\n\nWhen you read our library online, no personally identifiable information is collected about you except for the IP address of your computer.');
    for (const item of ['contact', 'payment', 'government-id', 'precise-location', 'contacts', 'sensitive'] as const) expect(c(item).value).toBe('no');
    expect(c('device').value).toBe('yes');
  });

  it('does not read a denial scoped to one cookie or to a table row as a blanket denial', () => {
    const c = collect('Cookies\n\nWe use session cookies to keep you signed in. These cookies do not store any personally identifiable information.');
    expect(c('contact').value).toBe('not-stated');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('lets a plain statement of collecting beat a denial of one item', () => {
    const text = 'Information we collect\n\nWe do not store your full card number. We collect billing information such as your billing address and payment history.';
    expect(collect(text)('payment')).toMatchObject({ value: 'yes', first: 'We collect billing information such as your billing address and payment history.' });
  });
});

describe('collect: location precision (Clarification 6)', () => {
  it('reads unqualified "geolocation data" as approximate, not precise', () => {
    const c = collect('Information we collect\n\nOur servers automatically record your IP address, geolocation data and browser type.');
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('approximate-location').value).toBe('yes');
  });

  it('reads "geolocation based on your IP address" as approximate', () => {
    const c = collect('Information we collect\n\nWe collect geolocation information based on your IP address.');
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('approximate-location').value).toBe('yes');
  });

  it('reads GPS and coordinates from the device as precise', () => {
    const c = collect('Information we collect\n\nIf you give us permission, we collect your GPS coordinates (latitude and longitude) from your device.');
    expect(c('precise-location').value).toBe('yes');
  });

  it('reads location released by the device settings as precise only', () => {
    const c = collect('Information we collect\n\nDepending on your device settings, we may collect geographical location information relating to your device.');
    expect(c('precise-location').value).toBe('yes');
    expect(c('approximate-location').value).toBe('not-stated');
  });

  it('reads GPS listed under "determined at a town or city level" as approximate', () => {
    const text = 'Location information\n\nWe collect information about your location when you use our apps.\nYour location is determined at a town or city level by:\nGPS\nIP address\nNearby Wi-Fi access points';
    const c = collect(text);
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('approximate-location').value).toBe('yes');
  });

  it('reads "general location" allowed by location services as approximate', () => {
    const c = collect('Information we collect\n\nIf you have enabled location services on your device, we may also collect general location information to provide relevant features.');
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('approximate-location').value).toBe('yes');
  });

  it('does not read "non-precise geolocation" or "co-location services" as precise', () => {
    const c = collect('Information we collect\n\nWe collect geolocation data; this could include non-precise geolocation information. Our vendors provide hosting and server co-location services.');
    expect(c('precise-location').value).toBe('not-stated');
  });

  it('keeps a denial of precise location beside an approximate one in the same sentence', () => {
    const c = collect('Information we collect\n\nLocation data, such as approximate location (we do not collect precise geolocation, but we infer your general location from your IP address).');
    expect(c('precise-location').value).toBe('no');
    expect(c('approximate-location').value).toBe('yes');
  });
});

describe('collect: what is not a statement of collecting', () => {
  it('does not read the examples in a definition of personal data', () => {
    const c = collect('Definitions\n\nPersonal information is considered any information that can identify a person, such as their name, home address or email address.');
    expect(c('contact').value).toBe('not-stated');
  });

  it('does not read "your contacts with our support team" as the address book', () => {
    const c = collect('Information we collect\n\nWe keep records of your contacts with our customer support, such as chat transcripts.');
    expect(c('contacts').value).toBe('not-stated');
  });

  it('does not read a promise to minimise sensitive data as collecting it', () => {
    const c = collect('Our approach\n\nWe are committed to minimising the personal information, especially sensitive information, we collect.');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('reads content that is end-to-end encrypted, and nothing else said of content, as not collected', () => {
    const c = collect('Messages\n\nYour messages are end-to-end encrypted. We cannot decrypt or read the content of your messages.');
    expect(c('content').value).toBe('no');
  });
});

describe('collect: modern wordings of collecting', () => {
  it('reads data received from other users, partners or public sources', () => {
    const c = collect('Sources\n\nWe may receive personal data about you from other users, from our business partners and from publicly accessible sources.');
    expect(c('from-others').value).toBe('yes');
  });

  it('reads sources named in a list or beside the person ("from you or other sources")', () => {
    const c = collect('Sources\n\nWe also collect other kinds of information from you or other sources.');
    expect(c('from-others').value).toBe('yes');
    const d = collect('Sources\n\nWe collect your personal data from the following sources:\nfrom our advertising partners when you interact with our ads elsewhere');
    expect(d('from-others').value).toBe('yes');
  });

  it('does not read newsletters or offers from partners as data from others', () => {
    const c = collect('Registration\n\nRegistering an email address permits you to receive one of our newsletters or offers from our partners.');
    expect(c('from-others').value).toBe('not-stated');
  });

  it('does not read offers the person receives from partners as data from others', () => {
    const c = collect('Marketing\n\nIf you agree, you can opt in to receive advertising emails from our partners by giving us your email address.');
    expect(c('from-others').value).toBe('not-stated');
  });

  it('reads the provider named as the subject ("Acme may collect")', () => {
    const c = collect('Surveys\n\nTo understand our community, Acme Forum may collect sensitive data about you, such as your sexual orientation, if you answer our survey.');
    expect(c('sensitive').value).toBe('yes');
  });

  it('reads what the person does in a condition ("if you post comments, we store them")', () => {
    const c = collect('Comments\n\nIf you post comments on our blog, we may collect and store those comments.');
    expect(c('content').value).toBe('yes');
  });

  it('reads "you can choose to import your contacts" as collecting the address book', () => {
    const c = collect('Finding friends\n\nYou can also choose to import your contacts to your account to find your friends.');
    expect(c('contacts').value).toBe('yes');
  });

  it('reads the content words of platforms and AI services (direct messages, prompts)', () => {
    const c = collect('Updated 1 May 2025\n\nWe collect your direct message contents and metadata. When you use the assistant, we process your prompts.');
    expect(c('content').value).toBe('yes');
  });

  it('reads an ID document asked for verification', () => {
    const c = collect('Verification\n\nWe may ask you to verify your identity by providing a government-issued photo ID.');
    expect(c('government-id').value).toBe('yes');
  });
});

describe('collect: what others collect or the provider removes', () => {
  it('does not read what an analytics company collects as the provider collecting it', () => {
    const c = collect('Analytics\n\nOur site uses a web analytics service; the analytics provider collects your browsing history on other sites.');
    expect(c('activity').cited.join(' ')).not.toContain('analytics provider collects');
  });

  it('does not read card details a payment company receives as the provider collecting them', () => {
    const c = collect('Our agents\n\nIf you buy something, we may use a payment processing company to receive and process your credit card transactions for us.');
    expect(c('payment').value).toBe('not-stated');
  });

  it('does not read items the provider filters out', () => {
    const c = collect('Search\n\nWe run search logs through a process designed to remove sensitive data that users may have typed, such as social security numbers.');
    expect(c('government-id').value).toBe('not-stated');
  });

  it('does not read items named in a negated sentence', () => {
    const c = collect('Advertising\n\nWe don\'t show you personalised ads based on sensitive categories, such as religion, sexual orientation or health.');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('reads end-to-end encrypted content as not collected, even beside support requests', () => {
    const text = 'Messages\n\nAll conversation content is end-to-end encrypted. When you contact customer service, we process the information you provide in the support request.';
    expect(collect(text)('content').value).toBe('no');
  });
});

describe('collect: structure of modern policies', () => {
  it('reads the line after a data-category title ("Location Information.")', () => {
    const text = 'Updated 1 May 2025\n\nPayment Information.\nData about your billing address and method of payment.\nLocation Information.\nPrecise location only to support the find-my-device feature, and coarse location.';
    const c = collect(text);
    expect(c('precise-location').value).toBe('yes');
  });

  it('reads a sentence led by a data-category title ("Referral Information: ...")', () => {
    const c = collect('Updated 1 May 2025\n\nReferral Information: your contacts\' phone numbers or email addresses if you choose to invite friends.');
    expect(c('contacts').value).toBe('yes');
  });

  it('reads an item of a list introduced by "we do NOT do any of the following" as denied', () => {
    const text = 'Summary\n\nWhen you use the VPN, we do NOT do any of the following:\nLog users\' traffic or the content of any communications\nThrottle your Internet connection';
    expect(collect(text)('activity').value).toBe('no');
  });

  it('reads "none of the software on our apps will ever access or track location from your device" as a denial', () => {
    const c = collect('Location\n\nNone of the software on our apps will ever access or track any location-based information from your device at any time.');
    expect(c('precise-location').value).toBe('no');
  });

  it('names the item a denial covers in the summary', () => {
    const a = analyze({ text: 'Logs\n\nWhen you use the app, your IP address is not logged.' });
    const line = a.summary.find((l) => l.id === 'collect.denies');
    expect(line?.text).toBe('Says it does not collect device and connection data (IP address).');
  });
});

describe('collect: whose data, whose denial', () => {
  it('does not read what other members cannot see as a denial of collecting', () => {
    const c = collect('Crossings\n\nYour crossings are shown on your profile, but members with whom you cross paths can never see your exact location.');
    expect(c('precise-location').value).not.toBe('no');
  });

  it('does not read a denial about friends\' email addresses as one about the person\'s', () => {
    const c = collect('Invitations\n\nWe do not store, in any easily retrievable way, the email addresses of the friends you invite.');
    expect(c('contact').value).toBe('not-stated');
  });

  it('does not read "we do not actively seek out" as a denial of collecting', () => {
    const c = collect('Training\n\nWe do not actively seek out data sources that contain health information.');
    expect(c('sensitive').value).not.toBe('no');
  });
});

describe('collect: sensitive data, read narrowly', () => {
  it('does not read a browser or device "fingerprint" as biometric data', () => {
    const c = collect('Information we collect\n\nWe collect your browser type or fingerprint, operating system and IP address. We also use digital fingerprint technology to recognise devices; it checks whether they match previous fingerprints.');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('does not read advice to users not to post sensitive data as collecting it', () => {
    const c = collect('Posting\n\nWe strongly recommend that all users avoid posting personal or sensitive data on our forums.');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('does not read a hedged denial ("we typically do not collect ..., where we do") as a denial', () => {
    const c = collect('Sensitive data\n\nWhile we typically do not collect sensitive or special category personal information, where we do this, it will be with your explicit consent.');
    expect(c('sensitive').value).not.toBe('no');
  });
});

describe('collect: the deciding sentence and the summary', () => {
  it('cites first a sentence listing several items of the kind', () => {
    const text = 'Information we collect\n\nWe may receive information from advertisers using an identifier such as a hash of your email address or a device ID. This may include your IP address, browser type, operating system and device identifiers.';
    expect(collect(text)('device').first).toBe('This may include your IP address, browser type, operating system and device identifiers.');
  });

  it('does not show "usage information" as call records, nor a blockchain address as a postal address', () => {
    const a = analyze({ text: 'Information we collect\n\nWe collect usage information about how you use the app. We may also collect public blockchain data and addresses when you mint a token.' });
    expect(a.claims.collect['call-records'].value).toBe('not-stated');
    expect(a.claims.collect.contact.value).toBe('not-stated');
  });
});

describe('collect: modern wordings (batch 2)', () => {
  it('reads "our provider – not us – collects your financial information" as a denial that outweighs paying through that provider', () => {
    const text = 'Information we collect\n\nYou can pay for a plan by card through a third-party payment processor. Please note that our payment provider – not Acme – collects and processes your financial information.';
    const c = collect(text);
    expect(c('payment')).toMatchObject({ value: 'no', first: 'Please note that our payment provider – not Acme – collects and processes your financial information.' });
  });

  it('still reads card details the provider itself collects beside such a denial', () => {
    const text = 'Information we collect\n\nWe collect your billing address and the last four digits of your payment card. Our payment provider – not Acme – processes your full card number.';
    expect(collect(text)('payment').value).toBe('yes');
  });

  it('does not read sensitive data named only by the law as collecting it', () => {
    const c = collect('Information we collect\n\nWe collect the files you upload. Some of what you put in your files may be considered sensitive data under applicable law and may be processed to provide the service.');
    expect(c('sensitive').value).toBe('not-stated');
  });

  it('reads a denial of the special categories over a heading naming sensitive information', () => {
    const text = 'Sensitive Personal Information\n\nDetails on the sensitive personal information that we collect follow below.\n\nWe do not collect any special categories of personal data.';
    expect(collect(text)('sensitive').value).toBe('no');
  });

  it('does not read what other data "could reveal" as collecting it', () => {
    const c = collect('Information we collect\n\nSensitive data you choose to give us could reveal your precise geolocation, health or religious beliefs.');
    expect(c('precise-location').value).toBe('not-stated');
  });

  it('reads a precise-location denial over a vendor list saying it "may be used"', () => {
    const text = 'Information we collect\n\nWe collect your email address. We do not collect your precise location.\n\nAdvertising vendors\n\nWith your acceptance, your precise location may be used to measure ads.';
    expect(collect(text)('precise-location').value).toBe('no');
  });

  it('reads "device location" as precise and "location derived from your IP address" as approximate', () => {
    expect(collect('Information we collect\n\nIf you allow it, we collect your device location to show nearby stores.')('precise-location').value).toBe('yes');
    const c = collect('Information we collect\n\nWe collect your general location derived from your IP address.');
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('approximate-location').value).toBe('yes');
  });

  it('does not read "where you are located in the world" as location', () => {
    const c = collect('Legal bases\n\nHow we process your data depends on where you are located in the world.');
    expect(c('approximate-location').value).toBe('not-stated');
  });

  it('reads imported contacts, listed posts and messages sent to the provider', () => {
    const c = collect('Information we collect\n\nWe process any contact information that a user chooses to import. We collect information about your activity, including posts, comments and votes.');
    expect(c('contacts').value).toBe('yes');
    expect(c('content').value).toBe('yes');
    expect(collect('Information we collect\n\nWe collect the content of live chats and emails to us.')('content').value).toBe('yes');
  });

  it('reads a line introducing a list of the data used for a kind of user', () => {
    const c = collect('Our service\n\nData used for basic users:\n\n- your email address\n- your phone number');
    expect(c('contact').value).toBe('yes');
  });

  it('does not read data taken from job applicants as data about the service\'s users', () => {
    expect(collect('Information we collect\n\nWe collect your email address and your passport number in the context of a job application.')('government-id').value).toBe('not-stated');
    expect(collect('Job Applicants\n\nIf you apply for a job, we collect your social security number and references.')('government-id').value).toBe('not-stated');
    const md = '## Information we collect\n\n| Context | Data |\n| --- | --- |\n| Account | We collect your name and email address. |\n| Job Applicants | If you apply for a job we collect what your application needs. This may include your social security number. |\n';
    const a = analyze(textFromMarkdown(md));
    expect(a.claims.collect['government-id'].value).toBe('not-stated');
    expect(a.claims.collect.contact.value).toBe('yes');
  });

  it('reads a list of sources whose items are a short lead and a sentence', () => {
    const md = '**Data we collect**\n\nWe collect data about you in several ways. For example, we collect data:\n\n*   Directly from you. This includes when you sign up.\n*   Automatically. This includes through cookies.\n*   From other sources. These can include our affiliates and public sources.\n';
    expect(analyze(textFromMarkdown(md)).claims.collect['from-others'].value).toBe('yes');
  });

  it('reads a heading naming the provider ("Information Acme Collects Automatically") and carriers providing data', () => {
    const c = collect('Information Acme Collects Automatically\n\nSome mobile carriers may also provide us with information about the physical location of the device you use.');
    expect(c('approximate-location').value).toBe('yes');
    expect(c('precise-location').value).toBe('not-stated');
    expect(c('from-others').value).toBe('yes');
    expect(collect('Information we collect\n\nWe collect location data from the device when you use the app.')('precise-location').value).toBe('yes');
  });

  it('reads a sign-in history as activity, not payment', () => {
    const c = collect('Information we collect\n\nWe record a transaction history so you can see where and when your account was used.');
    expect(c('payment').value).toBe('not-stated');
    expect(c('activity').value).toBe('yes');
  });
});

describe('collect: a denial that holds only while the person refuses', () => {
  const value = (text: string, item: 'precise-location' | 'contacts'): string => analyze({ text }).claims.collect[item].value;
  it('is no denial: the data is collected once they agree', () => {
    expect(value('If you do not enable location services, we don\'t collect your precise location.', 'precise-location')).toBe('not-stated');
    expect(value('If you choose not to share your address book, we do not collect your contacts.', 'contacts')).not.toBe('no');
  });

  it('a plain denial still denies', () => {
    expect(value('We do not collect your precise location.', 'precise-location')).toBe('no');
  });
});

describe('collect: sensitive data named in passing', () => {
  const value = (text: string): string => analyze({ text }).claims.collect.sensitive.value;

  it('health data that a law leaves out of scope is not collected by the provider', () => {
    const text = 'Information we collect\n\nWe collect your name and email address.\n\nPersonal information under this notice does not cover other regulated data, for example:\n\nHealth information collected by a covered entity under HIPAA;\n\nData subject to the banking privacy laws.';
    expect(value(text)).toBe('not-stated');
  });

  it('"the purposes for which we collected sensitive information" says nothing is collected', () => {
    const text = 'Information we collect\n\nWe collect your email address.\n\nHow long we keep it\n\nWe keep personal information as long as needed to fulfil the purposes for which we collected the personal information or sensitive personal information.';
    expect(value(text)).toBe('not-stated');
  });

  it('a plain statement still counts', () => {
    expect(value('Information we collect\n\nWe collect sensitive personal information, such as your health data, when you use the fitness feature.')).toBe('yes');
    expect(value('Information we collect\n\nWe may collect health information from you when you book an appointment.')).toBe('yes');
  });
});

describe('collect: a category table row that answers "No"', () => {
  const value = (input: string | ReturnType<typeof textFromMarkdown>): string => analyze(typeof input === 'string' ? { text: input } : input).claims.collect.sensitive.value;

  it('a row marked "No" is not collected, in cells or on lines of their own', () => {
    const cells = '## Personal information we collect\n\nThe categories we collected in the last 12 months:\n\n| Category | Examples | Collected |\n|---|---|---|\n| A. Identifiers | Your email address and account name | Yes |\n| B. Biometric data | Fingerprints, face scans and voice patterns | No |\n';
    expect(value(textFromMarkdown(cells))).toBe('not-stated');
    const lines = '## Personal information we collect\n\nThe categories we collected in the last 12 months:\n\nA.\n\nIdentifiers\n\nYes\n\nB.\n\nBiometric information\n\nNo\n\nC.\n\nCommercial information\n\nYes';
    expect(value(textFromMarkdown(lines))).toBe('not-stated');
  });

  it('a row marked "Yes" still is', () => {
    const cells = '## Personal information we collect\n\nThe categories we collected in the last 12 months:\n\n| Category | Examples | Collected |\n|---|---|---|\n| A. Identifiers | Your email address and account name | No |\n| B. Biometric data | Fingerprints, face scans and voice patterns | Yes |\n';
    expect(value(textFromMarkdown(cells))).toBe('yes');
    const lines = '## Personal information we collect\n\nThe categories we collected in the last 12 months:\n\nA.\n\nBiometric information\n\nYes\n\nB.\n\nIdentifiers\n\nNo';
    expect(value(textFromMarkdown(lines))).toBe('yes');
  });
});

describe('collect: data the policy forbids giving', () => {
  const value = (text: string): string => analyze({ text }).claims.collect.sensitive.value;

  it('"it is a violation of this policy to provide us with health data" is not collecting it', () => {
    expect(value('Information we collect\n\nWe collect your email address. It would be a violation of our terms to give us sensitive personal information, such as health data or biometric information.')).toBe('not-stated');
  });

  it('still reads health data that is collected', () => {
    expect(value('Information we collect\n\nWe collect your email address and, when you use the fitness tracker, your health data.')).toBe('yes');
  });
});

describe('collect: a device location put at a coarse level', () => {
  const c = (text: string) => analyze({ text }).claims.collect;

  it('"the region where your device is" or location "generated based on IP" is approximate', () => {
    const a = c('Information we collect\n\nWe automatically collect your browser type and the region where your device is located, with geographic data based on your IP address.');
    expect(a['precise-location'].value).toBe('not-stated');
    expect(a['approximate-location'].value).toBe('yes');
    const b = c('Information we collect\n\nWe collect location data, such as location information from your device or generated based on your IP address.');
    expect(b['precise-location'].value).toBe('not-stated');
  });

  it('still reads a precise device location', () => {
    expect(c('Information we collect\n\nWith your permission we collect location information from your device, such as GPS coordinates.')['precise-location'].value).toBe('yes');
  });
});

describe('collect: the device permission system described', () => {
  const c = (text: string) => analyze({ text }).claims.collect;

  it('a phone\'s permission system for contacts is not collecting them', () => {
    expect(c('Information we collect\n\nWe collect your email address. Phones come with permission systems for kinds of device data, such as the address book and location services.').contacts.value).toBe('not-stated');
    expect(c('Information we collect\n\nWe collect your email address. Most phones let you change app permissions (for example, location services or your contacts).').contacts.value).toBe('not-stated');
  });

  it('still reads contacts the provider collects', () => {
    expect(c('Information we collect\n\nWith your permission, we upload the contacts in your address book to find your friends.').contacts.value).toBe('yes');
  });
});

describe('collect: data that may fall in the law\'s sensitive class', () => {
  const value = (text: string): string => analyze({ text }).claims.collect.sensitive.value;

  it('"some of it might belong to the category of sensitive personal information" names no sensitive data', () => {
    expect(value('Information we collect\n\nWe collect your email address and viewing history. Part of the information we collect could fall into the category of sensitive personal information.')).toBe('not-stated');
  });

  it('still reads sensitive data that is collected', () => {
    expect(value('Information we collect\n\nWe collect sensitive personal information, such as your health data.')).toBe('yes');
  });
});
