// What the compare command calls a policy when it is not a seed: the name in its title, or the
// company it names for itself, never "Privacy Policy" alone.
import { describe, expect, it } from 'vitest';
import { nameFromText, nameFromTitle } from '../../src/cli/policy-name.ts';

describe('nameFromTitle', () => {
  it.each([
    ['Conifer Communications Privacy Policy', 'Conifer Communications'],
    ['Privacy Policy | Acme', 'Acme'],
    ["Fusion's Privacy Policy Statement", 'Fusion'],
    ['IP Phones for Business | Privacy Policy | Phone.com', 'Phone.com'],
    ['Privacy Notice – Example Holdings', 'Example Holdings'],
  ])('%s → %s', (title, name) => expect(nameFromTitle(title)).toBe(name));
  it.each(['Privacy Policy', 'Our Privacy Policy', 'Privacy Policy - Updated'])('%s names no one', (title) => expect(nameFromTitle(title)).toBeNull());
});

describe('nameFromText', () => {
  it.each([
    ['Fusion Connect, Inc., and its subsidiaries (collectively, "Fusion", "we")', 'Fusion Connect'],
    ['Acme Corp. (“Acme”, “we”) runs this site.', 'Acme'],
    ['Conifer Communications, Inc. understands the trust our customers place in us.', 'Conifer Communications'],
  ])('%s → %s', (text, name) => expect(nameFromText(text)).toBe(name));
  it('is null when the policy names no company', () => expect(nameFromText('We collect your email address when you sign up.')).toBeNull());
});
