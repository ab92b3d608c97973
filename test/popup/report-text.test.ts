// "Report a wrong statement": the report a person copies or downloads names the page, our
// statement and its id, the policy sentence at issue and what the person says is right.
import { describe, expect, it } from 'vitest';
import { reportFileName, reportText, type WrongStatement } from '../../src/popup/report/report-text.ts';

const report: WrongStatement = {
  page: { title: 'Conifer Communications Privacy Policy', url: 'https://conifer.example/privacy', policyDate: 'June 8, 2018' },
  versions: { extension: '0.1.0', analysisSchema: 2, gradingScheme: 2 },
  statement: { id: 'retention.periods', question: 'How long they keep it', text: 'Keeps call records for up to 24 months.' },
  sentence: { number: 42, text: 'We retain it in for up to twenty-four (24)\n months.' },
  cited: [{ number: 42, text: 'We retain it in for up to twenty-four (24) months.' }, { number: 57, text: 'Call detail records are kept.' }],
  correction: 'It keeps call records for 18 months, not 24.',
};

describe('reportText', () => {
  it('writes the page, our statement, the sentence and the correction', () => {
    expect(reportText(report)).toBe(`PolicyLens: a wrong statement

Page: Conifer Communications Privacy Policy
Address: https://conifer.example/privacy
Policy dated: June 8, 2018
Read by: PolicyLens 0.1.0 (analysis schema 2, grading scheme 2)

Our statement (retention.periods, under "How long they keep it"):
  Keeps call records for up to 24 months.

The policy's sentence (sentence 42):
  "We retain it in for up to twenty-four (24) months."

What is right, according to the person reporting:
  It keeps call records for 18 months, not 24.

Other sentences cited for this statement:
  - sentence 57: "Call detail records are kept."
`);
  });

  it('says so when none of the cited sentences is the right one, and when nothing was written', () => {
    const text = reportText({ ...report, page: { ...report.page, url: '', policyDate: null }, sentence: null, cited: [], correction: '' });
    expect(text).toContain("The policy's sentence:\n  None of the sentences PolicyLens cited says this.");
    expect(text).toContain('Policy dated: not stated');
    expect(text).not.toContain('Address:');
    expect(text).toContain('What is right, according to the person reporting:\n  (not given)');
  });

  it('keeps a multi-line correction indented', () => {
    expect(reportText({ ...report, correction: 'Two things:\n1. 18 months\n2. not 24' })).toContain('  Two things:\n  1. 18 months\n  2. not 24\n');
  });

  it('names the file after the statement and the day', () => {
    expect(reportFileName('retention.periods', new Date('2026-12-07T10:00:00Z'))).toBe('policylens-report-retention-periods-2026-12-07.txt');
  });
});
