// What you can ask for and how (test/claims/GUIDE.md "What you can do", clarification 5), read
// from short policies written for these tests: rights named outright or by GDPR article, rights
// the provider or others exercise (not yours), the ways a request is made (the sentence's own
// channels and words, what you do yourself, "you can also …", the contact section a rights
// passage sends you to), and the channels that do not count (complaints, appeals, questions).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { normalizeForFacts } from '../../../src/engine/facts/context.ts';
import { textFromMarkdown } from '../../../src/engine/text/markdown.ts';
import type { Claims } from '../../../src/engine/questions/types.ts';
import {
  CONTACT_REFERRAL, HOW_WORD_RULES, REQUEST_CUE, RIGHT_NAMED, RIGHTS_CONTEXT_MORE, RIGHTS_LEAD_IN, SELF_SERVICE, SETTINGS_PLACE,
} from '../../../src/rules/claims/rights.ts';

const rights = (text: string): Claims['rights'] => analyze({ text }).claims.rights;
const ways = (claim: Claims['rights']): string[] => [...new Set(claim.how.details.map((d) => d.kind ?? ''))].sort();

describe('rights named outright', () => {
  it('reads each item of a numbered list of rights after one that names what we hold', () => {
    const claim = rights('Your rights may include the right to (i) obtain a copy of your data; (ii) request correction of inaccurate data that we hold about you; (iii) request deletion of your data; (iv) request portability of your data.');
    expect([claim.access.value, claim.correct.value, claim.delete.value, claim.portability.value]).toEqual(['yes', 'yes', 'yes', 'yes']);
  });

  it('reads a long list of rights in the request-verb template, to its last item', () => {
    const items = ['access to your personal data', 'correction of the data we hold about you', 'erasure of your personal data', 'restriction of processing of your data'];
    const text = [
      'Your legal rights',
      'Under data protection laws you have the following rights:',
      ...items.map((x) => `Request ${x}. This lets you ask us about it. We may need to check who you are first.`),
      'Request the transfer of your personal data to you or to a third party. We will send it in a structured, machine-readable format.',
    ].join('\n\n');
    expect(rights(text).portability.value).toBe('yes');
  });

  it('reads the GDPR articles as the rights they are', () => {
    const claim = rights([
      'Your rights',
      'You have the right to obtain information about the personal data we store about you (Art. 15 GDPR), the right to correction (Art. 16 GDPR) and deletion (Art. 17 GDPR).',
      'You are also entitled to your right to data transferability (Art. 20 GDPR).',
    ].join('\n\n'));
    expect([claim.access.value, claim.correct.value, claim.delete.value, claim.portability.value]).toEqual(['yes', 'yes', 'yes', 'yes']);
  });

  it('reads "transfer" beside the other rights as taking your data elsewhere, not a transfer abroad', () => {
    expect(rights('We respect your ability to know, access, correct, transfer and delete your personal data.').portability.value).toBe('yes');
    expect(rights('You may review your data. We may transfer your personal data to other countries.').portability.value).toBe('not-stated');
  });

  it('reads a request for correction', () => {
    expect(rights('All requests for data correction or deletion should be sent by email to help@example.org.').correct.value).toBe('yes');
  });

  it('does not read what the provider or a cookie tool does as your right', () => {
    const claim = rights([
      'We reserve the right to access and share your personal information to protect our users.',
      'You can delete Flash cookies by changing the settings of the browser add-on.',
      'You can review this privacy policy at any time.',
    ].join('\n\n'));
    expect([claim.access.value, claim.delete.value]).toEqual(['not-stated', 'not-stated']);
  });

  it("counts parents' rights stated as rights, after the others", () => {
    const claim = rights([
      'Children under 13 may use the site with a parent. Parents have the right to:',
      "Review the information we hold about their child.",
      "Request that we delete their child's information.",
      'You may also request a copy of your personal data.',
    ].join('\n\n'));
    expect(claim.delete.value).toBe('yes');
    expect(claim.access.value).toBe('yes');
    expect(claim.access.evidence[0]).toBe(4);
  });
});

