// Whether others track you, read from short policies written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function tracking(text: string): string {
  return analyze({ text }).claims.tracking.tracking.value;
}

describe('tracking', () => {
  it('reads a denial made by the provider\'s own platform', () => {
    expect(tracking("Acme's advertising platform does not track you, and does not share device data with data brokers.")).toBe('no');
  });

  it('reads "does NOT allow web trackers" as the provider\'s denial', () => {
    expect(tracking('The Library does NOT use third-party data collection tools such as Google Analytics, and does NOT allow web trackers of any kind.')).toBe('no');
  });

  it('does not read one cookie\'s denial as the policy\'s', () => {
    expect(tracking('This cookie does not track your browsing history and expires after 7 days.')).toBe('not-stated');
  });

  it('reads third-party analytics and ad partners\' cookies as tracking', () => {
    expect(tracking('We use Google Analytics to understand how our site is used.')).toBe('yes');
    expect(tracking('Our advertising partners may place cookies on your device when you visit our site.')).toBe('yes');
  });
});
