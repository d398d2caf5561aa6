import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  appliancePrincipal,
  defaultConfigPath,
  oneOf,
  parseConfig,
  resolveOptions,
  veeamVersion,
  type OptionOverrides,
} from './config.js';
import { decode } from './decode.js';
import { gateOutcome, type GateOutcome } from './gate.js';
import { InputError } from './model/errors.js';
import type { Report } from './model/report.js';
import { parseParameterFile, splitAssignment } from './parameter-file.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { scan } from './scan.js';
import { parseShard } from './shard.js';
import { version } from './version.js';

const usage = `Usage: veeam-iam-gate [paths...] [options]

Checks that every Veeam Backup for AWS worker role defined in the given files or folders
(default: .) is one Veeam can use: trust to ec2.amazonaws.com and to the backup appliance,
an instance profile, and every required permission.

Options:
  --format text|json|markdown|sarif   report format (default: text)
  --output FILE                       write the report to FILE instead of stdout
  --appliance-principal ARN_OR_ID     the backup appliance's role ARN, account ID or
                                      arn:aws:iam::ID:root (repeatable)
  --veeam-version N                   Veeam Backup for AWS version (default: 10)
  --config FILE                       config file (default: ${defaultConfigPath} when present)
  --on-unknown fail|warn              whether a role that cannot be proven fails the gate (default: fail)
  --parameter Key=Value               a CloudFormation parameter value (repeatable)
  --parameters-file FILE              CloudFormation parameters: [{ParameterKey, ParameterValue}],
                                      {"Parameters": {...}} or Key=Value lines
  --shard N/M                         check only part N of M of the files (matrix jobs; see README)
  --aws                               live mode: also check deployed roles through the IAM API
                                      (credentials from the environment)
  --role NAME|ARN                     a deployed role to check (repeatable); all-workers = every
                                      role of the account that worker selection picks
  --aws-region REGION                 signing region for IAM (default: AWS_REGION or us-east-1)
  --simulate                          cross-check live permissions with SimulatePrincipalPolicy
  --fix                               write the fixes into the failing roles' files, print the diff,
                                      check again (see README, Fixing findings)
  --dry-run                           with --fix: print the diff, write nothing
  --help                              show this help
  --version                           show the version

Exit codes: 0 the gate passes, 1 the gate fails, 2 the gate could not run as asked.
`;

