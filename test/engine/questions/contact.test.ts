// How to reach them: every way the policy gives (email, post in any country, phone, web form or
// contact link, privacy officer), none that belongs to a regulator, and a line that shows the
// addresses and numbers themselves. The policies here are written for the tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { QUESTION_MODULES } from '../../../src/engine/questions/index.ts';
import type { Claims } from '../../../src/engine/questions/types.ts';
import { normalizeForFacts } from '../../../src/engine/facts/context.ts';
import { CONTACT_PATTERNS, CONTACT_RULES } from '../../../src/rules/claims/contact.ts';

function contactOf(text: string): Claims['contact'] {
  return analyze({ text }).claims.contact;
}

function lineOf(text: string): string {
  const claim = contactOf(text);
  return QUESTION_MODULES.contact.lines(claim).map((l) => l.text).join(' ');
}

function routes(claim: Claims['contact']): string[] {
  return (['email', 'postal', 'phone', 'form', 'dpo'] as const).filter((r) => claim[r].value === 'yes');
}

// The claim-rule conventions (test/engine/questions/claim-rules.test.ts) for the contact rules
// the registry does not list yet: each example read through the contact claim.
describe.each(CONTACT_RULES.map((r) => [r.id, r] as const))('contact rule %s', (_id, rule) => {
  it('has a gloss, examples both ways and a stateless pattern', () => {
    expect(rule.gloss.trim().length).toBeGreaterThanOrEqual(8);
    expect(rule.examples.match.length).toBeGreaterThan(0);
    expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    expect(rule.pattern.flags).not.toMatch(/[gy]/);
  });
  it.each(rule.examples.match.map((s) => [s]))('reads: %s', (sentence) => {
    const claim = contactOf(sentence);
    expect(Object.values(claim).flatMap((a) => a.ruleIds)).toContain(rule.id);
  });
  it.each(rule.examples.noMatch.map((s) => [s]))('does not read: %s', (sentence) => {
    const claim = contactOf(sentence);
    expect(Object.values(claim).flatMap((a) => a.ruleIds)).not.toContain(rule.id);
  });
  it('lists anchors that every match contains', () => {
    if (!rule.anchors) return;
    for (const sentence of rule.examples.match) {
      const text = normalizeForFacts(sentence);
      if (rule.pattern.test(text)) expect(rule.anchors.some((a) => text.toLowerCase().includes(a))).toBe(true);
    }
  });
});

describe.each(CONTACT_PATTERNS.map((r) => [r.id, r] as const))('contact word finder %s', (_id, rule) => {
  it.each(rule.examples.match.map((s) => [s]))('matches: %s', (sentence) => expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(true));
  it.each(rule.examples.noMatch.map((s) => [s]))('does not match: %s', (sentence) => expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(false));
});

describe('contact: a "by email" link', () => {
  it('reads "by email" listed under the privacy officer as an email route', () => {
    const text = 'For any other questions about this policy, speak to our Data Protection Officer.\n\nby email\n\nby post: Example Ltd, 1 Example Street, London W1A 1AA';
    const claim = contactOf(text);
    expect(claim.email.value).toBe('yes');
    expect(claim.email.details[0]?.text).toBe('the "by email" link in the policy');
    expect(claim.postal.details[0]?.text).toBe('Example Ltd, 1 Example Street, London W1A 1AA');
  });
});

describe('contact: a "contact us" with no address', () => {
  it('reads it as their contact link only in the section on how to reach them', () => {
    const body = 'If you would like to exercise any of these rights, please contact us.';
    expect(routes(contactOf(`Your rights\n\nYou have the right to access your data. ${body}`))).toEqual([]);
    expect(routes(contactOf(`Your rights\n\nYou have the right to access your data.\n\nHow to contact us\n\n${body}`))).toEqual(['form']);
  });
});

describe('contact: what is not a form to ask through', () => {
  it('does not take a home page, or a contact form named as where they collect data', () => {
    expect(routes(contactOf('Example SAS\n\nhttps://www.examplecorp.com hello@examplecorp.com'))).toEqual(['email']);
    expect(contactOf('We collect your personal data because you have taken steps to enter into a contract with us (for instance, when you fill in a contact form to request information about our services).').form.value).toBe('not-stated');
  });
});

