// Diffing versions of the seed policies: the sentences that moved and what that means in facts.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { diffPolicies } from '../../../src/engine/diff/index.ts';
import { seedEntry, seedText } from '../compare/seeds.ts';

const version = (text: string) => ({ text, analysis: analyze({ text }) });

describe('diffPolicies on the seeds', () => {
  const tree = seedEntry('conferencing-tree');

  it('"We do not sell" → "We may sell": one sentence each way, and a bad summary change', () => {
    const edited = version(tree.text.replace('We do not sell', 'We may sell'));
    const diff = diffPolicies(tree, edited);
    expect(diff.changed, 'changed').toBe(true);
    expect(diff.addedSentences, 'one added').toHaveLength(1);
    expect(diff.removedSentences, 'one removed').toHaveLength(1);
    expect(edited.analysis.sentences[diff.addedSentences[0] ?? -1]?.text, 'the added sentence').toMatch(/^We may sell/);
    expect(tree.analysis.sentences[diff.removedSentences[0] ?? -1]?.text, 'the removed sentence').toMatch(/^We do not sell/);
    expect(diff.summaryChanges, 'sale change').toContainEqual({ id: 'sale.now-sells', text: 'Now says it may sell your data.', flag: 'bad' });
  });

  it('identical texts are unchanged', () => {
    expect(diffPolicies(tree, version(tree.text))).toEqual({ changed: false, addedSentences: [], removedSentences: [], summaryChanges: [] });
  });

  it('whitespace and case alone are no change', () => {
    const respaced = tree.text.replace(/ /g, '  ').replace(/\n/g, '\n\n');
    expect(diffPolicies(tree, version(respaced)).changed, 'whitespace').toBe(false);
    expect(diffPolicies(tree, version(tree.text.toUpperCase())).changed, 'case').toBe(false);
  });

  it('a longer call-record period is reported with both periods', () => {
    const conifer = seedEntry('conifer');
    const longer = version(conifer.text.replace('twenty-four (24) months', 'thirty-six (36) months'));
    const diff = diffPolicies(conifer, longer);
    expect(diff.summaryChanges.map((c) => c.text), 'period changed').toContain('Now keeps call records for up to 36 months instead of up to 24 months.');
    expect(diff.addedSentences.length, 'one sentence edited').toBe(1);
  });

  it('dropping the period: "retention period removed"', () => {
    const conifer = seedEntry('conifer');
    const diff = diffPolicies(conifer, version(conifer.text.replace(/ and retain it in for up to twenty-four \(24\) months/, '')));
    expect(diff.summaryChanges.map((c) => c.id)).toContain('retention.period-removed');
    expect(diff.summaryChanges.find((c) => c.id === 'retention.period-removed')?.flag).toBe('bad');
  });

  it('adding "without notice" and advertisers is reported in plain words', () => {
    const county = seedEntry('county-micro');
    const extended = version(`${seedText('county-micro')}\n\nWe may change this policy at any time without notice.\n\nWe share your personal information with advertisers.\n`);
    const diff = diffPolicies(county, extended);
    expect(diff.addedSentences, 'two new sentences at the end').toEqual([extended.analysis.sentences.length - 2, extended.analysis.sentences.length - 1]);
    expect(diff.removedSentences, 'none removed').toEqual([]);
    expect(diff.summaryChanges, 'notice').toContainEqual({ id: 'changes.now-without-notice', text: 'Can now change the policy without notice.', flag: 'bad' });
    expect(diff.summaryChanges, 'advertisers').toContainEqual({ id: 'share.added.advertisers', text: 'Now shares with advertisers.', flag: 'bad' });
    const grade = diff.summaryChanges.find((c) => c.id === 'rating.grade-changed');
    expect(grade?.text, 'grade line').toMatch(/^Grade went from [A-E] to [A-E]\.$/);
  });
});