describe('how to make a request', () => {
  it('reads an email address the page hid, and not its protection link as a form', () => {
    const claim = rights('To exercise your rights, please reach out to [[email protected]](https://www.example.com/cdn-cgi/l/email-protection).\n\nYou have the right to erasure.');
    expect(ways(claim)).toEqual(['email']);
  });

  it('reads an address spelt out against spam', () => {
    expect(ways(rights('All requests for data correction or deletion should be sent by email to help (at) example.org'))).toEqual(['email']);
  });

  it('reads deleting your account yourself as settings', () => {
    expect(ways(rights('You can delete your account and the data with it at any time.'))).toEqual(['settings']);
  });

  it('reads ways named in words and "you can also" sentences after a request', () => {
    const claim = rights([
      'You can request a copy of your personal data through your online account, or by contacting us by phone.',
      'To exercise your rights, email us at privacy@example.com.',
      'You can also write to us at the address listed at the end of this policy.',
    ].join('\n\n'));
    expect(ways(claim)).toEqual(['email', 'phone', 'postal', 'settings']);
  });

  it('follows "contact us" to the contact section, and its address only when offered to write to', () => {
    const policy = (contact: string): string => [
      'Your rights',
      'You have a number of rights over your personal data, and you can contact us if you want to exercise any of these.',
      'You have the right to access your data.',
      'Contact us',
      contact,
    ].join('\n\n');
    expect(ways(rights(policy('If you have questions, email privacy@example.com or call 217-555-0182.')))).toEqual(['email', 'phone']);
    expect(ways(rights(policy('You can write to us at:\n\nExample Inc.\n\n135 Main St\n\nSpringfield, IL 62701')))).toEqual(['postal']);
    expect(ways(rights(policy('Example Inc., 135 Main St, Springfield, IL 62701, is the controller of your data.')))).toEqual([]);
  });

  it('does not take the contact section when the rights passage gives its own address', () => {
    const claim = rights([
      'To exercise your rights, contact us at privacy@example.com.',
      'You have the right to access your data.',
      'If you have other questions, call us at 217-555-0182.',
    ].join('\n\n'));
    expect(ways(claim)).toEqual(['email']);
  });

  it('does not count channels for complaints or appeals', () => {
    const claim = rights([
      'You have the right to access your data; email privacy@example.com.',
      'You may also lodge a complaint with the supervisory authority at www.regulator.example.org.',
      'You may contact us using the contact details above to appeal any decision we make.',
      'Contact us',
      'You can write to us at: Example Inc., 135 Main St, Springfield, IL 62701.',
    ].join('\n\n'));
    expect(ways(claim)).toEqual(['email']);
  });

  it('reads numbers with a country code and addresses abroad in the contact list a rights passage points to', () => {
    const claim = rights([
      'Your rights',
      'You have the right to access and delete your data. To exercise these rights, contact us using the details below.',
      'Contact us',
      'Our privacy team can be reached on the following contact details:',
      'Telephone: 020 7946 0321 (Monday to Friday, during office hours).',
      'You can also write to us at Example Ltd, 12 Harbour Street, London EC1A 1BB, United Kingdom.',
    ].join('\n\n'));
    expect(ways(claim)).toEqual(['phone', 'postal']);
  });

  it('takes only the kind of contact detail a referral points to', () => {
    const policy = (referral: string): string => [
      'Your rights',
      `You have the right to access your data. ${referral}`,
      'Contact us',
      'If you have questions, email privacy@example.com or call 217-555-0182.',
    ].join('\n\n');
    expect(ways(rights(policy('To exercise it, contact us at the email address below.')))).toEqual(['email']);
    expect(ways(rights(policy('To exercise it, contact us using the details below.')))).toEqual(['email', 'phone']);
  });

  it('does not read a home page as a form', () => {
    const claim = rights('You have the right to access your data. To exercise your rights, email privacy@example.com or see www.example.com.');
    expect(ways(claim)).toEqual(['email']);
  });

  it('reads what the service lets you do and logging in as ways you do it yourself', () => {
    expect(ways(rights('You have the right to correct your data. Most of our services allow you to change your account profile.'))).toEqual(['settings']);
    expect(ways(rights('You have the right to access your data, which you may use by logging into the service.'))).toEqual(['settings']);
  });

  it('reads "exercise your rights here" as a web form and a signed, written request as post', () => {
    expect(ways(rights('You have the right to access your data. You can exercise your privacy rights here.'))).toEqual(['form']);
    expect(ways(rights('You have the right to obtain a copy of your data once a year with a signed, written request.'))).toEqual(['postal']);
  });

  it('reads a registry extract as access, asked for by a signed, written request', () => {
    const claim = rights('Once a year you are entitled to obtain an extract from the registry showing the personal data we hold about you, free of charge with a signed, written request.');
    expect(claim.access.value).toBe('yes');
    expect(ways(claim)).toEqual(['postal']);
  });

  it('reads a customer-service team named as the way to ask as its contact page', () => {
    expect(ways(rights('You have the right to access your data. You can exercise these rights by contacting Customer Care.'))).toEqual(['form']);
    expect(ways(rights('You have the right to access your data. You can exercise these rights by contacting Customer Care at care@examplecorp.com.'))).toEqual(['email']);
  });

  it('reads "you can access these in your Privacy Settings" under a rights heading as settings', () => {
    const claim = rights('Your rights\n\nYou have the right to access and delete your personal data.\n\nWe give you tools to help you manage your data. You can access these in your Privacy Settings.');
    expect(ways(claim)).toEqual(['settings']);
  });

  it('reads a bare "contact us" in the contact section, with no address anywhere, as its link', () => {
    const policy = (heading: string): string => `Your rights\n\nYou have the right to access your data.\n\n${heading}\n\nIf you have requests related to your rights, you can contact us.`;
    expect(ways(rights(policy('How to exercise your rights and contact us')))).toEqual(['form']);
    expect(ways(rights(policy('Your choices')))).toEqual([]);
  });

  it('cites the request sentence first', () => {
    const text = [
      'We delete your data when you close your account (which you can start from your privacy dashboard).',
      'Requests about your personal information can be made by logging into your account and going to your privacy dashboard.',
    ].join('\n\n');
    const a = analyze({ text });
    expect(a.claims.rights.how.value).toBe('stated');
    expect(a.sentences[a.claims.rights.how.evidence[0] ?? -1]?.text).toMatch(/^Requests about/);
  });
});

