// The rating: rule conventions, the documented cut-offs, and each seed's grade with reasons
// that cite the policy (gold labels in place of the classifier).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/engine/facts/index.ts';
import { gradeOf, scoreOf } from '../../../src/engine/rating/grade.ts';
import { BASE_SCORE, RATING_RULES, rate } from '../../../src/engine/rating/index.ts';
import type { Grade, Rating } from '../../../src/engine/types.ts';
import { goldSentences, SEED_FILES, type SeedFile } from '../facts/gold-sentences.ts';
import { sentences } from '../facts/make.ts';

const ruleById = new Map(RATING_RULES.map((r) => [r.id, r]));

function rated(file: SeedFile): Rating & { at: (text: string) => number } {
  const all = goldSentences(file);
  return { ...rate(extractFacts(all), all), at: (text) => all.findIndex((s) => s.text.includes(text)) };
}

describe('rating rules', () => {
  it('have unique ids named <topic>.<slug>', () => {
    const ids = RATING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z-]+\.[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  it('give points in the direction of their flag, with a plain sentence', () => {
    const wrong = RATING_RULES.filter((r) => (r.flag === 'good' ? r.points <= 0 : r.points >= 0) || r.text.length < 10);
    expect(wrong.map((r) => r.id)).toEqual([]);
  });
});

describe('grade cut-offs (A ≥ 85, B ≥ 70, C ≥ 50, D ≥ 30, E below)', () => {
  it.each([[100, 'A'], [85, 'A'], [84, 'B'], [70, 'B'], [69, 'C'], [50, 'C'], [49, 'D'], [30, 'D'], [29, 'E'], [0, 'E']] as const)('%i → %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });

  it('starts at 50, clamps to 0–100, and lets a cap lower the grade', () => {
    expect(BASE_SCORE).toBe(50);
    expect(scoreOf([])).toBe(50);
    expect(scoreOf([80])).toBe(100);
    expect(scoreOf([-80])).toBe(0);
    expect(gradeOf(90, ['D'])).toBe('D');
    expect(gradeOf(10, ['D'])).toBe('E');
  });
});

const EXPECTED: Record<SeedFile, Grade> = {
  '000_033c2eef7324457c': 'D',
  '001_c1bb176aaee5836d': 'D',
  '002_bf13b23f045a4a3f': 'D',
  '003_287e789d7f0e6bf1': 'B',
  '004_5bd2721613aedcf6': 'C',
};

describe.each(SEED_FILES.map((f) => [f]))('rating of %s', (file) => {
  const rating = rated(file);

  it(`is ${EXPECTED[file]}`, () => {
    expect(rating.grade).toBe(EXPECTED[file]);
  });

  it('scores 50 plus its reasons’ points', () => {
    expect(rating.score).toBe(scoreOf(rating.reasons.map((r) => r.points)));
  });

  it('cites sentences for every finding (absences cite where the topic is, if anywhere)', () => {
    const unknown = rating.reasons.filter((r) => !ruleById.has(r.id));
    expect(unknown).toEqual([]);
    const uncited = rating.reasons.filter((r) => ruleById.get(r.id)?.kind === 'finding' && r.evidence.length === 0);
    expect(uncited.map((r) => r.id)).toEqual([]);
  });
});

describe('concrete reasons', () => {
  it('000: the 24-month period counts for it; no contact and silent changes count against', () => {
    const { reasons, at } = rated('000_033c2eef7324457c');
    const period = reasons.find((r) => r.id === 'retention.period');
    expect(period).toMatchObject({ text: 'States how long it keeps data (call records: up to 24 months).', points: 10 });
    expect(period?.evidence).toContain(at('twenty-four (24) months'));
    expect(reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['contact.none', 'changes.no-notice', 'sell.silent', 'security.breach-notice']));
  });

  it('001: advertisers and a waiver of home law count against it; deletion by email for it', () => {
    const ids = rated('001_c1bb176aaee5836d').reasons.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['share.advertisers', 'audiences.waives-home-law', 'rights.delete-with-way', 'sell.says-no-with-exceptions']));
  });

  it('003: no sale, deletion by email, contact given', () => {
    const { reasons, at } = rated('003_287e789d7f0e6bf1');
    expect(reasons.find((r) => r.id === 'sell.says-no')?.evidence).toEqual([at('We specifically do not sell')]);
    expect(reasons.find((r) => r.id === 'contact.given')?.text).toBe('Gives a way to contact it about privacy (privacy@countymicro.com).');
  });
});

describe('hand-made policies', () => {
  const rateOf = (...specs: Parameters<typeof sentences>) => {
    const all = sentences(...specs);
    return rate(extractFacts(all), all);
  };

  it('rates a policy that says nothing E', () => {
    const rating = rateOf('Welcome to our website.');
    expect(rating.reasons.map((r) => r.id)).toEqual(['sell.silent', 'retention.silent', 'rights.none', 'contact.none']);
    expect(rating).toMatchObject({ score: 12, grade: 'E' });
  });

  it('caps a policy that sells data at D however good the rest', () => {
    const rating = rateOf(
      'We may sell your personal information to data brokers.',
      'We retain your data for 30 days.',
      'You may request access to or deletion of your data by emailing privacy@example.com.',
      'We encrypt all data and will notify you of any data breach.',
      'If we change this policy we will notify you by email.',
      'Questions? Contact privacy@example.com.',
    );
    expect(rating.score).toBeGreaterThanOrEqual(70);
    expect(rating.grade).toBe('D');
  });
});
