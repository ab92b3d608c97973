// npm run -s analyze -- <file.txt|file.html> [--format text|json|markdown]
//   text      the plain-language summary only (default)
//   json      the full analysis (schema: docs/analysis-schema.md)
//   markdown  a shareable report quoting the evidence
// Output on stdout only; errors on stderr with a non-zero exit.
import { basename } from 'node:path';
import { analyze } from '../src/engine/analyze.ts';
import { markdownReport } from '../src/engine/report/markdown.ts';
import { summaryText } from '../src/engine/summary/index.ts';
import { segmentHtml } from '../src/engine/text/segment.ts';
import { parseArgs, stringOption } from './lib/args.ts';
import { InputError, readPolicyFile } from './lib/input.ts';

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const args = parseArgs(process.argv.slice(2));
const format = (stringOption(args, 'format') ?? 'text') as Format;
const [path, ...extra] = args.positionals;
if (!path || extra.length > 0 || !FORMATS.includes(format)) {
  console.error(`usage: npm run -s analyze -- <file.txt|file.html> [--format ${FORMATS.join('|')}]`);
  process.exit(2);
}

try {
  const { text, isHtml } = readPolicyFile(path);
  const input = isHtml ? segmentHtml(text) : { text };
  if (input.text.trim() === '') throw new InputError(`${path}: the HTML has no readable text`);
  const analysis = analyze(input);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(isHtml ? { ...analysis, text: input.text } : analysis, null, 2)}\n`);
  } else if (format === 'markdown') {
    process.stdout.write(markdownReport(analysis, basename(path)));
  } else if (analysis.language !== 'en') {
    process.stdout.write('This policy is not in English. PolicyLens reads English policies only for now.\n');
  } else {
    process.stdout.write(`${summaryText(analysis.summary)}\n`);
  }
} catch (error) {
  if (error instanceof InputError) {
    console.error(`analyze: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
