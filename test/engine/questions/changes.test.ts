// The changes claim on short policies written for the test: which routes tell a person of a
// change, which only post it, and which sentences are not about changing the policy at all.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { CHANGE_MAY_UPDATE } from '../../../src/rules/claims/changes.ts';

function changes(text: string): { value: string; first: string } {
  const a = analyze({ text });
  const c = a.claims.changes.changes;
  return { value: c.value, first: a.sentences[c.evidence[0] ?? -1]?.text ?? '' };
}

describe('changes: notice', () => {
  it('reads an email beside revising the date as a notice, citing the email first', () => {
    const text = 'Changes to this policy\n\nWe may change this policy from time to time. If we do, we will let you know by revising the date at the top of the policy. If the changes are material, we may also notify you by sending an email to the address on your account.';
    const c = changes(text);
    expect(c.value).toBe('notice');
    expect(c.first).toMatch(/sending an email/);
  });

  it('reads prior notice by updating the website or sending an email as a notice', () => {
    expect(changes('Updates\n\nWe will give at least 30 days prior notice of material changes to this policy by updating our website or sending an email.').value).toBe('notice');
  });

  it('reads "advanced notice" and a banner on the site as a notice', () => {
    expect(changes('Changes\n\nWe revise the date at the top when we change this policy. For big changes we will try to give advanced notice, for example with a banner on the site.').value).toBe('notice');
    expect(changes('Changes\n\nWe revise the date at the top when we change this policy. If a change matters, we will post a banner on our website.').value).toBe('notice');
  });

  it('reads "reasonable notice of material changes" as a notice', () => {
    expect(changes('We post any changes to our Privacy Policy on this page and, where appropriate, we will provide you with reasonable notice of material changes.').value).toBe('notice');
  });

  it('reads a change in how data is used, announced by email, as a notice', () => {
    expect(changes('If we make changes in the way we use personal data, we will notify you by posting an announcement on the service or sending you an email.').value).toBe('notice');
  });

  it('reads asking new consent, two sentences after the policy says it changes, as a notice', () => {
    const text = 'This privacy policy may undergo updates as we improve the site. We suggest you visit this page from time to time. If relevant changes are made that require new consent, we will publish the update and request new consent.';
    expect(changes(text).value).toBe('notice');
  });

  it('cites the sentence under the changes heading before a purpose list that mentions changes', () => {
    const text = [
      'How we use your data',
      'We use your contact details to manage our relationship with you, which includes notifying you about changes to our terms or this privacy policy.',
      'Changes to this policy',
      'If we make material changes to this policy, we will notify you by email before they take effect.',
    ].join('\n\n');
    const c = changes(text);
    expect(c.value).toBe('notice');
    expect(c.first).toMatch(/^If we make material changes/);
  });

  it('reads a notice posted on the service as a notice, but the revised policy posted on the page as posting', () => {
    expect(changes('Changes\n\nIf we change this policy, we will notify you by posting a notice on our services before the change applies.').value).toBe('notice');
    expect(changes('Changes\n\nWe will notify you of changes to this policy by posting the revised policy on this page.').value).toBe('posted');
  });

  it('reads "we may choose to notify you by email" as a notice (our choice, not a right)', () => {
    expect(changes('Changes to this policy\n\nIf changes are significant, we may choose to notify you by email.').value).toBe('notice');
  });
});

describe('changes: posted', () => {
  it('reads "we will let you know by revising the date" alone as posted', () => {
    expect(changes('Changes\n\nIf we change this policy, we will let you know by revising the date at the top of the policy.').value).toBe('posted');
  });

  it('reads prior notice given only by posting on the website as posted', () => {
    expect(changes('Policy updates\n\nIf a change to this policy requires notice by law, we will provide you with 30 days prior notice by posting notice of the change on our website.').value).toBe('posted');
  });

  it('reads "we will update this privacy policy as needed" as posted', () => {
    expect(changes('Updates\n\nWe will update this privacy policy as needed so that it stays accurate.').value).toBe('posted');
  });

  it('reads "any modification will be posted on this page" as posted', () => {
    expect(changes('Any modification will be posted on this page, so as to keep you informed.').value).toBe('posted');
  });

  it('does not read a third party’s notice of a different use as ours', () => {
    const text = 'Sharing\n\nIf your personal data is later used in a manner different from that described in this Privacy Policy, we ask the third party to notify you in advance.\n\nChanges\n\nWe will post a revised version of this Privacy Policy on the website.';
    expect(changes(text).value).toBe('posted');
  });

  it('reads our email about using data in a manner different from that stated as a notice', () => {
    expect(changes('If we are going to use your information in a manner different from that stated at the time of collection, we will notify you via email.').value).toBe('notice');
  });

  it('does not read emails about account changes as notice of policy changes', () => {
    const text = 'Notification of changes\n\nWe will post a revised version of this Privacy Policy on the website.\n\nAccount emails\n\nIf you gave us an email address, we may send you emails to inform you of important changes to your account.';
    expect(changes(text).value).toBe('posted');
  });
});

