// The summary of each seed (gold labels in place of the classifier): concrete, traceable,
// short. And the renderer on hand-made points.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/engine/facts/index.ts';
import { countWords, summarize, summaryText } from '../../../src/engine/summary/index.ts';
import { QUESTIONS } from '../../../src/engine/report/questions.ts';
import type { SummaryPoint } from '../../../src/engine/types.ts';
import { goldSentences, SEED_FILES, type SeedFile } from '../facts/gold-sentences.ts';
import { sentences } from '../facts/make.ts';

function seed(file: SeedFile) {
  const all = goldSentences(file);
  const points = summarize(extractFacts(all), all);
  const point = (id: string): SummaryPoint => {
    const found = points.find((p) => p.id === id);
    if (!found) throw new Error(`no point ${id} in ${file}: ${points.map((p) => p.id).join(', ')}`);
    return found;
  };
  const at = (text: string): number => all.findIndex((s) => s.text.includes(text));
  return { all, points, point, at, text: summaryText(points) };
}

describe.each(SEED_FILES.map((f) => [f]))('summary of %s', (file) => {
  const { points, all, text } = seed(file);

  it('is at most 450 words as text', () => {
    expect(countWords(text)).toBeLessThanOrEqual(450);
  });

  it('gives evidence for every point except "not stated" ones, which cite none', () => {
    const wrong = points.filter((p) => (p.id.endsWith('.not-stated') ? p.evidence.length !== 0 : p.evidence.length === 0));
    expect(wrong.map((p) => p.id)).toEqual([]);
    expect(points.every((p) => p.evidence.every((i) => i >= 0 && i < all.length))).toBe(true);
  });

  it('answers every question, in reading order, with unique point ids', () => {
    const order = QUESTIONS.map((q) => q.id);
    expect([...new Set(points.map((p) => p.question))]).toEqual(order);
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
  });
});

describe('concrete points', () => {
  it('000: the actual period and its data, and the absent contact', () => {
    const { point, at } = seed('000_033c2eef7324457c');
    expect(point('retention.period')).toMatchObject({ text: 'Keeps call records for up to 24 months.', flag: 'good' });
    expect(point('retention.period').evidence).toContain(at('twenty-four (24) months'));
    expect(point('contact.not-stated')).toMatchObject({ flag: 'bad', evidence: [] });
    expect(point('sell.not-stated').text).toBe("Doesn't say whether it sells your data.");
  });

  it('001: the email to ask for your data, advertisers flagged, no retention', () => {
    const { point } = seed('001_c1bb176aaee5836d');
    expect(point('rights.requests').text).toBe('Ask to see, correct or delete your data: email legal@phone.com; it checks your identity first.');
    expect(point('share.advertisers').flag).toBe('bad');
    expect(point('retention.not-stated').text).toBe("Doesn't say how long it keeps your data.");
    expect(point('changes.without-notice').flag).toBe('bad');
    expect(point('audiences.california').text).toContain('legal@phone.com');
  });

  it('002: says no to selling, and its phone number is a placeholder', () => {
    const { point } = seed('002_bf13b23f045a4a3f');
    expect(point('sell.says-no')).toMatchObject({ text: 'Says it does not sell your personal information.', flag: 'good' });
    expect(point('contact.placeholder-phone').text).toContain('1-800-000-0000');
  });

  it('003: names the parties and the privacy officer', () => {
    const { point } = seed('003_287e789d7f0e6bf1');
    expect(point('share.parties').text).toBe('Shares your data with affiliates, service providers, the authorities (police, courts, regulators), a buyer of the business, emergency services, credit agencies and other third parties.');
    expect(point('contact.details').text).toBe('Privacy Compliance Officer: privacy@countymicro.com; Privacy Compliance Officer, County Micro Inc., 135 Main St, Houlton, ME 04730.');
  });

  it('004: CCPA with its phone line, the unsubscribe page, and the response time', () => {
    const { point } = seed('004_5bd2721613aedcf6');
    expect(point('audiences.california').text).toBe('California residents have extra rights under the CCPA: use the "click here" link in the policy or call 1-888-301-1721.');
    expect(point('choices.marketing-opt-out').text).toBe('Opt out of marketing: go to https://www.fusionconnect.com/subscription-center/.');
    expect(point('rights.requests').text).toContain('it answers within 45 days');
    expect(point('retention.as-needed').text).toBe('Keeps your data as long as it needs it or the law requires, with no fixed period.');
  });
});

describe('hand-made policies', () => {
  const summaryOf = (...specs: Parameters<typeof sentences>) => {
    const all = sentences(...specs);
    return summarize(extractFacts(all), all);
  };

  it('says what is missing where people care', () => {
    const ids = summaryOf('Welcome to our website.').map((p) => p.id);
    expect(ids).toEqual([
      'collect.not-stated', 'share.not-stated', 'sell.not-stated', 'retention.not-stated', 'rights.not-stated', 'choices.not-stated',
      'security.not-stated', 'changes.not-stated', 'children.not-stated', 'audiences.not-stated', 'contact.not-stated',
    ]);
  });

  it('flags a sale, indefinite keeping and changes without notice as bad', () => {
    const points = summaryOf('We may sell your personal information.', 'We may retain your data indefinitely.', 'We may change this policy at any time without notice.');
    const bad = points.filter((p) => p.flag === 'bad').map((p) => p.id);
    expect(bad).toEqual(expect.arrayContaining(['sell.says-yes', 'retention.indefinite', 'changes.without-notice']));
  });

  it('keeps markup from the policy as plain text in the points', () => {
    const points = summaryOf('Write to us at:', '<img src=x onerror=alert(1)> Privacy Office', '1 Main Street', 'Springfield, IL 62701');
    const contact = points.find((p) => p.id === 'contact.details');
    expect(contact?.text).toBe('Privacy Office: <img src=x onerror=alert(1)> Privacy Office, 1 Main Street, Springfield, IL 62701.');
    expect(summaryText(points)).toContain('<img src=x onerror=alert(1)>');
    expect(summaryText(points)).not.toMatch(/&lt;|&gt;/);
  });
});

describe('summaryText', () => {
  const points: SummaryPoint[] = [
    { id: 'contact.details', question: 'contact', text: 'Email a@b.example.', flag: 'good', evidence: [3] },
    { id: 'sell.says-no', question: 'sell', text: 'Says it does not sell your data.', flag: 'good', evidence: [1] },
    { id: 'security.no-guarantee', question: 'security', text: 'Admits no system is completely secure.', evidence: [2] },
  ];

  it('puts points under their question headings, in reading order, with a mark per flag', () => {
    expect(summaryText(points)).toBe(
      'Whether they sell it\n+ Says it does not sell your data.\n\nHow safe it is\n* Admits no system is completely secure.\n\nHow to reach them\n+ Email a@b.example.\n',
    );
  });

  it('counts words, not marks', () => {
    expect(countWords('How safe it is\n* Admits no system is secure.')).toBe(9);
    expect(summaryText([])).toBe('');
  });
});
