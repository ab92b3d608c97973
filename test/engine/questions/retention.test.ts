// How long they keep it, read from short policies written for these tests: a period says what it
// applies to (never "your data" for one identifier), a denial is never "indefinitely", and the
// numbers that are not retention (a reply to a request, a cookie's lifetime) are left alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { textFromMarkdown } from '../../../src/engine/text/markdown.ts';

function retention(text: string) {
  return analyze({ text }).claims.retention;
}

function periods(text: string): string[] {
  return retention(text).periods.details.map((d) => d.text);
}

function line(text: string): string {
  return analyze({ text }).summary.filter((p) => p.question === 'retention').map((p) => p.text).join(' ');
}

describe('what a period applies to', () => {
  it('names the identifier kept, not "your data"', () => {
    const text = 'For card payments, we keep the transaction ID for 20 days so that refunds can be handled.';
    expect(periods(text)).toEqual(['transaction ID: 20 days']);
    expect(line(text)).toContain('Keeps transaction ID for 20 days');
    expect(line(text)).not.toContain('your data');
  });

  it('reads the subject of a passive, and a period without "for"', () => {
    expect(periods('Log files are kept for a maximum of 72 hours.')).toEqual(['log files: up to 72 hours']);
    expect(periods('The order number is stored 30 days.')).toEqual(['order number: 30 days']);
    expect(periods('We save a transaction ID, which is deleted after 20 days.')).toEqual(['transaction ID: 20 days']);
    expect(periods('Please note that all recorded support calls are deleted within 90 days.')).toEqual(['recorded support calls: up to 90 days']);
  });

  it('gives each thing in a list its own period', () => {
    expect(periods('We keep invoices for 10 years, support emails for 3 years, and server logs for 30 days.')).toEqual([
      'invoices: 10 years', 'support emails: 3 years', 'server logs: 30 days',
    ]);
    expect(periods('We keep chat transcripts for 2 years; fraud reports for five years.')).toEqual(['chat transcripts: 2 years', 'fraud reports: 5 years']);
  });

  it('gives the second of two things joined by "and" its own period, not the first one\'s', () => {
    expect(periods('We keep your billing address for 2 years and your IP address for three months.')).toEqual(['billing address: 2 years', 'IP address: 3 months']);
    expect(periods('When you leave, we hold your order history for 6 years after closure and the chat logs for 90 days.')).toEqual(['order history: 6 years after closure', 'chat logs: 90 days']);
  });

  it('does not read the length of the event a period runs from as a period of its own', () => {
    expect(periods('We keep your phone number for marketing for one year after your account has been inactive for 24 months.')).toEqual(['phone number: 1 year after your account has been inactive']);
    expect(periods('We keep invoices for 10 years, and chat logs for 90 days.')).toEqual(['invoices: 10 years', 'chat logs: 90 days']);
  });

  it('does not take what the period runs from as what is kept', () => {
    expect(periods('Retention\n\nAccount details (such as the email you gave us to verify your account, etc.): for 1 year after you delete your account.')).toEqual(['account details: 1 year after you delete your account']);
  });

  it('says what event the period runs from', () => {
    expect(periods('We delete closed account information within 30 days of account closure.')).toEqual(['closed account information: up to 30 days after account closure']);
    expect(periods('Voice samples are deleted approximately 48 hours after you turn the feature off.')).toEqual(['voice samples: about 48 hours after you turn the feature off']);
  });

  it('takes "this data" from the section heading that names it', () => {
    const { text, blocks } = textFromMarkdown('## Payment data\n\nWe collect the last four digits of your card.\n\nWe delete this data 6 months after your contract ends.');
    const r = analyze({ text, blocks }).claims.retention;
    expect(r.periods.details.map((d) => d.text)).toEqual(['payment data: 6 months after your contract ends']);
    expect(r.periods.evidence[0], 'the period first, then the heading').toBe(2);
  });

  it('reads a retention table, row by row, but not a cookie table', () => {
    const table = '## How long we keep data\n\n| Category | Example | Retention period |\n| --- | --- | --- |\n| Order history | Items you bought | 6 years |\n| Support tickets | Messages to our team | 13 – 24 months |';
    const { text, blocks } = textFromMarkdown(table);
    expect(analyze({ text, blocks }).claims.retention.periods.details.map((d) => d.text)).toEqual(['order history: 6 years', 'support tickets: up to 24 months']);
    const cookies = textFromMarkdown('## Cookies\n\n| Cookie | Purpose | Expiry |\n| --- | --- | --- |\n| _sid | Keeps you signed in | 2 years |');
    expect(analyze(cookies).claims.retention.periods.value).toBe('not-stated');
  });

  it('reads past brackets and names, and a topic before a colon', () => {
    expect(periods('Bid request data (such as the page address and browser type) is kept for 7 days.')).toEqual(['bid request data: 7 days']);
    expect(periods('Device identifiers we collect expire (and are then deleted) 13 months after your last visit.')).toEqual(['device identifiers: 13 months after your last visit']);
    expect(periods('Hashed email addresses: we delete them after 12 months.')).toEqual(['hashed email addresses: 12 months']);
    expect(periods('After you close your account we keep some or all of your information for up to 9 months.')).toEqual(['your data: up to 9 months']);
  });

  it('reads a whole-policy maximum as your data', () => {
    expect(periods('The maximum retention time is ten (10) years.')).toEqual(['your data: 10 years']);
  });
});

