// The children claim on short policies written for the test: which statements set a minimum
// age, which say the service is for children, and which only look like it.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';

function children(text: string): { value: string; age: number | undefined; first: string } {
  const a = analyze({ text });
  const c = a.claims.children.children;
  return { value: c.value, age: c.details[0]?.amount, first: a.sentences[c.evidence[0] ?? -1]?.text ?? '' };
}

describe('children: minimum age', () => {
  it('reads a ban on accounts as a minimum age', () => {
    expect(children('Our Rules\n\nChildren under the age of 13 are not allowed to create an account or use the app.')).toMatchObject({ value: 'min-age', age: 13 });
  });

  it('reads "restricted to people 18 or older" and "we do not permit anyone under 18"', () => {
    const text = 'Who may use the app\n\nThe app is restricted to individuals who are 18 years of age or older. We do not permit individuals under the age of 18 on the platform.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 18 });
  });

  it('reads "we do not knowingly offer the service to anyone under 16" over "not intended for children"', () => {
    const text = 'Children\n\nThe forum is not intended for children. We do not knowingly offer the forum or any other product to anyone under the age of 16.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 16 });
  });

  it('does not read the age given for selling minors’ data as the service’s minimum age', () => {
    const text = [
      'Children',
      'Our sites are not directed to children under the age of 18.',
      'State privacy rights',
      'We do not sell or share personal information, including that of children under the age of 16.',
      'We do not knowingly sell the personal information of consumers under 13 years of age.',
    ].join('\n\n');
    expect(children(text)).toMatchObject({ value: 'min-age', age: 18 });
  });

  it('says nothing when the only ages are about selling minors’ data', () => {
    expect(children('We do not knowingly sell or share personal information related to children under 16 years of age.').value).toBe('not-stated');
  });

  it('does not read an age for selling or ad-profiling minors\' data written long-hand or as "PI"', () => {
    const text = [
      'Children',
      'Our apps and websites do not target or knowingly collect any personal data from children under the age of 13.',
      'Your state rights',
      'We do not sell or use for profiling or for targeted advertising the personal information of teenagers we know to be under 18 years of age.',
    ].join('\n\n');
    expect(children(text)).toMatchObject({ value: 'min-age', age: 13 });
    expect(children('The company does not knowingly Sell or Share PI of consumers under 16 years of age.').value).toBe('not-stated');
  });

  it('reads common gate wordings: "if you are under 13, do not use", representations, prohibitions', () => {
    expect(children('If you are under 13, please do not use the app or send us any personal information.')).toMatchObject({ value: 'min-age', age: 13 });
    expect(children('By using the services, you represent that you are at least 18 years of age.')).toMatchObject({ value: 'min-age', age: 18 });
    expect(children('Use of the app by anyone under 16 is prohibited.')).toMatchObject({ value: 'min-age', age: 16 });
    expect(children('The service is not available to persons under the age of 13.')).toMatchObject({ value: 'min-age', age: 13 });
    expect(children('The service is intended for users who are at least 18 years old.')).toMatchObject({ value: 'min-age', age: 18 });
  });

  it('takes the lowest general age: "not intentionally gather data under 13" beside terms requiring 18', () => {
    const text = 'Minors. We do not intentionally gather information from visitors who are under the age of 13 (or under the age of 16 in the EEA). Our Terms of Service require all users to be at least 18 years old. Minors of 13 to 17 may use a parent’s account under supervision.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 13 });
  });

  it('takes the service’s own minimum age over a lower age below which it does not knowingly collect data', () => {
    const text = 'Children\n\nWe restrict the use of our services to individuals age 18 and above. We do not intentionally collect or keep personal data from children under the age of 16.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 18 });
    expect(children(text).first).toMatch(/age 18 and above/);
  });

  it('still takes the lower age when younger people may use the service with a parent’s consent', () => {
    const text = 'Children\n\nYou must be 18 or older to open an account. We do not knowingly collect data from children under 13. Teens of 13 to 17 may join only with the consent of a parent.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 13 });
  });

  it('reads "anyone aged 13 or over can create an account" and an age from which the service is available', () => {
    expect(children('Accounts\n\nAnyone aged 13 or over can create an account.')).toMatchObject({ value: 'min-age', age: 13 });
    const text = 'Who may use the app\n\nThe app is available for individuals from the age of five. Parental consent is required for users under 13. A verified age check can restrict unwanted access to services directed at children.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 5 });
  });

  it('does not read parental involvement for teens as a minimum age', () => {
    expect(children('If you are under 18, you may use the service only with the involvement of a parent or guardian.').value).toBe('not-stated');
  });

  it('does not read teen protections or an age of majority as a minimum age', () => {
    const text = 'Young people\n\nWe give accounts of users under the age of majority (under 18 in most countries) extra protections, and we do not show them personalised ads.';
    expect(children(text).value).not.toBe('min-age');
  });

  it('does not read a gate for mature content as the service’s minimum age', () => {
    expect(children('Terms\n\nYou must be at least 18 years old to view mature content on the site.').value).toBe('not-stated');
  });

  it('does not read closing a child’s account found by mistake as a service for children', () => {
    const text = 'Children\n\nWe do not knowingly collect personal data from children under 16. If we learn that we have collected personal data from a child under 16, we will delete it and terminate the child’s account.';
    expect(children(text)).toMatchObject({ value: 'min-age', age: 16 });
  });
});

