// The date a policy gives for itself, from lines written for these tests: the usual "Last
// updated" wordings, "applies from", other languages' "updated", a closing version line, and the
// revision date preferred over an effective date beside it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { policyDateLine } from '../../../src/engine/policy-date.ts';

const BODY = 'We collect your email address to send you receipts. We keep it for as long as you have an account.';

function dateOf(text: string) {
  return analyze({ text }).policyDate;
}

describe('the policy date', () => {
  it('reads the usual wordings, as written and as an ISO date', () => {
    expect(dateOf(`Last updated: January 4, 2023\n\n${BODY}`)).toMatchObject({ text: 'January 4, 2023', iso: '2023-01-04' });
    expect(dateOf(`Last Updated on: 12 March 2024\n\n${BODY}`)).toMatchObject({ text: '12 March 2024', iso: '2024-03-12' });
    expect(dateOf(`${BODY}\n\nWe last updated this Privacy Policy on May 1, 2024.`)).toMatchObject({ text: 'May 1, 2024', iso: '2024-05-01' });
  });

  it('does not take a past version\'s "effective from … until …" for the policy\'s date', () => {
    const text = `${BODY}\n\nEarlier versions\n\n* Policy (2019 - 2022): effective from March 3, 2019, until May 9, 2022\n\n* Policy (2016 - 2019): effective from June 2016 to March 3, 2019`;
    expect(dateOf(text)).toBeNull();
    expect(dateOf(`Effective from May 9, 2022\n\n${BODY}`)?.text).toBe('May 9, 2022');
  });

  it('reads "applies from" and other languages', () => {
    expect(dateOf(`This Privacy Policy applies from April 4, 2026. The previous version applies until then.\n\n${BODY}`)?.text).toBe('April 4, 2026');
    expect(dateOf(`${BODY}\n\nMise à jour : 20/08/2026`)).toMatchObject({ text: '20/08/2026', iso: '2026-08-20' });
    expect(dateOf(`${BODY}\n\nStand: 01.03.2024`)).toMatchObject({ text: '01.03.2024', iso: '2024-03-01' });
  });

  it('reads a month and year joined by a dash or given as numbers', () => {
    expect(dateOf(`Last revised APRIL-2024\n\n${BODY}`)).toMatchObject({ text: 'APRIL-2024', iso: null });
    expect(dateOf(`${BODY}\n\nLast update: 04 - 2021.`)).toMatchObject({ text: '04 - 2021', iso: null });
    expect(dateOf(`${BODY}\n\nWe updated our systems in 2021 and keep data for 13 - 2021 users.`)).toBeNull();
  });

  it('reads "last update", "revision date", "effective starting" and markup around the date', () => {
    expect(dateOf(`Privacy Policy (Last update 19.01.2023)\n\n${BODY}`)?.text).toBe('19.01.2023');
    expect(dateOf(`Revision Date: February 14th, 2025\n\n${BODY}`)).toMatchObject({ text: 'February 14th, 2025', iso: '2025-02-14' });
    expect(dateOf(`Effective starting: August 17, 2026\n\n${BODY}`)?.text).toBe('August 17, 2026');
    expect(dateOf(`Last Updated: _July 22, 2026_\n\n${BODY}`)?.text).toBe('July 22, 2026');
  });

  it('finds "Last updated" past a long table of contents, but not a law\'s effective date', () => {
    const contents = Array.from({ length: 30 }, (_, k) => `Section ${k + 1} explains one more thing about your data.`).join(' ');
    expect(dateOf(`${contents}\n\nLast revised: May 23, 2025\n\n${contents}`)?.text).toBe('May 23, 2025');
    expect(dateOf(`${contents}\n\nThe CCPA, effective January 1, 2020, gives you rights.\n\n${contents}`)).toBeNull();
  });

  it('reads a closing version line and a dated title', () => {
    expect(dateOf(`${BODY}\n\nAcme Bikes, February 2024, version 1.2`)?.text).toBe('February 2024');
    expect(dateOf(`Privacy Notice – 1 May 2024\n\n${BODY}`)?.text).toBe('1 May 2024');
  });

  it('prefers the revision date to an effective date beside it', () => {
    expect(dateOf(`Effective: July 1, 2026. Last Revised: May 26, 2026.\n\n${BODY}`)).toMatchObject({ text: 'May 26, 2026', iso: '2026-05-26' });
  });

  it('leaves an ambiguous month and day without an ISO date', () => {
    expect(dateOf(`Last updated 04/05/2024\n\n${BODY}`)).toMatchObject({ text: '04/05/2024', iso: null });
  });

  it('says nothing when the policy gives no date', () => {
    expect(dateOf(BODY)).toBeNull();
  });

  it('is worded for the popup', () => {
    const date = dateOf(`Last updated: January 4, 2023\n\n${BODY}`);
    expect(date && policyDateLine(date)).toBe('Updated January 4, 2023');
  });
});
