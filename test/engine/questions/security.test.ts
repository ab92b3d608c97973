// How they protect it, read from sentences written for these tests: a measure is the provider's
// own and protects data (not a hashed email sent to ad platforms, not a processor's card-industry
// certificate, not a link), and a breach notice reaches the person.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function security(text: string) {
  return analyze({ text }).claims.security;
}

describe('security measures', () => {
  it('names the measures the provider takes', () => {
    expect(security('Sensitive user information is encrypted at rest.').measures.details.map((d) => d.text)).toEqual(['encryption']);
    expect(security('We implement security safeguards designed to protect your data, such as HTTPS.').measures.value).toBe('specific');
    expect(security('Our personnel are trained to follow data protection law.').measures.details.map((d) => d.text)).toEqual(['staff training']);
    expect(security('We have security and access policies that limit access to our systems.').measures.details.map((d) => d.text)).toEqual(['access limits']);
    expect(security('Acme complies with the Payment Card Industry Data Security Standard.').measures.value).toBe('specific');
  });

  it('does not take hashing for advertising, a link, or a processor’s certificate for a measure', () => {
    expect(security('We share your email address in a hashed format with advertising platforms so they can show you our ads.').measures.value).toBe('not-stated');
    expect(security('To read our security page, visit https://example.com/security.').measures.value).not.toBe('specific');
    expect(security('Card payments are handled by our payment processors, which adhere to PCI DSS.').measures.value).not.toBe('specific');
    expect(security('PCI DSS requirements help ensure the secure handling of card data.').measures.value).not.toBe('specific');
    expect(security('You should use a strong password and turn on encryption on your own devices.').measures.value).not.toBe('specific');
    expect(security('Acme UK Limited, 1 Principal Place, London, EC2A 2FA, is the controller of your data.').measures.value).not.toBe('specific');
    expect(security('We may restrict access to your account if you break our rules.').measures.value).not.toBe('specific');
    expect(security('We may transfer data to member countries of the APEC Cross Border Privacy Rules system.').measures.value).not.toBe('specific');
  });

  it('reads general words as general', () => {
    expect(security('We take the protection of your information very seriously.').measures.value).toBe('general');
    expect(security("We're always working to improve the safety and security of our systems.").measures.value).toBe('general');
  });
});

describe('breach notice', () => {
  it('reads a notice that reaches the person, however the breach is called', () => {
    expect(security('If there is a personal data breach that puts your rights at risk, we will inform you.')['breach-notice'].value).toBe('yes');
    expect(security('In the event of an incident affecting your personal information, we will act quickly to investigate it, contain it and notify you.')['breach-notice'].value).toBe('yes');
    expect(security('We will notify you and any applicable regulator of a suspected data security breach where the law requires it.')['breach-notice'].value).toBe('yes');
  });

  it('reads a notice to the regulator and then to the affected people, or to their parents', () => {
    expect(security('If a personal data breach is likely to put people at high risk, we will notify the data protection authority within 72 hours and the affected users without undue delay.')['breach-notice'].value).toBe('yes');
    expect(security('If we learn of a data breach, we will notify the school and the parents of the affected pupils.')['breach-notice'].value).toBe('yes');
    expect(security('If we learn of a data breach, we will notify the authority and cooperate with affected partners.')['breach-notice'].value).toBe('not-stated');
  });

  it('does not read a notice to a regulator alone, nor information about incidents', () => {
    expect(security('We will notify the supervisory authority of a data breach within 72 hours.')['breach-notice'].value).toBe('not-stated');
    expect(security('We use information about security incidents to improve our systems.')['breach-notice'].value).toBe('not-stated');
  });
});