// The word finders the rights question reads with (not in the claim-rule registry): their
// examples, both ways, on the text as the engine sees it.
describe.each([RIGHTS_CONTEXT_MORE, RIGHT_NAMED, RIGHTS_LEAD_IN, REQUEST_CUE, SELF_SERVICE, SETTINGS_PLACE, CONTACT_REFERRAL, ...HOW_WORD_RULES].map((r) => [r.id, r] as const))('word rule %s', (_id, rule) => {
  it.each(rule.examples.match.map((x) => [x]))('finds: %s', (sentence) => expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(true));
  it.each(rule.examples.noMatch.map((x) => [x]))('does not find: %s', (sentence) => expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(false));
});

describe('access that is not a right to see your data', () => {
  const access = (text: string): string => analyze({ text }).claims.rights.access.value;

  it('access to a device or purchases, revoked or lost, is not the right of access', () => {
    expect(access('Your choices\n\nTo keep your account safe, sign out of shared devices to revoke access and change your password.')).toBe('not-stated');
    expect(access('Your choices\n\nIf you close your account, you will lose access to your purchases and saved games.')).toBe('not-stated');
  });

  it('people given access to what you share viewing your profile is not your right', () => {
    expect(access('Your choices\n\nWhen you share a folder, members with permission to open it can view your profile details.')).toBe('not-stated');
    expect(access('Your choices\n\nWhen you share a folder, anyone with the link can view your profile details.')).toBe('not-stated');
  });

  it('reviewing documents, joining a group, using the service or fixing bugs is not the right to see or correct your data', () => {
    expect(access('Your choices\n\nIf you would like to review our privacy policies for our other products, please see the links below.')).toBe('not-stated');
    expect(access('Your choices\n\nWhen you request access to a private group, your profile may be shared with the group\'s leaders.')).toBe('not-stated');
    const claim = analyze({ text: 'Your choices\n\nWe may process your data as needed to enable you to access the Services and to correct errors and bugs.' }).claims.rights;
    expect([claim.access.value, claim.correct.value]).toEqual(['not-stated', 'not-stated']);
  });

  it('revoking our access to what you connected is not the right of access', () => {
    expect(access('Your choices\n\nIf you sign in with another service, you may revoke our access to that information at any time in that service\'s settings.')).toBe('not-stated');
  });

  it('still reads access given to you', () => {
    expect(access('Your choices\n\nWe give you access to your personal data on request.')).toBe('yes');
    expect(access('Your choices\n\nYou can view your profile information at any time in your settings.')).toBe('yes');
    expect(access('Your choices\n\nYou have the right to request access to the personal data we hold about you.')).toBe('yes');
  });
});