describe('contact: a privacy site named by its host', () => {
  it('reads "through privacy.example.com" in a request sentence as a form, not a help site elsewhere', () => {
    const claim = contactOf('If you are unable to use your account, please submit your request through privacy.examplecorp.com.');
    expect(claim.form.value).toBe('yes');
    expect(claim.form.details[0]?.text).toBe('privacy.examplecorp.com');
    expect(contactOf('Articles on help.examplecorp.com explain how the service works.').form.value).toBe('not-stated');
  });
});

describe('contact: addresses in any country', () => {
  it('reads an Irish address after "located at" and a "contact us" link, and shows the address', () => {
    const text = [
      'Example Ireland Limited, located at Example House, Barrow Street, Dublin 4, Ireland, is responsible for your information.',
      'Contact us',
      'If you have questions about this privacy policy, you can contact us.',
    ].join('\n\n');
    const claim = contactOf(text);
    expect(claim.postal.value).toBe('yes');
    expect(claim.postal.details[0]?.text).toBe('Example House, Barrow Street, Dublin 4, Ireland');
    expect(claim.form.value).toBe('yes');
    expect(lineOf(text)).toContain('Example House, Barrow Street, Dublin 4, Ireland');
    expect(lineOf(text)).not.toMatch(/see the policy/);
  });

  it('joins an address written over two short lines', () => {
    const text = 'The data controller is:\nExample ApS Examplegade 4, 2. sal\n1717 København V, Denmark\n\nWe process your data to provide the service.';
    const claim = contactOf(text);
    expect(claim.postal.value).toBe('yes');
    expect(claim.postal.details[0]?.text).toBe('Example ApS Examplegade 4, 2. sal, 1717 København V, Denmark');
  });

  it('reads a French address with its postcode before the city', () => {
    const claim = contactOf('Example SAS, located at 42 avenue de la Porte 75017, Paris, acts as data controller for the service.');
    expect(claim.postal.details[0]?.text).toBe('42 avenue de la Porte 75017, Paris');
  });

  it('does not read a date, or where servers are, as an address', () => {
    expect(contactOf('On November 3, 2025, Example updated our privacy policy.').postal.value).toBe('not-stated');
    expect(contactOf('Our servers are located in Frankfurt, Germany and Dublin, Ireland.').postal.value).toBe('not-stated');
  });
});

describe("contact: a regulator's address, number and site are not a way to reach them", () => {
  it('reads nothing from a complaint to the supervisory authority, and says so', () => {
    const text = [
      'You have the right to lodge a complaint with the Data Protection Commission, 21 Example Square South, Dublin 2, D02 RD28, Ireland, +353 1 765 0100, www.dataprotection.ie.',
      'For information on how to contact the Data Inspectorate, visit its website: https://www.datatilsynet.no.',
    ].join(' ');
    const claim = contactOf(text);
    expect(routes(claim)).toEqual([]);
    expect(lineOf(text)).toMatch(/gives no email/);
  });

  it('skips the lines listed under the authority, keeps the provider’s own', () => {
    const text = [
      'You can email our Data Protection Officer at dpo@examplecorp.com with any question about your data.',
      'If you are still unhappy, you can contact the Data Protection Commissioner.',
      'Contact details for the Data Protection Commissioner are:',
      'Phone: +353 1 765 0100',
    ].join('\n\n');
    const claim = contactOf(text);
    expect(claim.email.value).toBe('yes');
    expect(claim.phone.value).toBe('not-stated');
  });
});

describe('contact: email addresses hidden from the text', () => {
  it('reads "[email protected]" as an email, not its script link as a web form', () => {
    const text = 'If you have any questions about our privacy notice, you can email us at [[email protected]](https://www.example.ie/cdn-cgi/l/email-protection).';
    const claim = contactOf(text);
    expect(claim.email.value).toBe('yes');
    expect(claim.form.value).toBe('not-stated');
  });

  it('spells out "name (at) host"', () => {
    const claim = contactOf('All requests to correct or delete your data should be sent by email to privacy (at) examplecorp.org');
    expect(claim.email.details.map((d) => d.text)).toEqual(['privacy@examplecorp.org']);
  });
});

