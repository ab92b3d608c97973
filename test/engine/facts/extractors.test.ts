// Each extractor on small hand-written policies: what it must find, and the near misses it
// must not take for a fact. Sentences carry no labels unless a case is about labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, FACT_EXTRACTORS } from '../../../src/engine/facts/index.ts';
import { sentences } from './make.ts';

const facts = (...specs: Parameters<typeof sentences>) => extractFacts(sentences(...specs));

describe('registry', () => {
  it('registers every extractor file of src/engine/facts', () => {
    const dir = resolve(import.meta.dirname, '../../../src/engine/facts');
    const defined = readdirSync(dir)
      .filter((f) => f !== 'index.ts')
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/export function (extract\w+)/g)].map((m) => m[1]));
    expect(defined.sort()).toEqual(Object.values(FACT_EXTRACTORS).map((fn) => fn.name).sort());
  });

  it('fills every family, and an empty policy gives empty facts', () => {
    const empty = extractFacts([]);
    expect(Object.keys(empty)).toEqual(Object.keys(FACT_EXTRACTORS));
    expect(empty.sale.stance).toBe('silent');
    expect(empty.retention.stated).toBe(false);
    expect(empty.doNotTrack.stance).toBe('silent');
  });
});

describe('collected', () => {
  it('reads kinds and items from a collection sentence', () => {
    const { collected } = facts('We collect your name, email address and credit card number, and your IP address.');
    expect(collected.map((c) => [c.kind, c.items])).toEqual([
      ['contact', ['name', 'email address']],
      ['financial', ['credit card']],
      ['device', ['IP address']],
    ]);
  });

  it('counts a data mention in a sentence labelled First Party Collection/Use', () => {
    const { collected } = facts(['Social security number and driver’s license number.', 'First Party Collection/Use']);
    expect(collected[0]?.items).toEqual(['Social Security number', "driver's licence"]);
  });

  it('counts list items under a collection intro', () => {
    const { collected } = facts('Personal Data may include:', 'Your home address;', 'Your GPS location; and', 'Your browsing history.');
    expect(collected.map((c) => c.kind)).toEqual(['contact', 'location', 'online-activity']);
  });

  it('ignores denials and sentences about others collecting', () => {
    expect(facts('We do not read the content of your online communications.').collected).toEqual([]);
    expect(facts('Law enforcement can obtain details about your Internet use and the content of communications.').collected).toEqual([]);
    expect(facts('Your company name and title;').collected).toEqual([]);
  });

  it('reads data received from others by its direction', () => {
    expect(facts('We may obtain credit reports from consumer reporting agencies.').collected.find((c) => c.kind === 'from-others')?.items).toEqual(['credit reporting agencies']);
    expect(facts('We may report past due amounts to credit reporting agencies.').collected).toEqual([]);
  });
});

describe('recipients', () => {
  it('finds the parties data is given to', () => {
    const { recipients } = facts('We may share your information with our affiliates, service providers and advertisers, and with law enforcement in response to a subpoena.');
    expect(recipients.parties.map((p) => p.kind)).toEqual(['affiliates', 'service-providers', 'advertisers', 'law-enforcement']);
  });

  it('does not count parties named in a denial, but does count the exceptions', () => {
    const { recipients } = facts('We do not sell or share customer information with anyone outside of our affiliate organization, and do not make it available to outside marketers.');
    expect(recipients.parties.map((p) => p.kind)).toEqual(['affiliates']);
  });

  it('marks parties that only get anonymised data', () => {
    const { recipients } = facts('We may share aggregated, anonymized data with advertisers.');
    expect(recipients.parties).toMatchObject([{ kind: 'advertisers', deidentifiedOnly: true }]);
  });

  it('ignores third parties’ own practices and links to their sites', () => {
    expect(facts('Third-party websites linked on this Site may have different privacy policies.').recipients.parties).toEqual([]);
  });

  it('finds limits placed on vendors', () => {
    expect(facts('We require these vendors to keep your information confidential.').recipients.vendorLimits?.evidence).toEqual([0]);
  });
});

describe('sale', () => {
  it('reads a denial, whatever the label', () => {
    expect(facts(['We do not sell your personal information.', 'Third Party Sharing/Collection']).sale).toMatchObject({ stance: 'no', qualified: false, evidence: [0] });
  });

  it('marks a denial with exceptions as qualified', () => {
    expect(facts('We will not sell, rent or trade your personal information except as required by law.').sale).toMatchObject({ stance: 'no', qualified: true });
  });

  it('reads CCPA disclosures both ways', () => {
    expect(facts('We have not sold personal information in the past 12 months.').sale.stance).toBe('no');
    expect(facts('In the past 12 months we have sold the following categories of personal information: identifiers.').sale.stance).toBe('yes');
  });

  it('lets a sale outweigh a denial', () => {
    const { sale } = facts('We do not sell your name.', 'We may sell your personal information to data brokers.');
    expect(sale).toMatchObject({ stance: 'yes', evidence: [1] });
  });

  it('does not take selling products or the business for selling data', () => {
    expect(facts('We do not sell products or services for purchase by children.', 'We may transfer data as part of a sale of our business.', 'So that we may continue to sell products to you.').sale.stance).toBe('silent');
  });
});