describe('portability that is not a right to take your data elsewhere', () => {
  const portability = (text: string): string => analyze({ text }).claims.rights.portability.value;

  it('the health-insurance law named in a list of exempt data is not the right to port', () => {
    const text = [
      '# Your California rights',
      'Under the state law, personal information does not include:',
      '* Records the government makes public;',
      '* Medical records governed by the Health Insurance Portability and Accountability Act (HIPAA), as amended; or',
      '* Data under other sector laws.',
      '## Right to know',
      'You may ask us what we hold about you.',
    ].join('\n\n');
    expect(portability(text)).toBe('not-stated');
  });

  it('still reads portability named as a right', () => {
    expect(portability('Your California rights\n\nThese rights do not cover data covered by the Health Insurance Portability and Accountability Act. You also have the right to data portability.')).toBe('yes');
    expect(portability('Your rights\n\nYou may ask for portability of the information you gave us.')).toBe('yes');
  });
});

describe('ways that are not offered to make a request', () => {
  it('a place to report security flaws is no way to make a request', () => {
    const { text, blocks } = textFromMarkdown([
      '## 7. Security',
      '### 7.3 If you find any security vulnerabilities in our products, please get in touch with us through our Product Security Advisory at https://www.examplecorp.com/security-advisory/.',
      '## 8. Your data',
      'If you have any requests about your personal data, such as access or deletion, you can contact us as described in the Contact us section.',
      '## 9. Contact us',
      'You can write to us at privacy@examplecorp.com.',
    ].join('\n\n'));
    const claim = analyze({ text, blocks }).claims.rights;
    expect(claim.access.value).toBe('yes');
    expect(claim.how.details.map((d) => d.text).join(' ')).not.toContain('security-advisory');
    expect(ways(claim)).toContain('email');
  });


  it('a support team given with its email address is the email, not a form', () => {
    const claim = rights('Your rights\n\nYou have the right to access and delete your data. To make a request, contact our support team at help@examplecorp.com.');
    expect(claim.access.value).toBe('yes');
    expect(ways(claim)).toEqual(['email']);
  });


  it('a link to terms of use or another privacy policy is no form to ask through', () => {
    const claim = rights('Your rights\n\nYou may ask us to access or delete your data at any time by writing to privacy@examplecorp.com; our terms at https://legal.examplecorp.com/eula?lang=en and https://games.example.org/legal/Privacy-Policy also apply.');
    expect(claim.access.value).toBe('yes');
    expect(claim.how.details.map((d) => d.text).join(' ')).not.toMatch(/eula|Privacy-Policy/);
    expect(ways(claim)).toContain('email');
  });


  it('a support team named where they say what they collect is no form to ask through', () => {
    const claim = rights('Your rights\n\nYou have the right to access and delete your personal data.\n\nWhen you ask for technical help or exercise any of your legal rights as a data subject, we may collect what you provide in communications with our support team.');
    expect(claim.access.value).toBe('yes');
    expect(ways(claim)).not.toContain('form');
  });
});
