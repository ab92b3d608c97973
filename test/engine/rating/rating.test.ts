// The grade: the scheme's cut-offs, what "the policy doesn't say" and "cannot apply" count for,
// reasons ordered by what moved the score, no grade without policy text, and two policies
// written for the test that any privacy expert would order the same way.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { CRITERIA, GRADE_CUTOFFS, gradeOf, rate, SCHEME_VERSION } from '../../../src/engine/rating/index.ts';
import { readClaims } from '../../../src/engine/questions/index.ts';
import { sentences } from '../facts/make.ts';

describe('the scheme', () => {
  it('has a version, unique criteria ids, and practices weighing most', () => {
    expect(SCHEME_VERSION).toBeGreaterThanOrEqual(2);
    expect(new Set(CRITERIA.map((c) => c.id)).size).toBe(CRITERIA.length);
    const weight = (g: string): number => CRITERIA.filter((c) => c.group === g).reduce((s, c) => s + c.weight, 0);
    expect(weight('practice')).toBeGreaterThan(weight('control'));
    expect(weight('control')).toBeGreaterThan(weight('transparency'));
  });

  it.each(GRADE_CUTOFFS.map(([g, min]) => [min, g] as const))('score %i is a %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});

// Written for this test: a service that keeps almost nothing, and an ad-funded one.
const MINIMAL = [
  'Privacy Policy',
  'We collect only your email address, to run your account.',
  'We do not keep logs of your activity or your IP address.',
  'We do not sell your personal data, and we do not share it with advertisers or any other third parties.',
  'We do not show ads and we do not use third-party trackers or analytics.',
  'We delete your account data within 30 days after you close your account.',
  'You can access, correct or delete your data at any time in your account settings, or by email to privacy@minimal.example.',
  'We encrypt all data in transit with TLS and at rest.',
  'If we change this policy, we will notify you by email before the change takes effect.',
  'If you have questions, contact us at privacy@minimal.example.',
].join('\n\n');

const AD_FUNDED = [
  'Privacy Policy',
  'We collect your name, email address, precise location, contacts and browsing activity.',
  'We sell your personal information to data brokers and share it with advertising partners.',
  'We use your data to show you personalized ads on our service and on other websites.',
  'Our advertising partners place cookies and pixels on our site to track you across websites.',
  'We may retain your personal information indefinitely.',
  'We may change this policy at any time without notice.',
  'We use the information we collect to operate and improve our services and to develop new products.',
  'We may also use your information for research and analytics purposes.',
].join('\n\n');

describe('ordering policies as experts would', () => {
  it('grades a minimal policy (no logs, no sharing, deletes on request) above an ad-funded one', () => {
    const minimal = analyze({ text: MINIMAL }).rating;
    const adFunded = analyze({ text: AD_FUNDED }).rating;
    expect(minimal.grade, 'both graded').not.toBeNull();
    expect(adFunded.grade).not.toBeNull();
    expect(minimal.score ?? 0).toBeGreaterThan((adFunded.score ?? 0) + 30);
    expect(minimal.grade && 'AB'.includes(minimal.grade), `minimal is ${minimal.grade}`).toBe(true);
    expect(adFunded.grade && 'DE'.includes(adFunded.grade), `ad-funded is ${adFunded.grade}`).toBe(true);
  });

  it('explains the grade by the reasons that moved it most, each citing its sentences', () => {
    const { reasons } = analyze({ text: AD_FUNDED }).rating;
    const moved = reasons.filter((r) => r.known);
    expect(moved.slice(0, 3).map((r) => r.criterion)).toEqual(expect.arrayContaining(['sale']));
    for (let i = 1; i < reasons.length; i++) expect(Math.abs(reasons[i - 1]?.points ?? 0)).toBeGreaterThanOrEqual(Math.abs(reasons[i]?.points ?? 0));
    // A finding cites its sentences; an absence found after looking ("gives no way to contact it") has none to cite.
    for (const r of moved) expect(r.evidence.length > 0 || /^(?:Gives no|Doesn't)/.test(r.text), `${r.criterion} cites its sentences`).toBe(true);
  });
});

describe('what silence and impossibility count for', () => {
  it('"doesn\'t say" is unknown at low weight, never the worst answer', () => {
    const silent = rate(readClaims(sentences('We collect your email address to run your account.', 'We use it to send you receipts.')), []);
    const saysNo = silent.reasons.find((r) => r.criterion === 'sale');
    expect(saysNo?.known).toBe(false);
    expect(saysNo?.flag).toBeUndefined();
  });

  it('a service with no account and no logs is not marked down for having nothing to delete', () => {
    const all = sentences('You can use our search engine without creating an account.', 'We do not keep logs of your searches or IP addresses.');
    const rating = rate(readClaims(all), all);
    expect(rating.reasons.map((r) => r.criterion)).not.toContain('deletion');
    expect(rating.reasons.find((r) => r.criterion === 'minimisation')?.flag).toBe('good');
  });

  it('a service with no account and no logs is not marked down for posting changes or for no breach notice', () => {
    const keepsNothing = sentences('You can use our search engine without creating an account.', 'We do not keep logs of your searches or IP addresses.', 'We may update this policy from time to time and will post the new version on this page.');
    const criteria = rate(readClaims(keepsNothing), keepsNothing).reasons.map((r) => r.criterion);
    expect(criteria).not.toContain('changes');
    expect(criteria).not.toContain('breach');
    // With an account there is someone to tell: both are graded.
    const account = sentences('You need an account to use our service.', 'We may update this policy from time to time and will post the new version on this page.');
    const graded = rate(readClaims(account), account).reasons;
    expect(graded.find((r) => r.criterion === 'changes')?.known).toBe(true);
    expect(graded.map((r) => r.criterion)).toContain('breach');
  });

  it('opt-outs are not graded when there is nothing but marketing mail to opt out of', () => {
    const all = sentences('We do not sell your personal data.', 'We do not use your data for advertising.', 'You can unsubscribe from our newsletter at any time.');
    const rating = rate(readClaims(all), all);
    expect(rating.reasons.map((r) => r.criterion)).not.toContain('opt-outs');
    const ads = sentences('We use your data to show you personalised ads.', 'You can unsubscribe from our newsletter at any time.');
    expect(rate(readClaims(ads), ads).reasons.map((r) => r.criterion)).toContain('opt-outs');
  });

  it('periods for some data beside "as long as needed" for the rest score below periods alone', () => {
    const periods = sentences('We delete your search history after 6 months.');
    const both = sentences('We delete your search history after 6 months.', 'We keep other personal data for as long as necessary to provide the service.');
    const score = (all: ReturnType<typeof sentences>): unknown => rate(readClaims(all), all).reasons.find((r) => r.criterion === 'retention')?.points;
    expect(score(periods)).toEqual(expect.any(Number));
    expect(score(both)).toBeLessThan(score(periods) as number);
  });

  it('says how sure it is: the share of the weight the policy answers', () => {
    expect(analyze({ text: MINIMAL }).rating.confidence).toBeGreaterThan(analyze({ text: 'Privacy Policy\n\nWe collect your email address. We use it to send you receipts. We keep your data safe. We may share data with partners. Contact us with questions. This policy may change. You can ask us questions. We take privacy seriously.' }).rating.confidence);
  });
});

// Criteria of scheme version 4, each on sentences written for the test.
describe('scheme version 4', () => {
  const points = (criterion: string, ...text: string[]): number | undefined => {
    const all = sentences(...text);
    return rate(readClaims(all), all).reasons.find((r) => r.criterion === criterion && r.known)?.points;
  };

  it('periods for some data beside "may keep some indefinitely" score between the two', () => {
    const indefinite = points('retention', 'We may retain your personal information indefinitely.');
    const both = points('retention', 'We delete your search history after 6 months.', 'We may keep the email address of a suspended account indefinitely to prevent abuse.');
    const periods = points('retention', 'We delete your search history after 6 months.');
    expect(indefinite).toEqual(expect.any(Number));
    expect(both).toBeGreaterThan(indefinite as number);
    expect(both).toBeLessThan(periods as number);
  });

  it('a denial of sale "except as provided below" earns less than a plain denial, more than a conditional one', () => {
    const plain = points('sale', 'We do not sell your personal information.');
    const excepted = points('sale', 'We do not sell your personal information to anyone, except as provided in this section.');
    const conditional = points('sale', 'We do not sell your personal information in the conventional sense, but sharing for targeted ads may be considered a sale under California law.');
    expect(plain).toEqual(expect.any(Number));
    expect(excepted).toBeLessThan(plain as number);
    expect(excepted).toBeGreaterThan(conditional as number);
  });
});

describe('credit for collecting little', () => {
  // Written for this test: a service that already does well, and the same with ads and trackers.
  const GOOD = [
    'Privacy Policy',
    'We collect your email address and the messages you send, to run your account.',
    'We do not sell your personal data, and we do not share it with advertisers or any other third parties.',
    'We do not show ads and we do not use third-party trackers or analytics.',
    'We keep your data for as long as your account is open.',
    'You can delete your account at any time in your account settings.',
    'We encrypt all data in transit with TLS.',
    'If we change this policy, we will post the new version on this page.',
    'If you have questions, contact us at privacy@example.org.',
  ];
  const WITH_ADS = GOOD.map((line) => (/show ads/.test(line) ? 'We use your data to show you personalised ads, and our advertising partners place cookies on our site.' : line));
  const NO_LOGS = 'We do not keep logs of your activity or your IP address.';
  const E2E = 'Your messages are end-to-end encrypted, so we cannot read them.';
  const score = (lines: string[], ...promises: string[]): number => analyze({ text: [...lines, ...promises].join('\n\n') }).rating.score ?? 0;

  it('a promise to collect little raises even a policy that already does well', () => {
    expect(score(GOOD), 'already better than most').toBeGreaterThan(80);
    expect(score(GOOD, NO_LOGS)).toBeGreaterThan(score(GOOD));
  });

  it('more promises raise the score more', () => {
    expect(score(WITH_ADS, NO_LOGS)).toBeGreaterThan(score(WITH_ADS));
    expect(score(WITH_ADS, NO_LOGS, E2E)).toBeGreaterThan(score(WITH_ADS, NO_LOGS));
  });
});

describe('only real policy text is graded', () => {
  it.each([
    ['a 404 page', 'Not found\n\nThe page you are looking for does not exist. Go back to the home page.'],
    ['a loading shell', 'Loading…'],
    ['a cookie banner', 'We use cookies to improve your experience. Accept all cookies or manage your preferences.'],
  ])('%s gets no grade, and says why', (_name, text) => {
    const rating = analyze({ text }).rating;
    expect(rating.grade).toBeNull();
    expect(rating.score).toBeNull();
    expect(rating.notGraded).toMatch(/not enough policy text/);
  });
});