const formats = ['text', 'json', 'markdown', 'sarif'] as const;
type Format = (typeof formats)[number];

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args.values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (args.values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const format = oneOf(args.values.format ?? 'text', formats, (what) => {
    throw new InputError(`--format ${what}`);
  });
  const render = renderer(format);

  const configFile = args.values.config ?? (existsSync(defaultConfigPath) ? defaultConfigPath : undefined);
  const config = configFile ? parseConfig(readText(configFile, '--config'), configFile) : {};
  const options = resolveOptions(overrides(args.values), config);

  const liveRequest = {
    aws: args.values.aws === true,
    roles: args.values.role ?? [],
    region: args.values['aws-region'],
    simulate: args.values.simulate === true,
  };
  // The AWS SDK is loaded only when a live-mode flag is given: it would double the start-up of
  // every offline run (bench/RESULTS.md).
  const wantsLive =
    liveRequest.aws ||
    liveRequest.roles.length > 0 ||
    liveRequest.simulate ||
    liveRequest.region !== undefined;
  const aws = wantsLive ? await import('./aws/index.js') : undefined;
  const live = aws ? await aws.startLiveMode(liveRequest, options.roles) : undefined;
  if (args.values['dry-run'] && !args.values.fix) throw new InputError('--dry-run: only with --fix');
  const scanRequest = {
    root: process.cwd(),
    paths: args.positionals,
    options,
    configFile,
    live: live?.live,
    ...(args.values.shard !== undefined && { shard: parseShard(args.values.shard) }),
  };
  let report = await scan(scanRequest);
  if (aws && live && args.values.simulate)
    report.warnings.push(...(await aws.simulateReport(live.client, report, options.veeamVersion)));
  if (args.values.fix) {
    // Loaded only for --fix: the diff library is not needed by a checking run.
    const { fixFiles } = await import('./fix-files.js');
    const fixed = await fixFiles({
      root: scanRequest.root,
      report,
      options,
      dryRun: args.values['dry-run'] === true,
      rescan: () => scan(scanRequest),
    });
    // The diff goes with a text report on stdout; beside JSON, SARIF or --output it goes to stderr.
    (format === 'text' && !args.values.output ? process.stdout : process.stderr).write(fixed.log);
    report = fixed.report;
  }
  const outcome = gateOutcome(report, options.onUnknown, options.leastPrivilege);
  const colour =
    format === 'text' && !args.values.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = render(report, outcome, colour);
  if (args.values.output) {
    try {
      writeFileSync(args.values.output, output);
    } catch (error) {
      throw new InputError(`--output ${args.values.output}: ${errorText(error)}`);
    }
  } else {
    process.stdout.write(output);
  }
  return outcome.exitCode;
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        'appliance-principal': { type: 'string', multiple: true },
        'veeam-version': { type: 'string' },
        config: { type: 'string' },
        'on-unknown': { type: 'string' },
        parameter: { type: 'string', multiple: true },
        'parameters-file': { type: 'string' },
        shard: { type: 'string' },
        aws: { type: 'boolean' },
        role: { type: 'string', multiple: true },
        'aws-region': { type: 'string' },
        simulate: { type: 'boolean' },
        fix: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; keep its first sentence.
    throw new InputError(`${errorText(error).split('. ')[0]?.replace(/\.$/, '')} (see --help)`);
  }
}

type Values = ReturnType<typeof readArgs>['values'];

function overrides(values: Values): OptionOverrides {
  const flags: OptionOverrides = {};
  if (values['veeam-version'] !== undefined) {
    flags.veeamVersion = veeamVersion(values['veeam-version'], (what) => {
      throw new InputError(`--veeam-version ${what}`);
    });
  }
  if (values['on-unknown'] !== undefined) {
    flags.onUnknown = oneOf(values['on-unknown'], ['fail', 'warn'] as const, (what) => {
      throw new InputError(`--on-unknown ${what}`);
    });
  }
  if (values['appliance-principal']) {
    flags.appliancePrincipals = values['appliance-principal'].map((p) =>
      appliancePrincipal(p, (what) => {
        throw new InputError(`--appliance-principal ${what}`);
      }),
    );
  }
  const parameters: Record<string, string> = {};
  const file = values['parameters-file'];
  if (file !== undefined)
    Object.assign(parameters, parseParameterFile(readText(file, '--parameters-file'), file));
  for (const assignment of values.parameter ?? []) {
    const [key, value] = splitAssignment(assignment, '--parameter');
    parameters[key] = value;
  }
  flags.parameters = parameters;
  return flags;
}

type Render = (report: Report, outcome: GateOutcome, colour: boolean) => string;

function renderer(format: Format): Render {
  switch (format) {
    case 'text':
      return (report, outcome, colour) => renderText(report, { colour, outcome });
    case 'json':
      return (report) => renderJson(report);
    case 'markdown':
      // The job-summary form: no hidden comment marker, GitHub's 1 MiB budget.
      return (report) => renderMarkdown(report, { target: 'summary' });
    case 'sarif':
      return (report) => `${JSON.stringify(renderSarif(report), null, 2)}\n`;
  }
}

function readText(file: string, option: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${option} ${file}: ${code === 'ENOENT' ? 'file not found' : errorText(error)}`);
  }
  const decoded = decode(bytes);
  if (decoded.kind === 'binary')
    throw new InputError(`${option} ${file}: not a text file (${decoded.reason})`);
  return decoded.text;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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