describe('retention', () => {
  it('reads a period and what it applies to', () => {
    const { retention } = facts('We retain call detail records for seven years.');
    expect(retention.periods).toMatchObject([{ amount: 7, unit: 'year', bound: 'exact', appliesTo: 'call records', evidence: [0] }]);
  });

  it('reads "30 days after" and "up to"', () => {
    expect(facts('Server logs are deleted 30 days after collection.').retention.periods).toMatchObject([{ amount: 30, unit: 'day', appliesTo: 'logs' }]);
    expect(facts('We keep backups for up to 90 days.').retention.periods).toMatchObject([{ amount: 90, bound: 'up-to', appliesTo: 'backups' }]);
  });

  it('reads open-ended policies', () => {
    expect(facts('We keep your data for as long as necessary and as required by law.').retention.policies.map((p) => p.kind)).toEqual(['as-long-as-necessary', 'legal-requirement']);
    expect(facts('We may retain your information indefinitely.').retention.policies.map((p) => p.kind)).toEqual(['indefinite']);
  });

  it('does not take other periods for retention', () => {
    const { retention } = facts(
      'You have the right to know what we collected over the preceding 12 months.',
      'We will respond to your request within 45 days.',
      'You must be at least 18 years of age.',
      'This Privacy Policy will remain in effect as long as you are a user of the Site.',
    );
    expect(retention).toEqual({ periods: [], policies: [], stated: false });
  });
});

describe('choices', () => {
  it('finds a marketing opt-out with the link to use', () => {
    const [choice] = facts('You may opt out of marketing emails by unsubscribing at https://example.com/unsubscribe.').choices;
    expect(choice).toMatchObject({ kind: 'marketing-opt-out', how: [{ kind: 'url', value: 'https://example.com/unsubscribe' }] });
  });

  it('finds cookie controls, CPNI approval, do-not-call and directory listings', () => {
    const { choices } = facts(
      'You may adjust your browser to reject cookies.',
      'You may restrict our use of your CPNI by calling 1-800-555-0199.',
      'Ask to be placed on our do-not-call list.',
      'You can have your number unlisted in phone directories.',
    );
    expect(choices.map((c) => c.kind)).toEqual(['cookies', 'cpni', 'do-not-call', 'directory-listing']);
    expect(choices.find((c) => c.kind === 'cpni')?.how).toEqual([{ kind: 'phone', value: '1-800-555-0199' }]);
  });

  it('does not take "you may not opt out" or a description of cookies for a choice', () => {
    expect(facts('You may not opt out of the use of your data for business purposes.', 'We use cookies to remember your preferences.').choices).toEqual([]);
  });
});

describe('rights', () => {
  it('finds rights and the way to exercise them in a following list', () => {
    const { rights } = facts(
      'You can ask us to delete personal data that relates to you.',
      'To request access to or deletion of your data, or to exercise any other data rights, contact us using any of the following methods:',
      'Email: privacy@example.com',
      'Phone: 1-888-555-0123',
    );
    expect(rights.rights.map((r) => r.kind)).toEqual(['access', 'delete']);
    expect(rights.rights[1]?.how).toEqual([
      { kind: 'email', value: 'privacy@example.com' },
      { kind: 'phone', value: '1-888-555-0123' },
    ]);
  });

  it('notes verification and a response time', () => {
    const { rights } = facts('You may request access to your data; we will verify your identity and respond within 30 days.');
    expect(rights.verification?.evidence).toEqual([0]);
    expect(rights.responseDays?.days).toBe(30);
  });

  it('does not take "review this policy" for a right', () => {
    expect(facts('Please review this policy each time you visit our website.').rights.rights).toEqual([]);
  });
});

describe('security', () => {
  it('finds measures and caveats', () => {
    const { security } = facts(
      'We use SSL encryption and firewalls, and our employees are trained on privacy.',
      'We will notify you of any data breach as required by law.',
      'However, no method of transmission is 100% secure.',
    );
    expect(security.measures.map((m) => m.kind)).toEqual(['encryption', 'firewalls', 'staff-training']);
    expect(security.breachNotification?.evidence).toEqual([1]);
    expect(security.noGuarantee?.evidence).toEqual([2]);
  });

  it('does not take an "industry standard" outside a security sentence, nor a customer told to report a breach', () => {
    const { security } = facts('The use of cookies is an industry standard.', 'If security has been breached, customers are advised to contact us.');
    expect(security.measures).toEqual([]);
    expect(security.breachNotification).toBeNull();
  });
});

