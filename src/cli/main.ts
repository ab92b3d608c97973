// policylens: the command-line tools over the same engine as the extension.
//   policylens analyze|classify|detect|compare|explain [options]   (policylens --help)
// Output goes to standard output (or --out), diagnostics to standard error. Exit codes:
//   0 done; 1 bad input (a missing or unreadable file, a bad line — valid lines are still
//   written); 2 usage (an unknown command or option, a missing value); 3 an internal error.
import { UsageError } from './args.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { classifyCommand } from './commands/classify.ts';
import { compareCommand } from './commands/compare.ts';
import { detectCommand } from './commands/detect.ts';
import { explainCommand } from './commands/explain.ts';
import type { Command } from './commands/types.ts';
import { InputError } from './input.ts';
import { OutputError } from './output.ts';

const COMMANDS: readonly Command[] = [analyzeCommand, compareCommand, explainCommand, classifyCommand, detectCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'policylens: reads privacy policies on this machine (nothing is sent anywhere)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'policylens <command> --help shows how to use a command.',
    'Exit codes: 0 done, 1 bad input, 2 usage, 3 internal error.',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`policylens: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof OutputError) {
      process.stderr.write(`${command.name}: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`${command.name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 3;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`policylens: internal error: ${String(error)}\n`);
  process.exitCode = 3;
});
