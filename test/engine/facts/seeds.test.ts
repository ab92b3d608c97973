// Facts read from the five seed policies, with the gold sentence labels standing in for the
// classifier. Each assertion names the concrete fact a person would want from that policy.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/engine/facts/index.ts';
import type { Evidenced, Facts } from '../../../src/engine/facts/types.ts';
import type { ClassifiedSentence } from '../../../src/engine/types.ts';
import { goldSentences, SEED_FILES, seedText, type SeedFile } from './gold-sentences.ts';

const loaded = new Map<SeedFile, { sentences: ClassifiedSentence[]; facts: Facts }>();
function seed(file: SeedFile): { sentences: ClassifiedSentence[]; facts: Facts; at: (text: string) => number } {
  let entry = loaded.get(file);
  if (!entry) {
    const sentences = goldSentences(file);
    entry = { sentences, facts: extractFacts(sentences) };
    loaded.set(file, entry);
  }
  const { sentences } = entry;
  return {
    ...entry,
    at: (text) => {
      const i = sentences.findIndex((s) => s.text.includes(text));
      if (i < 0) throw new Error(`no sentence with "${text}" in ${file}`);
      return i;
    },
  };
}

/** Every Evidenced object anywhere in the facts, with its path. */
function allEvidenced(value: unknown, path: string, out: Array<[string, Evidenced]>): Array<[string, Evidenced]> {
  if (Array.isArray(value)) value.forEach((v, i) => allEvidenced(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if ('evidence' in value && 'ruleIds' in value) out.push([path, value as Evidenced]);
    for (const [k, v] of Object.entries(value)) if (k !== 'evidence' && k !== 'ruleIds') allEvidenced(v, `${path}.${k}`, out);
  }
  return out;
}

describe.each(SEED_FILES.map((f) => [f]))('every fact of %s', (file) => {
  it('cites sorted, valid sentence indexes and the rules that found it', () => {
    const { sentences, facts } = seed(file);
    const bad = allEvidenced(facts, 'facts', []).filter(([path, fact]) => {
      const silent = (path === 'facts.sale' && facts.sale.stance === 'silent') || (path === 'facts.doNotTrack' && facts.doNotTrack.stance === 'silent');
      if (silent) return fact.evidence.length !== 0;
      const sorted = fact.evidence.every((v, i, a) => i === 0 || (a[i - 1] ?? -1) < v);
      return fact.evidence.length === 0 || fact.ruleIds.length === 0 || !sorted || fact.evidence.some((i) => i < 0 || i >= sentences.length);
    });
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('finds every email address and phone number written in the policy', () => {
    const text = seedText(file);
    const emails = [...new Set([...text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+\w/g)].map((m) => m[0].toLowerCase()))];
    const phones = [...new Set([...text.matchAll(/\b1-\d{3}-\d{3}-\d{4}\b/g)].map((m) => m[0]))];
    const { contact } = seed(file).facts;
    expect(contact.emails.map((e) => e.value.toLowerCase()).sort()).toEqual(emails.sort());
    expect(contact.phones.map((p) => p.value).sort()).toEqual(phones.sort());
  });
});

describe('000 Conifer Communications', () => {
  const { facts, at } = seed('000_033c2eef7324457c');

  it('keeps call records for up to 24 months, citing the sentence that says so', () => {
    const period = facts.retention.periods.find((p) => p.amount === 24 && p.unit === 'month');
    expect(period).toMatchObject({ bound: 'up-to', appliesTo: 'call records' });
    expect(period?.evidence).toContain(at('twenty-four (24) months'));
    // "retain it": what "it" is comes from the sentence before.
    expect(period?.evidence).toContain(at('calls made and received'));
  });

  it('otherwise keeps data until no longer needed for business, tax or legal purposes', () => {
    expect(facts.retention.policies.map((p) => p.kind)).toEqual(['as-long-as-necessary', 'legal-requirement']);
  });

  it('is silent on selling data (a sale of the business is not a sale of data)', () => {
    expect(facts.sale.stance).toBe('silent');
    expect(facts.recipients.parties.map((p) => p.kind)).toContain('business-transfer');
  });

  it('shares with affiliates, vendors and law enforcement, not advertisers', () => {
    const kinds = facts.recipients.parties.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['affiliates', 'service-providers', 'law-enforcement']));
    expect(kinds).not.toContain('advertisers');
  });

  it('collects call records, IP and MAC addresses, and bank and card numbers', () => {
    const items = facts.collected.flatMap((c) => c.items);
    expect(items).toEqual(expect.arrayContaining(['call records', 'IP address', 'MAC address', 'bank account', 'credit card']));
  });

  it('promises breach notification and encryption; changes at any time', () => {
    expect(facts.security.breachNotification?.evidence).toEqual([at('notify consumers of data breaches')]);
    expect(facts.security.measures.map((m) => m.kind)).toContain('encryption');
    expect(facts.changes.statements.map((s) => s.kind)).toEqual(['any-time']);
  });

  it('gives no way to contact it, and "CPUC (California Public Utilities Commission)" is not California rights', () => {
    const { emails, phones, postal } = facts.contact;
    expect([...emails, ...phones, ...postal]).toEqual([]);
    expect(facts.regions).toEqual([]);
  });
});

