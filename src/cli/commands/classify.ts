// policylens classify --in <in.jsonl|-> [--out <out.jsonl>]
//   Each line {"id","text"} (a paragraph or more) → {"id","labels":[...]} with the OPP-115 label
//   names the sentences carry (a passage carries a label when its sentences do).
import { getClassifier } from '../../engine/analyze.ts';
import { passageLabels } from '../../engine/classify/text-labels.ts';
import { segment } from '../../engine/text/segment.ts';
import { parseFlags, stringFlag, UsageError } from '../args.ts';
import { isRecord } from '../input.ts';
import { runJsonl } from '../jsonl.ts';
import type { Command } from './types.ts';

export const classifyCommand: Command = {
  name: 'classify',
  usage: 'policylens classify --in <in.jsonl|-> [--out <out.jsonl>]',
  summary: 'label passages with the twelve OPP-115 categories',
  async run(argv) {
    const parsed = parseFlags(argv, { in: 'string', out: 'string' });
    const input = stringFlag(parsed, 'in') ?? parsed.positionals[0];
    if (input === undefined) throw new UsageError('name the input: --in <in.jsonl> (or - for standard input)');
    if (parsed.positionals.length > (stringFlag(parsed, 'in') ? 0 : 1)) throw new UsageError('one input file');
    const classifier = getClassifier();
    return runJsonl('classify', input, stringFlag(parsed, 'out'), (value) => {
      if (!isRecord(value)) return { ok: false, problem: 'expected an object {"id","text"}' };
      const { id, text } = value;
      if (typeof id !== 'string' && typeof id !== 'number') return { ok: false, problem: 'missing "id" (string or number)' };
      if (typeof text !== 'string') return { ok: false, problem: 'missing "text" (string)' };
      if (text.trim() === '') return { ok: false, problem: 'empty "text"' };
      return { ok: true, out: { id, labels: passageLabels(classifier.classify(segment({ text }).sentences)) } };
    });
  },
};