describe('a period the sentence before sets', () => {
  it('reads "this period varies from 3 to 7 years" after a retention sentence, without a made-up subject', () => {
    const text = 'How long we keep data\n\nCustoms records are kept for as long as customs laws require. Generally, this period varies from 3 to 7 years, depending on the country.';
    expect(periods(text)).toEqual(['some data: up to 7 years']);
    expect(periods('Our history\n\nWe grew quickly. Generally, this period varies from 3 to 7 years for most startups.')).toEqual([]);
  });
});

describe('periods that are not retention', () => {
  it('leaves replies to requests alone', () => {
    expect(retention('If you ask us to delete your data, we will do so within 30 days of your request.').periods.value).toBe('not-stated');
    expect(retention('We will respond to your request to access, correct or delete your data within 45 days.').periods.value).toBe('not-stated');
  });

  it('leaves a hypothetical of the provider alone, but reads a period triggered by the person', () => {
    expect(retention('If we keep your data for longer than 30 days, we will tell you.').periods.value).toBe('not-stated');
    expect(periods('If you cancel your subscription, your invoices are deleted after 90 days.')).toEqual(['invoices: 90 days']);
  });

  it('leaves data made anonymous before it is kept, but not data anonymised after', () => {
    expect(retention('We anonymise your survey answers and keep them for 2 years.').periods.value).toBe('not-stated');
    expect(periods('We store your ride history for 48 months and then anonymise it.')).toEqual(['ride history: 48 months']);
  });

  it('reads "not … for more than" as a most, and leaves other "more than" alone', () => {
    expect(periods('We do not keep server logs for more than 7 days.')).toEqual(['server logs: up to 7 days']);
    expect(retention('Our editors have held true to these values for more than 130 years.').periods.value).toBe('not-stated');
  });

  it('leaves the lifetime of a cookie on your device alone', () => {
    expect(retention('The opt-out cookie will remain on your computer for five years.').periods.value).toBe('not-stated');
  });
});

describe('accounts closed when unused', () => {
  it('reads inactivity periods, with or without a number', () => {
    const text = 'We will close your account if you have not signed in for two years.';
    expect(retention(text).periods.details.map((d) => [d.text, d.kind])).toEqual([['inactive accounts: 2 years', 'inactivity']]);
    expect(line(text)).toContain('Closes or deletes accounts unused for 2 years.');
    expect(periods("We may delete your profile if you haven't used it in the last year.")).toEqual(['inactive accounts: 1 year']);
  });

  it('reads "after three years of inactivity"', () => {
    expect(periods('Your account may be deleted after three (3) years of continuous inactivity.')).toEqual(['inactive accounts: 3 years']);
  });

  it('needs the account to be closed or deleted, and not a session timing out', () => {
    expect(retention('Your account may be inactive for two years before you return.').periods.value).toBe('not-stated');
    expect(retention('Session cookies expire after two hours of inactivity.').periods.value).toBe('not-stated');
  });
});