describe('001 Phone.com', () => {
  const { facts, at } = seed('001_c1bb176aaee5836d');

  it('has its privacy contact: legal@phone.com and the Livingston address', () => {
    expect(facts.contact.emails.map((e) => e.value)).toEqual(['legal@phone.com']);
    expect(facts.contact.postal.map((p) => p.value)).toEqual(['Phone.com, 184 South Livingston Avenue, Suite 9-222, Livingston, NJ 07039']);
    expect(facts.contact.officers.map((o) => o.value)).toEqual(['Privacy Administrator']);
  });

  it('says it will not sell data, with exceptions', () => {
    expect(facts.sale).toMatchObject({ stance: 'no', qualified: true });
    expect(facts.sale.evidence).toEqual([at('We will not sell, exchange, rent'), at('we do not sell, trade or share your CPNI')]);
  });

  it('gives California residents Shine the Light requests by email or post', () => {
    const kinds = facts.regions.map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['california-shine-the-light', 'california']));
    const how = facts.regions.flatMap((r) => r.how.map((c) => c.value));
    expect(how).toEqual(expect.arrayContaining(['legal@phone.com', 'Phone.com, 184 South Livingston Avenue, Suite 9-222, Livingston, NJ 07039']));
  });

  it('lets you see, correct and delete your data by emailing legal@phone.com, with proof of identity', () => {
    expect(facts.rights.rights.map((r) => r.kind)).toEqual(['access', 'correct', 'delete']);
    for (const right of facts.rights.rights) expect(right.how).toContainEqual({ kind: 'email', value: 'legal@phone.com' });
    expect(facts.rights.verification?.evidence).toContain(at('you must provide proof of identification'));
  });

  it('may change the policy at any time without advance notice', () => {
    expect(facts.changes.statements.map((s) => s.kind)).toEqual(expect.arrayContaining(['any-time', 'without-notice']));
  });

  it('says nothing about how long it keeps data', () => {
    expect(facts.retention.stated).toBe(false);
  });

  it('names children under 13 and users under 18, and the US transfer with a waiver of home law', () => {
    const ages = facts.children.statements.filter((s) => s.kind === 'no-knowing-collection').map((s) => s.age);
    expect(ages).toEqual([13, 18]);
    expect(facts.regions.map((r) => r.kind)).toEqual(expect.arrayContaining(['transfer-us', 'waives-home-law']));
  });

  it('collects government IDs, cookies and web beacons, and may share with advertisers', () => {
    const kinds = facts.collected.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['government-id', 'cookies', 'health', 'call-records']));
    expect(facts.collected.find((c) => c.kind === 'cookies')?.items).toEqual(expect.arrayContaining(['cookies', 'web beacons/pixels']));
    expect(facts.recipients.parties.find((p) => p.kind === 'advertisers')?.evidence).toContain(at('with third parties and our Advertisers in aggregate form'));
  });

  it('sends some data over unsecured connections', () => {
    expect(facts.security.unsecuredTransmission?.evidence).toContain(at('we do not use a secured connection'));
  });
});

describe('002 Conferencing Tree', () => {
  const { facts, at } = seed('002_bf13b23f045a4a3f');

  it('does not sell or share customer information outside its affiliates', () => {
    expect(facts.sale).toMatchObject({ stance: 'no', qualified: false });
    expect(facts.sale.evidence).toContain(at('We do not sell or share customer information'));
    expect(facts.recipients.parties.find((p) => p.kind === 'affiliates')?.evidence).toEqual([at('We do not sell or share customer information')]);
  });

  it('gives support@ConferencingTree.com and a placeholder phone number', () => {
    expect(facts.contact.emails.map((e) => e.value)).toEqual(['support@ConferencingTree.com']);
    expect(facts.contact.phones).toMatchObject([{ value: '1-800-000-0000', plausible: false }]);
  });

  it('gets credit information from consumer reporting agencies', () => {
    expect(facts.collected.find((c) => c.kind === 'from-others')?.items).toContain('credit reporting agencies');
  });

  it('offers no choices, no rights, and no retention period', () => {
    expect(facts.choices).toEqual([]);
    expect(facts.rights.rights).toEqual([]);
    expect(facts.retention.stated).toBe(false);
    expect(facts.regions).toEqual([]);
  });

  it('admits no storage is 100% secure and disclaims liability for hackers', () => {
    expect(facts.security.noGuarantee?.evidence).toEqual([at('100-percent secure')]);
    expect(facts.security.liabilityDisclaimer?.evidence).toContain(at('100-percent secure'));
  });
});