describe('children: not directed, for children', () => {
  it('reads an age limit that varies by country as not directed to children (no age)', () => {
    const text = 'Children\n\nThe service has a minimum age limit in each country (the "Age Limit"). If you are under the Age Limit, do not create an account or use the service.';
    expect(children(text)).toMatchObject({ value: 'not-directed', age: undefined });
  });

  it('reads "we do not knowingly collect data from children" with no age as not directed', () => {
    expect(children('Children\n\nWe do not knowingly collect personal data from children.').value).toBe('not-directed');
  });

  it('reads "for adults only" and "does not market to children" as not directed to children', () => {
    expect(children('Our products are intended for adults only.').value).toBe('not-directed');
    expect(children('COPPA. The site does not specifically market to children and complies with COPPA.').value).toBe('not-directed');
  });

  it('reads a shop that sells children’s products to adults, not to children, as not directed', () => {
    const text = 'Are children allowed to use the shop? The shop does not sell products for purchase by children. We sell children’s products for purchase by adults. If you are under 18, you may use the shop only with the involvement of a parent or guardian.';
    expect(children(text).value).toBe('not-directed');
  });

  it('reads a version designed for younger users as for children', () => {
    expect(children('Junior\n\nThe junior edition is a version of our search engine designed for younger users. This policy also applies to it.').value).toBe('for-children');
  });

  it('reads a site of games for children of all ages as for children, over "not knowingly collect from anyone"', () => {
    const text = 'About us\n\nThe site offers puzzles and games appropriate for children of all ages.\n\nWe do not knowingly collect personal information from anyone, including children under 13.';
    expect(children(text).value).toBe('for-children');
  });

  it('lets a policy-wide "not directed to children" outweigh areas that may be', () => {
    const text = 'Children\n\nMost of our services are for general audiences and are not directed to children. In areas of our services that may be directed to children, we collect only what the law permits. To ask about data collected in areas directed to children, email us.';
    const c = children(text);
    expect(c.value).toBe('not-directed');
    expect(c.first).toMatch(/not directed to children/);
  });
});

describe('children: ages required for a role, not for using the service', () => {
  const value = (text: string): string => analyze({ text }).claims.children.children.value;
  it('does not read the age for staff, team members or moderators as the service\'s minimum age', () => {
    expect(value('Volunteers with access must be at least 18, except email response team members, who must be at least 16 years old.')).toBe('not-stated');
    expect(value('Our moderators must be 18 or older.')).toBe('not-stated');
  });

  it('still reads the age for using the service', () => {
    expect(value('You must be at least 13 years old to use the service.')).toBe('min-age');
  });
});
