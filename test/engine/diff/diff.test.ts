// Diffing versions of the seed policies: the sentences that moved and what that means in the
// claims a person reads.
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
    const sale = diff.summaryChanges.find((c) => c.id.startsWith('sell.sell.'));
    expect(sale?.flag, 'sale change').toBe('bad');
    expect(sale?.text).toMatch(/^Now says it .*; before, it said it does not sell your data\.$/);
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
    expect(diff.summaryChanges.map((c) => c.text), 'period changed').toContainEqual(expect.stringMatching(/call records.{0,10}36 months \(was call records.{0,10}24 months\)/));
    expect(diff.addedSentences.length, 'one sentence edited').toBe(1);
  });

  it('adding "without notice" and advertisers to a policy silent on both is reported in plain words', () => {
    const conifer = seedEntry('conifer');
    const extended = version(`${seedText('conifer')}\n\nWe may change this privacy policy at any time without notice.\n\nWe share your personal information with advertisers.\n`);
    const diff = diffPolicies(conifer, extended);
    expect(diff.addedSentences, 'two new sentences at the end').toEqual([extended.analysis.sentences.length - 2, extended.analysis.sentences.length - 1]);
    expect(diff.removedSentences, 'none removed').toEqual([]);
    expect(diff.summaryChanges.find((c) => c.id === 'changes.changes.without-notice'), 'notice').toMatchObject({ flag: 'bad' });
    const advertisers = diff.summaryChanges.find((c) => c.id === 'share.advertisers.yes');
    expect(advertisers?.text, 'advertisers').toMatch(/^Now says it shares your data with advertisers/);
    expect(advertisers?.flag).toBe('bad');
  });
});