describe('003 County Micro', () => {
  const { facts, at } = seed('003_287e789d7f0e6bf1');

  it('does not sell personal information', () => {
    expect(facts.sale).toMatchObject({ stance: 'no', qualified: false, evidence: [at('We specifically do not sell')] });
  });

  it('lets you access, correct or delete your data through privacy@countymicro.com or by mail', () => {
    const del = facts.rights.rights.find((r) => r.kind === 'delete');
    expect(del?.how).toEqual(expect.arrayContaining([
      { kind: 'email', value: 'privacy@countymicro.com' },
      { kind: 'postal', value: 'Privacy Compliance Officer, County Micro Inc., 135 Main St, Houlton, ME 04730' },
    ]));
  });

  it('tells you of material changes on the site; stores data in the United States', () => {
    expect(facts.changes.statements.map((s) => s.kind)).toEqual(expect.arrayContaining(['material-notice', 'notice-on-site']));
    expect(facts.regions.map((r) => r.kind)).toEqual(['transfer-us']);
  });

  it('gives 911 calls’ location to emergency services and past-due amounts to credit agencies', () => {
    const kinds = facts.recipients.parties.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['emergency-services', 'credit-agencies', 'business-transfer']));
    expect(facts.collected.find((c) => c.kind === 'location')?.evidence).toEqual([at('emergency service (such as 911)')]);
  });

  it('lets you withdraw marketing consent in the customer portal and restrict CPNI', () => {
    expect(facts.choices.find((c) => c.kind === 'marketing-opt-out')?.how).toEqual([{ kind: 'account', value: 'customer portal' }]);
    expect(facts.choices.map((c) => c.kind)).toContain('cpni');
  });
});

describe('004 Fusion Connect', () => {
  const { facts, at } = seed('004_5bd2721613aedcf6');

  it('gives California residents CCPA rights to know and delete, by web form or 1-888-301-1721', () => {
    const ccpa = facts.regions.find((r) => r.kind === 'california-ccpa');
    expect(ccpa?.evidence).toContain(at('Rights under the California Consumer Privacy Act'));
    expect(ccpa?.how).toContainEqual({ kind: 'phone', value: '1-888-301-1721' });
    expect(facts.rights.rights.map((r) => r.kind)).toEqual(['access', 'delete']);
    expect(facts.rights.responseDays).toMatchObject({ days: 45, evidence: [at('within 45 days')] });
    expect(facts.rights.verification?.evidence).toEqual([at('Authenticate and exercise')]);
  });

  it('has its privacy office contact', () => {
    expect(facts.contact.emails.map((e) => e.value)).toEqual(['privacyofficer@fusionconnect.com']);
    expect(facts.contact.phones).toMatchObject([{ value: '1-888-301-1721', plausible: true }]);
    expect(facts.contact.postal.map((p) => p.value)).toEqual(['Fusion Connect, Inc., 210 Interstate North Parkway, Suite 300, Atlanta, GA 30339']);
    expect(facts.contact.urls.map((u) => u.value)).toEqual(['https://www.fusionconnect.com/privacy/']);
  });

  it('keeps data as long as reasonably necessary, and is silent on selling', () => {
    expect(facts.retention.periods).toEqual([]);
    expect(facts.retention.policies.find((p) => p.kind === 'as-long-as-necessary')?.evidence).toEqual([at('as long as reasonably necessary')]);
    expect(facts.sale.stance).toBe('silent');
  });

  it('lets you unsubscribe at the subscription centre', () => {
    expect(facts.choices.find((c) => c.kind === 'marketing-opt-out')?.how).toContainEqual({ kind: 'url', value: 'https://www.fusionconnect.com/subscription-center/' });
  });

  it('is not directed to minors (under 18) and deletes their data', () => {
    const kinds = facts.children.statements.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['not-directed', 'deletes']));
    expect(facts.children.statements.find((s) => s.kind === 'min-age')?.age).toBe(18);
  });

  it('collects SSN/EIN, social-media logins and data from credit agencies', () => {
    expect(facts.collected.find((c) => c.kind === 'government-id')?.items).toEqual(['Social Security number', 'tax ID']);
    expect(facts.collected.map((c) => c.kind)).toEqual(expect.arrayContaining(['social-media', 'from-others']));
  });

  it('does not claim encryption just because a URL starts with https', () => {
    expect(facts.security.measures.map((m) => m.kind)).not.toContain('encryption');
  });
});