describe('indefinitely', () => {
  it('does not read a denial as keeping data indefinitely', () => {
    expect(retention('We do not store these cookies separately or permanently.').indefinite.value).toBe('not-stated');
    expect(retention('Session cookies are kept while your browser is open; we never keep these cookies permanently.').indefinite.value).toBe('not-stated');
    expect(retention('Our retention schedule is designed to prevent device identifiers from being retained indefinitely.').indefinite.value).toBe('not-stated');
    expect(retention('We keep the scan long enough to check it, then we permanently delete it.').indefinite.value).toBe('not-stated');
  });

  it("does not read the person's own choice to keep something as the provider keeping it", () => {
    expect(retention('You can choose how long we keep your recordings, including the option to retain them indefinitely.').indefinite.value).toBe('not-stated');
  });

  it('reads a stated indefinite retention, past an "i.e." in the middle', () => {
    const r = retention('If your account is banned, we may keep the phone number you signed up with (i.e., your login) indefinitely.');
    expect(r.indefinite.value).toBe('yes');
    expect(r.indefinite.evidence).toEqual([0]);
  });
});

describe('as long as needed', () => {
  it('reads criteria rather than numbers', () => {
    expect(retention('We keep your profile information for as long as you have an account.')['as-needed'].value).toBe('yes');
    expect(retention('This data is deleted when your account is deleted.')['as-needed'].value).toBe('yes');
    expect(retention('If you write to our support team, what you tell us is kept only for the purposes of answering you.')['as-needed'].value).toBe('yes');
    expect(retention("We design our services so that we don't hold your information any longer than we have to.")['as-needed'].value).toBe('yes');
  });

  it('does not read a right, or cookies, as the provider keeping data as long as needed', () => {
    expect(retention('You have the right to erasure if the data is no longer necessary for the purpose.')['as-needed'].value).toBe('not-stated');
    expect(retention('Session cookies are stored only while your browser is open.')['as-needed'].value).toBe('not-stated');
  });

  it('does not read keeping data confidential or secure as keeping it for a time', () => {
    expect(retention('Our vendors are bound by contract to keep personal data confidential and to use it only for the purposes of serving us.')['as-needed'].value).toBe('not-stated');
    expect(retention('Every processor has agreed to keep your information safe and secure, as required by law.')['as-needed'].value).toBe('not-stated');
    expect(retention('We keep your data secure and retain it only for as long as your account is open.')['as-needed'].value).toBe('yes');
  });

  it('does not read de-identified or aggregated data kept as long as needed as a criterion for personal data', () => {
    expect(retention('We retain de-identified or aggregated data, which cannot identify you, for as long as commercially necessary.')['as-needed'].value).toBe('not-stated');
    expect(retention('Aggregated information may be kept for as long as we need it.')['as-needed'].value).toBe('not-stated');
    expect(retention('We keep your personal data for as long as necessary to provide the service; aggregated data may be kept longer.')['as-needed'].value).toBe('yes');
  });
});

describe('indefinitely: only data that identifies the person', () => {
  it('non-personal or non-identifying data kept indefinitely is not indefinite retention', () => {
    const text = 'How long we keep data\n\nWe delete your account data within 60 days after you close your account. Non-personal information may be stored indefinitely for research.';
    expect(retention(text).indefinite.value).toBe('not-stated');
    expect(retention('How long we keep data\n\nWe hold non-identifying statistics permanently.').indefinite.value).toBe('not-stated');
  });

  it('personal data kept indefinitely still is', () => {
    expect(retention('How long we keep data\n\nWe may store your personal information indefinitely.').indefinite.value).toBe('yes');
    expect(retention('How long we keep data\n\nNon-personal information is deleted after a year, but we may keep your profile indefinitely.').indefinite.value).toBe('yes');
  });
});
