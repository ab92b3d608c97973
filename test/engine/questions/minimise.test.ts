// The minimisation promises on short policies written for the test: what counts as a promise
// that the service works without an account (GUIDE.md, Clarification 7), that it keeps no
// activity logs, and which sentence is cited first.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function minimise(text: string, key: 'no-logs' | 'e2e' | 'no-account'): { value: string; first: string } {
  const a = analyze({ text });
  const c = a.claims.minimise[key];
  return { value: c.value, first: a.sentences[c.evidence[0] ?? -1]?.text ?? '' };
}

describe('minimise: no account needed', () => {
  it('reads "you don\'t need an account" and cites the plain statement first', () => {
    const text = 'Accounts\n\nVisitors without an account can change their cookie settings at the bottom of the page. You don\'t need an account to read the forum.';
    expect(minimise(text, 'no-account')).toEqual({ value: 'yes', first: "You don't need an account to read the forum." });
  });

  it('reads "it is not necessary to create an account to use the app"', () => {
    expect(minimise('Accounts\n\nIt is not necessary to create an account to use the app; we do not ask for any personal information to use it.', 'no-account').value).toBe('yes');
  });

  it('reads "we do not ask visitors to provide their name or other contact information"', () => {
    expect(minimise('Our promise\n\nThe site does not ask any visitors to provide their name, address or other contact information in any way.', 'no-account').value).toBe('yes');
  });

  it('reads anonymous participation even when the network is the subject', () => {
    const text = 'Participation\n\nAlthough the network provides for anonymous and pseudonymous participation, some products require account registration.';
    expect(minimise(text, 'no-account').value).toBe('yes');
  });

  it('does not read people "without an account" as a promise that the service works without one', () => {
    const text = 'Verification\n\nBecause we only collect limited data about individuals without an account, we cannot verify requests from non-account holders.';
    expect(minimise(text, 'no-account').value).toBe('not-stated');
  });

  it('does not read "you do not need an account to submit a request"', () => {
    expect(minimise('Your rights\n\nYou do not need to have an account to submit a request to access your data.', 'no-account').value).toBe('not-stated');
  });

  it('does not read a named product\'s feature as the whole service', () => {
    const text = 'Example Launcher\n\nExample Launcher lets you log in with your personal account or work account or use it without any account.';
    expect(minimise(text, 'no-account').value).toBe('not-stated');
  });

  it('does not read "in cases where you do not have an account" as a promise', () => {
    const text = 'Scope\n\nThis includes information in cases where you are not logged in and in cases where you do not have an account.';
    expect(minimise(text, 'no-account').value).toBe('not-stated');
  });

  it('reads a policy that collects no contact details at all as needing no personal details', () => {
    const text = 'Privacy\n\nWhen you use our library website, no personally identifiable information is collected about you except for the IP address of your computer.';
    expect(minimise(text, 'no-account').value).toBe('yes');
  });
});

describe('minimise: no logs', () => {
  it('reads "without ... retention of your search history" as a promise', () => {
    const text = 'Our search engine\n\nOur search engine protects your privacy, without targeted advertising or retention of your search history.';
    expect(minimise(text, 'no-logs').value).toBe('yes');
  });

  it('does not read "we never store your texts or call history" as a no-logs promise', () => {
    const text = 'Phone companion app\n\nWe never store your texts, call history or photos on our servers.';
    expect(minimise(text, 'no-logs').value).toBe('not-stated');
  });

  it('does not read what a share-button plugin\'s company does not store as the provider\'s no-logs promise', () => {
    const text = 'Social buttons\n\nThis website shows the Acme Share Button. When you open a page, your browser connects to servers of Acme Ltd. Acme does not store any personal data about you; in particular, Acme does not store any IP addresses.';
    expect(minimise(text, 'no-logs').value).toBe('not-stated');
    expect(minimise('Social buttons\n\nThis website shows the Acme Share Button. We do not store any IP addresses of visitors.', 'no-logs').value).toBe('yes');
  });

  it('does not read "without logging in" or "in connection with" as a no-logs promise', () => {
    const text = 'Editing\n\nIf you edit a page without logging in, the edit is attributed to a temporary account. We do not collect any sensitive personal information in connection with our rewards program.';
    expect(minimise(text, 'no-logs').value).toBe('not-stated');
  });
});

describe('minimise: modern wordings (batch 2)', () => {
  it('reads use "without the processing of your personal data" and "we do not require you to register ... to use the website"', () => {
    expect(minimise('Your data\n\nYou can use the website without the processing of your personal data; we then cannot contact you.', 'no-account').value).toBe('yes');
    expect(minimise('Your data\n\nWe do not require you to register or otherwise actively provide personal information in order to use the website.', 'no-account').value).toBe('yes');
    expect(minimise('Customers\n\nOther customers include people who interact with Acme without an Acme account.', 'no-account').value).toBe('yes');
  });

  it('does not read use without an account as a promise when the policy collects personal data from non-account holders', () => {
    const text = 'Accounts\n\nOur services may be used without an Acme account. We will collect personal information from you even if you are a non-account holder.';
    expect(minimise(text, 'no-account').value).toBe('not-stated');
  });

  it('reads content encrypted with keys under the person\'s control as end-to-end', () => {
    expect(minimise('Security\n\nYour vault data is encrypted using secure keys under your control.', 'e2e').value).toBe('yes');
    expect(minimise('Security\n\nWe encrypt your data at rest with keys we manage.', 'e2e').value).toBe('not-stated');
  });

  it('does not read end-to-end encryption the provider only may apply in some services as a promise', () => {
    expect(minimise('Chats\n\nWe may store your chat history, and in some of our games we may apply end-to-end encryption to protect it.', 'e2e').value).toBe('not-stated');
    expect(minimise('Chats\n\nFor certain services, we may use end-to-end encryption.', 'e2e').value).toBe('not-stated');
    expect(minimise('Chats\n\nAll messages in our app are end-to-end encrypted.', 'e2e').value).toBe('yes');
  });
});
