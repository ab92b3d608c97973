// The annotator-vote reader the error study uses, on a small spans file written here (the
// corpus itself lives outside the repo and never enters it).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpp115Votes, votesFor } from '../../scripts/lib/opp115-votes.ts';

const span = (annotator: string, category: string, value = 'x', segment = 3): string =>
  JSON.stringify({ policy: '1_example.com', segment, annotator, category, attribute: 'a', value, start: 0, end: 4, text: 'text' });

describe('readOpp115Votes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policylens-votes-'));
  const path = join(dir, 'dev-spans.jsonl');
  writeFileSync(path, [
    span('101', 'Third Party Sharing/Collection'),
    span('101', 'Third Party Sharing/Collection'), // the same annotator's second span counts once
    span('102', 'Third Party Sharing/Collection'),
    span('103', 'Other', 'Introductory/Generic'),
    span('103', 'Other', 'Other'), // 'Other' of kind 'Other' is none of the twelve labels
    span('104', 'User Choice/Control', 'x', 4),
    '',
  ].join('\n'));
  const votes = readOpp115Votes(path);

  it('counts distinct annotators per segment and label', () => {
    expect(votesFor(votes, '1_example.com#3', 'Third Party Sharing/Collection')).toBe(2);
    expect(votesFor(votes, '1_example.com#4', 'User Choice/Control')).toBe(1);
    expect(votesFor(votes, '1_example.com#4', 'Third Party Sharing/Collection')).toBe(0);
  });

  it("names an 'Other' span by its kind, and skips kinds outside the twelve labels", () => {
    expect(votesFor(votes, '1_example.com#3', 'Introductory/Generic')).toBe(1);
    expect([...(votes.get('1_example.com#3')?.keys() ?? [])].sort()).toEqual(['Introductory/Generic', 'Third Party Sharing/Collection']);
  });

  it('names the missing file', () => {
    expect(() => readOpp115Votes(join(dir, 'absent.jsonl'))).toThrow(/absent\.jsonl/);
  });
});