describe('changes: notice only if the law requires it, consent for changed use, advance posting', () => {
  it('reads a notice promised only "if required by law" as posted (clarification 10)', () => {
    const text = 'Changes\n\nIf we make changes to this policy, we will tell you by revising its date and posting it on the site. Where required by applicable law, we will also notify you of the change in another way, such as by email.';
    expect(changes(text).value).toBe('posted');
  });

  it('reads notice or consent only "if we are required by law" or "where the law requires it" as posted', () => {
    expect(changes('Changes\n\nWe will publish any new version of this policy on this page with its date. If we are required by applicable law to ask for your consent to material changes, we will do so as the law says.').value).toBe('posted');
    expect(changes('Changes\n\nWe publish the new version of this policy here. Where the law requires it, we will tell you about the changes; and where the law requires it, we will also seek your consent to them.').value).toBe('posted');
    expect(changes('Changes\n\nWe publish the new version of this policy here. Where necessary or required under law, we will inform you of the new terms to ask for your consent again.').value).toBe('posted');
  });

  it('reads a notice with the law\'s condition after it ("inform you if required by law") as posted', () => {
    expect(changes('Changes\n\nIf we change this policy in a material way, we will publish the new version on our site and may take other steps to inform you of the changes if required by applicable privacy laws.').value).toBe('posted');
  });

  it('keeps a notice offered as one route among others, the law naming another', () => {
    expect(changes('Changes\n\nIf we change this policy materially, we will tell you with a notice in the app before it applies or, if required by law, by email.').value).toBe('notice');
    expect(changes('Changes\n\nFor material changes to this policy we will make reasonable efforts to notify you and take further steps where required by law.').value).toBe('notice');
  });

  it('still reads a plain email notice as a notice when the law is named elsewhere in the sentence', () => {
    expect(changes('Changes\n\nWe will notify you by email of material changes to this policy, and we will keep earlier versions as required by law.').value).toBe('notice');
  });

  it('reads consent before using data in a materially different way as a notice, citing it', () => {
    const text = 'Updates to this policy\n\nWhen we change this policy we will publish the new version on this page with a new date. We will not, without your consent, use your personal data in a way materially different from what we told you when we collected it.';
    const c = changes(text);
    expect(c.value).toBe('notice');
    expect(c.first).toMatch(/without your consent/);
  });

  it('reads "no less protective change without your consent" as a notice', () => {
    const text = 'Changes to this notice\n\nThis notice will change as our services do, so check this page often. We will never change this notice to make it less protective of data we already hold without the consent of the people it concerns.';
    expect(changes(text).value).toBe('notice');
    expect(changes('Changes\n\nWe will post changes to this policy here. Some countries have laws less protective than yours, and we transfer data without your consent only where the law allows it.').value).toBe('posted');
  });

  it('reads "the old notice governs your data unless you consent to the new notice" as a notice', () => {
    expect(changes('Changes to this notice\n\nWe may change this notice. If changes are material, the notice in force when you gave us your data will govern it unless you consent to the new notice.').value).toBe('notice');
  });

  it('reads "significant changes will be communicated" as a notice', () => {
    expect(changes('This privacy notice may be updated from time to time. Any significant changes will be communicated to you, and the latest version is always available in the app.').value).toBe('notice');
  });

  it('reads "without prior notice" beside posting the revised policy before it applies as posted', () => {
    const text = 'Changes to this policy\n\nWe may change this policy at any time without prior notice to you, and changes take effect when posted. If we make material changes, we will post an updated policy on the website before the changes become effective.';
    expect(changes(text).value).toBe('posted');
  });

  it('keeps "without notice" when nothing is posted ahead', () => {
    expect(changes('Changes to this policy\n\nWe may change this policy at any time without notice to you.').value).toBe('without-notice');
  });
});

// CHANGE_MAY_UPDATE is not in the claim rule registry (src/rules/claims/index.ts), so its
// examples are read here the way claim-rules.test.ts reads registered rules.
describe('claim rule change.may-update', () => {
  const ids = (sentence: string): string[] => analyze({ text: sentence }).claims.changes.changes.ruleIds;
  it.each(CHANGE_MAY_UPDATE.examples.match.map((s) => [s]))('reads: %s', (sentence) => {
    expect(ids(sentence)).toContain(CHANGE_MAY_UPDATE.id);
  });
  it.each(CHANGE_MAY_UPDATE.examples.noMatch.map((s) => [s]))('does not read: %s', (sentence) => {
    expect(ids(sentence)).not.toContain(CHANGE_MAY_UPDATE.id);
  });
});