describe('security: measures and notices in other words', () => {
  it('reads access kept to designated or authorised staff, and staff competence through training', () => {
    expect(security('Security\n\nWe limit the dissemination of your personal data to only such designated staff as need it for their work.').measures.details.map((d) => d.text)).toEqual(['access limits']);
    expect(security('Security\n\nPersonal data may only be processed by those employees who are authorised to do so by their job duties.').measures.value).toBe('specific');
    expect(security('We keep our staff’s data protection competence up to date through regular training.').measures.details.map((d) => d.text)).toEqual(['staff training']);
    expect(security('Security\n\nWe limit the data we collect to what we need.').measures.value).not.toBe('specific');
  });

  it('does not take email addresses hashed for ad matching for encryption', () => {
    expect(security('We may receive encrypted or hashed forms of your email address from our clients so that we can show you advertisements.').measures.value).toBe('not-stated');
    expect(security('A list of email addresses is irreversibly encrypted through hashing and uploaded to the social network, which builds a lookalike audience from it.').measures.value).toBe('not-stated');
    expect(security('Passwords are hashed, and your files are encrypted at rest.').measures.value).toBe('specific');
  });

  it('does not take safeguards for sending data abroad for security measures', () => {
    expect(security('If your data goes to a country without an adequacy decision, we will put suitable safeguards in place to protect it, such as standard contractual clauses. You can ask us for information regarding the relevant safeguard.').measures.value).toBe('not-stated');
    expect(security('We keep appropriate safeguards against loss and unauthorised access to your data.').measures.value).toBe('general');
  });

  it('does not take security named as a purpose of using data for a measure', () => {
    expect(security('We collect device data for troubleshooting, debugging, security monitoring and setting your language.').measures.value).toBe('not-stated');
    expect(security('We use your messages to keep a safe and secure environment for the community, as our legitimate interest.').measures.value).toBe('not-stated');
    expect(security('Our team runs security monitoring around the clock to spot intrusions.').measures.value).toBe('specific');
    expect(security('Your files are kept on secure servers.').measures.value).toBe('general');
  });

  it('does not take "safeguard our services" in a list of purposes, or "with safeguards" on sharing, for a measure', () => {
    expect(security('How we use data\n\nWe may process your data as needed to: - run the game; - safeguard our services; - comply with the law.').measures.value).toBe('not-stated');
    expect(security('To ensure the security and integrity of our app: for example, to detect and stop fraud, spam and other misuse.').measures.value).toBe('not-stated');
    expect(security('We may share data with trusted partners to run our services, but always with safeguards.').measures.value).toBe('not-stated');
    expect(security('To protect your data, we use appropriate safeguards.').measures.value).toBe('general');
    expect(security('We maintain safeguards to ensure the security of our systems.').measures.value).toBe('general');
    expect(security('We share data only with our service providers, and we protect it with appropriate safeguards against unauthorised access.').measures.value).toBe('general');
  });

  it('does not take the encrypted form of data handed to ad partners for a measure', () => {
    expect(security('Sharing your data for advertising\n\nAcme Audiences: email address (encrypted) and device IDs.').measures.value).toBe('not-stated');
    expect(security('We may share information about you with advertisers, usually in aggregated, encrypted or anonymised form, to measure campaigns.').measures.value).toBe('not-stated');
    expect(security('We send your files to our storage provider in encrypted form.').measures.value).toBe('specific');
  });

  it('does not take vendors bound by confidentiality agreements for staff training', () => {
    expect(security('We may share your data with contractors who work for us under confidentiality agreements.').measures.details.map((d) => d.text)).not.toContain('staff training');
    expect(security('We put requirements, such as confidentiality agreements, in place so that our service providers protect your data.').measures.details.map((d) => d.text)).not.toContain('staff training');
    expect(security('All our employees sign confidentiality agreements to protect your data.').measures.details.map((d) => d.text)).toContain('staff training');
  });

  it('does not take the person\'s own account password for an access limit', () => {
    expect(security('Security\n\nYou can see and edit some of your details in your account, which is protected by a password. We use reasonable measures to protect your data.').measures.value).toBe('general');
    expect(security('Security\n\nYour profile is protected by a password you choose.').measures.value).not.toBe('specific');
    expect(security('Security\n\nOur servers are protected by password protections and access controls.').measures.value).toBe('specific');
  });

  it('does not take countries taking part in the APEC privacy rules for the provider\'s certification', () => {
    expect(security('Security\n\nWe keep reasonable safeguards. Canada, Mexico and Singapore are participating in the APEC Cross Border Privacy Rules (CBPR) System.').measures.value).toBe('general');
    expect(security('Security\n\nOur practices comply with the APEC Cross Border Privacy Rules (CBPR) System.').measures.value).toBe('specific');
  });

  it('does not take sharing with other parties "on a need-to-know basis" for an access limit', () => {
    expect(security('Who gets your data\n\nWe may share your personal data on a need-to-know basis with the following parties: hosting providers, payment providers and our auditors.').measures.value).toBe('not-stated');
    expect(security('Security\n\nWe share your data with our employees only on a need-to-know basis.').measures.value).toBe('specific');
  });

  it('does not take what the customer’s own admins may do for the provider’s safeguard', () => {
    expect(security('Security\n\nAccount owners and administrators may also be able to view, change or restrict access to personal data in their workspace.').measures.value).not.toBe('specific');
  });

  it('reads a notice to affected people far after the breach it follows', () => {
    const text = 'Data security\n\nIf any information in our care is compromised as a result of a breach of our security, we will take steps to investigate the matter and fix the problem and, in accordance with applicable laws and regulations, may notify those individuals whose information was affected.';
    expect(security(text)['breach-notice'].value).toBe('yes');
    expect(security('Data security\n\nIf there is a breach of our security, we will investigate it promptly and report it to the supervisory authority as the law requires.')['breach-notice'].value).toBe('not-stated');
  });
});
