// Every Markdown renderer writes policy text and people's names as text: hostile markup in a
// sentence or a library name comes out escaped, never as HTML, a link or a heading.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { compareAnalyses, comparisonMarkdown } from '../../../src/engine/compare/index.ts';
import { diffPolicies, policyDiffMarkdown } from '../../../src/engine/diff/index.ts';
import { escapeMarkdown } from '../../../src/engine/report/escape.ts';
import { markdownReport } from '../../../src/engine/report/markdown.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '[click](javascript:alert(2))', '<javascript:alert(3)>', '# Heading', '| a | b |', '![x](https://evil.example/x.png)'];
const policy = (extra: string) => `Privacy Policy\n\nWe collect your name and email address ${extra}.\n\nWe do not sell your personal information.\n\nContact us at privacy@example.com with questions ${extra}.`;

/** No raw markup survives: every < [ ] ( ) # | ! is preceded by a backslash. */
function expectInert(markdown: string): void {
  expect(markdown).not.toMatch(/(?<!\\)<(?:img|javascript)/);
  expect(markdown).not.toMatch(/(?<!\\)\]\((?:javascript|https)/);
  expect(markdown).not.toMatch(/(?<!\\)!\[/);
}

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('makes %j inert', (text) => {
    const out = escapeMarkdown(text);
    expect(out).not.toMatch(/(?<!\\)[<>[\]()#|!]/);
    expect(out.replace(/\\(.)/g, '$1')).toBe(text);
  });
});

describe.each(HOSTILE)('renderers with %j', (payload) => {
  const a = analyze({ text: policy(payload) });
  const b = analyze({ text: policy('') });

  it('the report', () => expectInert(markdownReport(a, `Name ${payload}`)));
  it('the comparison table', () => expectInert(comparisonMarkdown(compareAnalyses([{ name: `Saved ${payload}`, analysis: a }, { name: 'Other', analysis: b }]))));
  it('the change summary', () => {
    const diff = diffPolicies({ text: policy(''), analysis: b }, { text: policy(payload), analysis: a });
    expectInert(policyDiffMarkdown(diff, { previous: b.sentences, current: a.sentences }));
  });
});
