// "Report a wrong statement": a ready report a person can copy or download and send wherever
// they like (nothing is sent by PolicyLens). It holds what a maintainer needs to reproduce and
// fix the reading: the page, our statement with its id, the policy's sentence it rests on (or
// the person's note that none does), and what the person says is right. Plain text, in English:
// it is written for the maintainers, whatever language the interface is in.

export interface WrongStatement {
  page: { title: string; url: string; policyDate: string | null };
  /** PolicyLens's version and the engine's schema and grading scheme. */
  versions: { extension: string; analysisSchema: number; gradingScheme: number };
  statement: { id: string; question: string; text: string };
  /** The sentence the person points at (null: none of ours is the right one). */
  sentence: { number: number; text: string } | null;
  /** The other sentences the statement cites, for context. */
  cited: { number: number; text: string }[];
  /** What the person says is right. */
  correction: string;
}

const quote = (text: string): string => `"${text.replace(/\s+/g, ' ').trim()}"`;
const indent = (text: string): string => text.trim().split(/\r?\n/).map((line) => `  ${line}`).join('\n');

export function reportText(report: WrongStatement): string {
  const { page, versions, statement, sentence, cited, correction } = report;
  const lines = [
    'PolicyLens: a wrong statement',
    '',
    `Page: ${page.title.trim() || '(untitled)'}`,
    ...(page.url ? [`Address: ${page.url}`] : []),
    `Policy dated: ${page.policyDate ?? 'not stated'}`,
    `Read by: PolicyLens ${versions.extension} (analysis schema ${versions.analysisSchema}, grading scheme ${versions.gradingScheme})`,
    '',
    `Our statement (${statement.id}, under "${statement.question}"):`,
    indent(statement.text),
    '',
    sentence ? `The policy's sentence (sentence ${sentence.number}):` : "The policy's sentence:",
    indent(sentence ? quote(sentence.text) : 'None of the sentences PolicyLens cited says this.'),
    '',
    'What is right, according to the person reporting:',
    indent(correction || '(not given)'),
  ];
  const others = cited.filter((c) => c.number !== sentence?.number);
  if (others.length > 0) lines.push('', 'Other sentences cited for this statement:', ...others.map((c) => `  - sentence ${c.number}: ${quote(c.text)}`));
  return `${lines.join('\n')}\n`;
}

/** A file name for the downloaded report: the statement and the day. */
export function reportFileName(statementId: string, day: Date): string {
  return `policylens-report-${statementId.replace(/[^a-z0-9-]+/gi, '-')}-${day.toISOString().slice(0, 10)}.txt`;
}
