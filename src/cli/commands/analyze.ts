// policylens analyze <file|-> [--format text|json|markdown] [--out <file>]
// policylens analyze --in <corpus.jsonl|-> [--out <results.jsonl>] [--jobs N] [--full]
//   One policy: text, the plain-language summary; json, the full analysis (docs/analysis-schema.md);
//   markdown, a shareable report quoting the evidence. A corpus: one JSON line per input line
//   {"id", "text"|"markdown"|"html"[, "url"]} → {"id", grade, score, claims, summary …} (the
//   whole analysis with --full), in input order, on N worker threads; a bad line is reported
//   on stderr with its number and does not stop the run.
import { analyze } from '../../engine/analyze.ts';
import { markdownReport } from '../../engine/report/markdown.ts';
import { summaryText } from '../../engine/summary/index.ts';
import { choiceFlag, intFlag, parseFlags, stringFlag, UsageError } from '../args.ts';
import { runBatch } from '../batch.ts';
import { readPolicyInput } from '../input.ts';
import { openSink } from '../output.ts';
import { analysisInput } from '../read-policy.ts';
import type { Command } from './types.ts';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  usage: 'policylens analyze <file|-> [--format text|json|markdown] [--out <file>]\n       policylens analyze --in <corpus.jsonl|-> [--out <results.jsonl>] [--jobs N] [--full]',
  summary: 'summarise a policy, or a corpus of them',
  async run(argv) {
    const parsed = parseFlags(argv, { format: 'string', out: 'string', in: 'string', jobs: 'string', full: 'boolean' });
    const corpus = stringFlag(parsed, 'in');
    if (corpus !== undefined) {
      if (parsed.positionals.length > 0) throw new UsageError('give either a file or --in <corpus.jsonl>, not both');
      if (parsed.flags.has('format')) throw new UsageError('--format is for one policy; a corpus is always written as JSON lines');
      return runBatch({ input: corpus, output: stringFlag(parsed, 'out'), jobs: intFlag(parsed, 'jobs', 1, 1, 64), full: parsed.flags.has('full') });
    }
    if (parsed.flags.has('jobs') || parsed.flags.has('full')) throw new UsageError('--jobs and --full are for a corpus (--in <corpus.jsonl>)');
    const format = choiceFlag(parsed, 'format', FORMATS, 'text');
    const [path, ...extra] = parsed.positionals;
    if (path === undefined) throw new UsageError('name the policy to analyse (a file, or - for standard input)');
    if (extra.length > 0) throw new UsageError(`one policy at a time (got ${parsed.positionals.length}); for many, use --in <corpus.jsonl>`);
    const input = readPolicyInput(path);
    if (input.decodedAs) process.stderr.write(`analyze: ${path} read as ${input.decodedAs}\n`);
    const source = analysisInput(input.text, input.kind, path === '-' ? 'standard input' : path);
    const analysis = analyze(source);
    const sink = openSink(stringFlag(parsed, 'out'));
    if (format === 'json') sink.write(`${JSON.stringify(input.kind === 'text' ? analysis : { ...analysis, text: source.text }, null, 2)}\n`);
    else if (format === 'markdown') sink.write(markdownReport(analysis, path === '-' ? 'standard input' : path.split('/').pop() ?? path));
    else if (analysis.language !== 'en') sink.write('This policy is not in English. PolicyLens reads English policies only for now.\n');
    else sink.write(`${summaryText(analysis.summary)}\n`);
    sink.close();
    return 0;
  },
};
