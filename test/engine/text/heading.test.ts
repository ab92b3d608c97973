import { describe, expect, it } from 'vitest';
import { looksLikeHeading, looksLikeStandaloneHeading } from '../../../src/engine/text/heading.ts';

describe('looksLikeHeading', () => {
  it.each([
    ['What Information We Collect', 'Title Case'],
    ['Changes to this Privacy Policy', 'Title Case with minor words'],
    ['Rights under the California Consumer Privacy Act (CCPA)', 'Title Case with an acronym in brackets'],
    ['YOUR CALIFORNIA PRIVACY RIGHTS', 'ALL CAPS'],
    ['REVIEW, UPDATE, CORRECT, OR DELETE PERSONAL INFORMATION OR SENSITIVE PERSONAL INFORMATION', 'long ALL CAPS (seed 001)'],
    ['What Personal Data Do We Collect?', 'question'],
    ['Information We May Collect:', 'label with a colon'],
    ['Information shared within Fusion:', 'short sentence-case label with a colon'],
    ['[The Information We Collect](#)', 'markdown link (seed 000)'],
  ])('%s is a heading (%s)', (line, label) => {
    expect(looksLikeHeading(line), label).toBe(true);
  });

  it.each([
    ['We collect Personal Data when you use the Site.', 'a sentence'],
    ['County Micro Inc.', 'ends in a full stop'],
    ['Your Name;', 'a list item'],
    ['In some cases you have a', 'a broken PDF line'],
    ['Name, address, phone, IP address', 'a table cell in sentence case'],
    ['Information you give to us', 'sentence case needs to stand alone'],
    ['More details regarding our privacy policy is within the following:', 'a long lead-in with a colon'],
    ['184 South Livingston Avenue', 'an address line starting with a number'],
  ])('%s is not a heading (%s)', (line, label) => {
    expect(looksLikeHeading(line), label).toBe(false);
  });
});

describe('looksLikeStandaloneHeading', () => {
  it('accepts a short sentence-case line standing alone (seed 003)', () => {
    expect(looksLikeStandaloneHeading('Information you give to us'), 'sentence-case heading').toBe(true);
    expect(looksLikeStandaloneHeading('Information we collect automatically'), 'sentence-case heading').toBe(true);
  });

  it('still rejects prose and lead-ins', () => {
    expect(looksLikeStandaloneHeading('We reserve the right to update this privacy policy at anytime.'), 'sentence').toBe(false);
    expect(looksLikeStandaloneHeading('More details regarding our privacy policy is within the following:'), 'lead-in').toBe(false);
    expect(looksLikeStandaloneHeading('c/o Privacy Administrator'), 'lower-case start').toBe(false);
  });
});
