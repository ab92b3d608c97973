// A command of the policylens tool: its name, usage, a one-line summary for the help, and
// what it does with its arguments (resolving to the exit code).
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(argv: readonly string[]): Promise<number>;
}