describe('changes', () => {
  it('reads at-any-time-without-notice and continued use', () => {
    const { changes } = facts('This policy can change at any time, even without notice to you.', 'Continued use of the site after changes to this policy constitutes acceptance.');
    expect(changes.statements.map((s) => s.kind)).toEqual(['any-time', 'without-notice', 'continued-use']);
  });

  it('reads direct notice of material changes', () => {
    const { changes } = facts('If we make material changes to this policy, we will notify you by email.');
    expect(changes.statements.map((s) => s.kind)).toEqual(['notice-direct', 'material-notice']);
  });

  it('ignores changes that are not to the policy', () => {
    expect(facts('We may communicate with you about network changes from time to time.').changes.statements).toEqual([]);
  });
});

describe('children and regions', () => {
  it('reads ages and how children are protected', () => {
    const { children } = facts(
      'Our services are not directed to children under 13.',
      'We never knowingly gather data about kids under sixteen.',
      'If you believe a child has given us data, email kids@example.com.',
    );
    expect(children.statements.map((s) => [s.kind, s.age])).toEqual([['min-age', 13], ['min-age', 16], ['not-directed', 13], ['no-knowing-collection', 16], ['report-contact', null]]);
    expect(children.how).toEqual([{ kind: 'email', value: 'kids@example.com' }]);
  });

  it('reads California, the EU and transfers, but not a California regulator', () => {
    const regions = facts(
      'California residents have rights under the CCPA.',
      'If you are in the European Economic Area, the GDPR applies.',
      'Information you give us is stored in the United States.',
      'We report to the CPUC (California Public Utilities Commission).',
    ).regions;
    expect(regions.map((r) => [r.kind, r.evidence])).toEqual([['california-ccpa', [0]], ['california', [0]], ['eu', [1]], ['transfer-us', [2]]]);
  });
});

describe('Do Not Track', () => {
  it('reads not honoured, honoured and mentioned', () => {
    expect(facts('For now, Do Not Track requests from browsers are not honoured by our service.').doNotTrack.stance).toBe('not-honoured');
    expect(facts('We honor Do Not Track signals.').doNotTrack.stance).toBe('honoured');
    expect(facts('Some browsers offer a Do Not Track setting.').doNotTrack.stance).toBe('mentioned');
    expect(facts('Do not track mud into the office.').doNotTrack.stance).toBe('silent');
  });

  it('reads "such signals" as Do Not Track only right after a sentence naming it', () => {
    const after = facts('Some browsers send Do Not Track signals.', 'We do not currently respond to such signals.');
    expect(after.doNotTrack.stance).toBe('not-honoured');
    expect(after.doNotTrack.ruleIds).toEqual(['dnt.not-honoured-referring']);
    expect(after.doNotTrack.evidence).toEqual([1]);
    const unrelated = facts('We answer questions by email.', 'We do not currently respond to such requests on weekends.');
    expect(unrelated.doNotTrack.stance).toBe('silent');
  });
});

describe('contact', () => {
  it('assembles a postal address from its lines and keeps phones, emails and officers', () => {
    const { contact } = facts(
      ['Questions? Contact our Privacy Officer at privacy@example.com or write to:', 'Privacy contact information'],
      'Example Corp.',
      '1 Main Street',
      'Springfield, IL 62701',
      'Phone: (888) 301-1721',
    );
    expect(contact.postal.map((p) => [p.value, p.evidence])).toEqual([['Example Corp., 1 Main Street, Springfield, IL 62701', [1, 2, 3]]]);
    expect(contact.emails.map((e) => e.value)).toEqual(['privacy@example.com']);
    expect(contact.officers.map((o) => o.value)).toEqual(['Privacy Officer']);
    expect(contact.phones).toMatchObject([{ value: '(888) 301-1721', plausible: true }]);
  });

  it('reads an address written in one line', () => {
    expect(facts('You may write to us at 135 Main St, Houlton, ME 04730.').contact.postal.map((p) => p.value)).toEqual(['135 Main St, Houlton, ME 04730']);
  });

  it('flags placeholder numbers and skips web addresses that are not contact', () => {
    const { contact } = facts('Call us at 1-800-000-0000 or 800-555-0100.', 'This text was extracted from https://example.com/policy.pdf');
    expect(contact.phones).toMatchObject([{ value: '1-800-000-0000', plausible: false }, { value: '800-555-0100', plausible: false }]);
    expect(contact.urls).toEqual([]);
  });

  it('keeps markup in sentences as plain text', () => {
    const { contact } = facts('Write to us at:', '<b>Acme</b> Privacy <img src=x onerror=alert(1)>', '1 Main Street', 'Springfield, IL 62701');
    expect(contact.postal[0]?.value).toBe('<b>Acme</b> Privacy <img src=x onerror=alert(1)>, 1 Main Street, Springfield, IL 62701');
  });
});
