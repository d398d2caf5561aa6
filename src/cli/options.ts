import { parseArgs } from 'node:util';
import { didYouMean } from '../closest.js';
import { defaultConfigPath } from '../config-path.js';
import { InputError } from '../model/errors.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The value's placeholder in --help, e.g. FILE. */
  value?: string;
  /** What --help says; continuation lines are indented by the usage text. */
  help: string;
}

/**
 * Every command-line option, one entry each: parseArgs reads this table as its configuration and
 * --help is printed from it, so a new flag is one entry here (and its use in cli.ts).
 */
export const cliOptions = {
  format: {
    type: 'string',
    multiple: true,
    value: 'FORMAT',
    help: 'text, json, markdown, sarif, junit or gitlab (default: text); repeatable, each\nwith its own --output',
  },
  output: {
    type: 'string',
    short: 'o',
    multiple: true,
    value: 'FILE',
    help: 'write the report of the matching --format to FILE instead of stdout',
  },
  'json-file': { type: 'string', value: 'FILE', help: 'also write the JSON report to FILE' },
  'sarif-file': { type: 'string', value: 'FILE', help: 'also write SARIF 2.1.0 to FILE' },
  'markdown-file': { type: 'string', value: 'FILE', help: 'also write the Markdown summary to FILE' },
  'junit-file': { type: 'string', value: 'FILE', help: 'also write JUnit XML to FILE' },
  'gitlab-file': { type: 'string', value: 'FILE', help: 'also write GitLab Code Quality JSON to FILE' },
  quiet: { type: 'boolean', short: 'q', help: 'text report: failing and unknown roles only' },
  compact: { type: 'boolean', help: 'text report: one line per finding' },
  'appliance-principal': {
    type: 'string',
    multiple: true,
    value: 'ARN_OR_ID',
    help: "the backup appliance's role ARN, account ID or arn:aws:iam::ID:root\n(repeatable)",
  },
  'veeam-version': { type: 'string', value: 'N', help: 'Veeam Backup for AWS version (default: 10)' },
  config: {
    type: 'string',
    value: 'FILE',
    help: `config file (default: ${defaultConfigPath} at the repository root\n(git top level), when present)`,
  },
  'on-unknown': {
    type: 'string',
    value: 'fail|warn',
    help: 'whether a role that cannot be proven fails the gate (default: fail)',
  },
  parameter: {
    type: 'string',
    multiple: true,
    value: 'Key=Value',
    help: 'a CloudFormation parameter value (repeatable)',
  },
  'parameters-file': {
    type: 'string',
    value: 'FILE',
    help: 'CloudFormation parameters: [{ParameterKey, ParameterValue}],\n{"Parameters": {...}} or Key=Value lines',
  },
  baseline: {
    type: 'string',
    value: 'FILE',
    help: 'fail only on findings not in this baseline, or worse than recorded',
  },
  'write-baseline': {
    type: 'string',
    value: 'FILE',
    help: "record today's failing findings in FILE (JSON)",
  },
  tfvars: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'Terraform variable values (.tfvars or .tfvars.json), read\nafter the files Terraform loads itself (repeatable)',
  },
  var: {
    type: 'string',
    multiple: true,
    value: 'KEY=VALUE',
    help: 'a Terraform variable value (repeatable; wins over files)',
  },
  shard: {
    type: 'string',
    value: 'N/M',
    help: 'check only part N of M of the files (matrix jobs; see README)',
  },
  aws: {
    type: 'boolean',
    help: 'live mode: also check deployed roles through the IAM API\n(credentials from the environment)',
  },
  role: {
    type: 'string',
    multiple: true,
    value: 'NAME|ARN',
    help: 'a deployed role to check (repeatable); all-workers = every\nrole of the account that worker selection picks',
  },
  'aws-region': {
    type: 'string',
    value: 'REGION',
    help: 'signing region for IAM (default: AWS_REGION or us-east-1)',
  },
  simulate: { type: 'boolean', help: 'cross-check live permissions with SimulatePrincipalPolicy' },
  fix: {
    type: 'boolean',
    help: "write the fixes into the failing roles' files, print the diff, check\nagain (README: Fixing findings)",
  },
  'dry-run': { type: 'boolean', help: 'with --fix: print the diff, write nothing' },
  explain: {
    type: 'string',
    value: 'ROLE',
    help: 'show which statement granted, denied or narrowed each required action\nof the role (id, logical ID, address or name)',
  },
  'list-checks': { type: 'boolean', help: "list the checks: id, what it requires, Veeam's source page" },
  'list-kinds': { type: 'boolean', help: 'list the role kinds and their requirement sets' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'show the version' },
} as const satisfies Record<string, OptionSpec>;

export type CommandLine = ReturnType<typeof parseCommandLine>;
export type CliValues = CommandLine['values'];

export function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: cliOptions });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = message.match(/Unknown option '(-{1,2}[^']+)'/);
    if (unknown) {
      const flag = unknown[1]!;
      const names = Object.keys(cliOptions).map((name) => `--${name}`);
      throw new InputError(`Unknown option '${flag}'${didYouMean(flag, names)} (see --help)`);
    }
    // parseArgs explains missing values well; keep its first sentence.
    throw new InputError(`${message.split('. ')[0]?.replace(/\.$/, '')} (see --help)`);
  }
}

/** The option lines of --help, from the table. */
export function optionHelp(): string {
  const width = 36;
  const lines: string[] = [];
  for (const [name, spec] of Object.entries(cliOptions) as [string, OptionSpec][]) {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const [first, ...rest] = spec.help.split('\n');
    lines.push(`  ${flag.padEnd(width)}${flag.length >= width ? `\n  ${' '.repeat(width)}` : ''}${first}`);
    for (const line of rest) lines.push(`  ${' '.repeat(width)}${line}`);
  }
  return lines.join('\n');
}
