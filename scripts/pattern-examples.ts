// The patterns no match example of their rule fires, per rule file (classification and
// detection): what is left of "every pattern has an example".
//
//   npx tsx scripts/pattern-examples.ts [--file <path part>] [--list]
import { parseArgs, stringOption } from './lib/args.ts';
import { patternsWithoutExample, RULE_FILES } from './lib/pattern-examples.ts';

const args = parseArgs(process.argv.slice(2));
const only = stringOption(args, 'file');
const list = args.options.has('list');
let total = 0;
let without = 0;
for (const file of RULE_FILES.filter((f) => only === undefined || f.path.includes(only))) {
  const count = file.rules.reduce((n, r) => n + r.patterns.length, 0);
  const gaps = patternsWithoutExample(file);
  total += count;
  without += gaps.length;
  console.log(`${String(gaps.length).padStart(4)} of ${String(count).padStart(4)}  ${file.path}`);
  if (list) for (const g of gaps) console.log(`      ${g.ruleId}[${g.index}]  ${g.pattern}`);
}
console.log(`${String(without).padStart(4)} of ${String(total).padStart(4)}  patterns without an example`);
