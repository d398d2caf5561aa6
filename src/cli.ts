// The command-line entry. It answers --help and --version from the option table alone and loads
// the engine (src/cli/run.ts: config, parsers, checks, reports) only for a run that needs it, so
// that those answers cost little more than starting Node (issue 16, bench/RESULTS.md).
import { optionHelp, parseCommandLine } from './cli/options.js';
import { InputError } from './model/errors.js';
import { version } from './version.js';

const usage = `Usage: veeam-iam-gate [paths...] [options]

Checks that every Veeam Backup for AWS worker role defined in the given files or folders
(default: .) is one Veeam can use: trust to ec2.amazonaws.com and to the backup appliance,
an instance profile, and every required permission.

Options:
${optionHelp()}

Exit codes: 0 the gate passes, 1 the gate fails, 2 the gate could not run as asked.
`;

async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine(argv);
  if (args.values.help) return print(usage);
  if (args.values.version) return print(`${version}\n`);
  const { runCli } = await import('./cli/run.js');
  return runCli(args);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`veeam-iam-gate: ${error.message}\n`);
  } else {
    // Anything else is a bug: say so, with the stack, and still exit 2 (could not run).
    process.stderr.write(
      `veeam-iam-gate: internal error (please report): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 2;
}