describe('contact: phone numbers', () => {
  it('reads a local number after "switchboard" or "call", and a number spelt with letters', () => {
    const claim = contactOf('Our main switchboard is (01) 2037000 if you have questions about your data. To see your information, call us at 1-800-EXAMPLE.');
    expect(claim.phone.details.map((d) => d.text)).toEqual(expect.arrayContaining(['(01) 2037000', '1-800-EXAMPLE']));
  });
});

describe('contact: web forms and contact pages', () => {
  it('does not read "contact us at support@…" as a support page', () => {
    const claim = contactOf('If you have questions about this privacy policy, please contact us at support@examplecorp.com.');
    expect(claim.email.value).toBe('yes');
    expect(claim.form.value).toBe('not-stated');
  });

  it('does not read "when you contact us through the contact form, we store …" as a form offered', () => {
    const claim = contactOf('When you contact us by email, chat or contact form, we store and process the data you provide in order to respond to your inquiry.');
    expect(claim.form.value).toBe('not-stated');
  });

  it('does not read a support team named where they say what they collect as a form offered', () => {
    expect(contactOf('Information you give us\n\nFor instance, when you contact our Customer Support Team, we will receive your name, your email address and what you tell us.').form.value).toBe('not-stated');
    expect(contactOf('Information you give us\n\nWe keep what members send us when they reach out for help, such as when they contact our support team.').form.value).toBe('not-stated');
  });

  it('does not read a support team given with its address as a form', () => {
    const claim = contactOf('Questions about your data\n\nTo ask for a copy of your data, please contact our support team at help@examplecorp.com.');
    expect(claim.email.value).toBe('yes');
    expect(claim.form.value).toBe('not-stated');
  });

  it('does not read a place to report security flaws or phishing as a form for privacy questions', () => {
    expect(contactOf('Security\n\nTo report a vulnerability in our apps or a phishing email, please contact us via the Security Response Center at help.examplecorp.com/security-response.').form.value).toBe('not-stated');
  });

  it('still reads a support team offered to ask through', () => {
    expect(contactOf('If you have questions about your personal data, please contact our Support Team.').form.value).toBe('yes');
  });

  it('does not read a link to terms, an EULA or a privacy policy as a form to ask through', () => {
    expect(contactOf('Questions about your data\n\nIf you have questions, please read our terms at https://legal.examplecorp.com/tos first, or contact us.').form.details.map((d) => d.text).join(' ')).not.toMatch(/\/tos/);
    expect(contactOf('Questions about your data\n\nFor questions about our partner apps, contact us or see https://partner.example.org/legal/privacy-policy.').form.details.map((d) => d.text).join(' ')).not.toContain('privacy-policy');
  });

  it('reads a privacy centre named for requests, with its web address', () => {
    const claim = contactOf('You may make requests to access or delete your personal information through our Privacy Center by visiting example.com/privacy/requests.');
    expect(claim.form.value).toBe('yes');
    expect(claim.form.details.map((d) => d.text)).toEqual(expect.arrayContaining(['example.com/privacy/requests']));
  });

  it('names the page in the line instead of "see the policy"', () => {
    const line = lineOf('If you have any questions about your personal data, please contact us on our Support Portal.');
    expect(line).toContain('Web: the Support Portal');
  });
});

describe('contact: which route is shown first', () => {
  it('shows the address offered for privacy questions before one for other matters', () => {
    const text = [
      'To report abuse of the service, write to abuse@examplecorp.com.',
      'If you have any questions about this privacy policy or your personal data, please contact privacy@examplecorp.com.',
    ].join(' ');
    const claim = contactOf(text);
    expect(claim.email.details[0]?.text).toBe('privacy@examplecorp.com');
    const deciding = claim.email.evidence[0];
    expect(analyze({ text }).sentences[deciding ?? -1]?.text).toContain('privacy@examplecorp.com');
  });
});
