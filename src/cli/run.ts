import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plannedOutputs, render } from './outputs.js';
import type { CliValues, CommandLine } from './options.js';
import { findRepositoryRoot } from './repository-root.js';
import {
  appliancePrincipal,
  defaultConfigPath,
  oneOf,
  resolveOptions,
  veeamVersion,
  type OptionOverrides,
} from '../config.js';
import { applyBaseline } from '../baseline/apply.js';
import { baselineOf, parseBaseline, renderBaseline } from '../baseline/file.js';
import { checkWaiverLengths } from '../config.js';
import { todayOf } from '../waivers/dates.js';
import { decode } from '../decode.js';
import { gateOutcome } from '../gate.js';
import { InputError } from '../model/errors.js';
import type { Role } from '../model/role.js';
import { globMatches } from '../requirements/glob.js';
import { parseParameterFile, splitAssignment } from '../parameter-file.js';
import { listChecks, listKinds } from '../report/listings.js';
import { scan } from '../scan.js';
// Provides the data files shipped beside the bundle to the pure core (read on first use).
import '../data-files.js';
import { parseShard } from '../shard.js';

/**
 * Everything the CLI does after --help and --version (src/cli.ts answers those without loading
 * this module and the engine behind it).
 */
export async function runCli(args: CommandLine): Promise<number> {
  const values = args.values;
  if (values['list-checks']) return print(listChecks());
  if (values['list-kinds']) return print(listKinds());
  const outputs = plannedOutputs(values);

  const repositoryRoot = findRepositoryRoot(process.cwd());
  const defaultConfig = path.join(repositoryRoot, defaultConfigPath);
  const configFile =
    values.config ?? (existsSync(defaultConfig) ? path.relative(process.cwd(), defaultConfig) : undefined);
  // The YAML parser is loaded only when there is a config file to read.
  const config = configFile
    ? (await import('../config-file.js')).parseConfig(readText(configFile, '--config'), configFile)
    : {};
  const options = resolveOptions(overrides(values), config);
  // Issue 13: waiver expiry is judged against today (VEEAM_IAM_GATE_TODAY fixes it).
  const today = todayOf(process.env);
  checkWaiverLengths(options, today);
  const baseline =
    options.baseline === undefined
      ? undefined
      : parseBaseline(readText(options.baseline, '--baseline'), options.baseline);

  const liveRequest = {
    aws: values.aws === true,
    roles: values.role ?? [],
    region: values['aws-region'],
    simulate: values.simulate === true,
  };
  // The AWS SDK is loaded only when a live-mode flag is given: it would double the start-up of
  // every offline run (bench/RESULTS.md).
  const wantsLive =
    liveRequest.aws ||
    liveRequest.roles.length > 0 ||
    liveRequest.simulate ||
    liveRequest.region !== undefined;
  const aws = wantsLive ? await import('../aws/index.js') : undefined;
  const live = aws ? await aws.startLiveMode(liveRequest, options.roles) : undefined;
  const explain = values.explain;
  const explained: string[] = [];
  // Loaded only for --explain: it needs the IAM evaluator before any file is read.
  const explainRole = explain === undefined ? undefined : (await import('../report/explain.js')).explainRole;
  if (values['dry-run'] && !values.fix) throw new InputError('--dry-run: only with --fix');
  const scanRequest = {
    today,
    root: process.cwd(),
    paths: args.positionals,
    options,
    configFile,
    live: live?.live,
    ...(values.shard !== undefined && { shard: parseShard(values.shard) }),
  };
  const scanned = await scan({
    ...scanRequest,
    ...(explain !== undefined &&
      explainRole && {
        inspect: (role: Role, kinds: readonly string[]) => {
          if (roleMatches(role, explain)) explained.push(explainRole(role, kinds, options.veeamVersion));
        },
      }),
  });
  const writeBaseline = values['write-baseline'];
  if (writeBaseline !== undefined) {
    try {
      writeFileSync(writeBaseline, renderBaseline(baselineOf(scanned)));
    } catch (error) {
      throw new InputError(`--write-baseline ${writeBaseline}: ${errorText(error)}`);
    }
  }
  const partial = values.shard !== undefined && parseShard(values.shard).count > 1;
  const withBaseline = (found: typeof scanned) =>
    baseline ? applyBaseline(found, baseline, options.baseline!, partial) : found;
  let report = withBaseline(scanned);
  if (explain !== undefined) {
    if (!explained.length)
      throw new InputError(
        `--explain ${explain}: no checked role has that id, logical ID, address or name (checked: ${report.roles.map((r) => r.id).join(', ') || 'none'})`,
      );
    process.stdout.write(explained.join('\n'));
    return gateOutcome(report, options.onUnknown, options.leastPrivilege).exitCode;
  }
  if (aws && live && values.simulate)
    report.warnings.push(...(await aws.simulateReport(live.client, report, options.veeamVersion)));
  if (values.fix) {
    // Loaded only for --fix: the diff library is not needed by a checking run.
    const { fixFiles } = await import('../fix-files.js');
    const fixed = await fixFiles({
      root: scanRequest.root,
      report,
      options,
      dryRun: values['dry-run'] === true,
      rescan: async () => withBaseline(await scan(scanRequest)),
    });
    // The diff goes to stdout beside a text report there; beside JSON or SARIF on stdout, to stderr.
    const onStdout = outputs.filter((o) => o.file === undefined);
    (onStdout.every((o) => o.format === 'text') ? process.stdout : process.stderr).write(fixed.log);
    report = fixed.report;
  }
  const outcome = gateOutcome(report, options.onUnknown, options.leastPrivilege);
  // A closed stdout (`| head -1`) ends the run quietly with the gate's own exit status.
  process.exitCode = outcome.exitCode;

  const context = {
    report,
    outcome,
    text: { quiet: values.quiet === true, compact: values.compact === true },
    rootFromRepository: path.relative(repositoryRoot, process.cwd()).split(path.sep).join('/'),
  };
  for (const output of outputs) {
    if (output.file === undefined) {
      const colour = output.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
      process.stdout.write(await render(output, context, colour));
      continue;
    }
    try {
      writeFileSync(output.file, await render(output, context, false));
    } catch (error) {
      throw new InputError(`${output.flag} ${output.file}: ${errorText(error)}`);
    }
  }
  return outcome.exitCode;
}

/** `--explain`'s argument: a role id, or a glob over logical ID, Terraform address or role name. */
function roleMatches(role: Role, pattern: string): boolean {
  const names = [role.id, role.key, typeof role.name === 'string' ? role.name : undefined];
  return names.some((n) => n !== undefined && globMatches(pattern, n));
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

type Values = CliValues;

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
  if (values.baseline !== undefined) flags.baseline = values.baseline;
  if (values.tfvars) flags.tfvars = values.tfvars;
  if (values.var) {
    flags.vars = {};
    for (const assignment of values.var) {
      const [key, value] = splitAssignment(assignment, '--var');
      flags.vars[key] = value;
    }
  }
  return flags;
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
