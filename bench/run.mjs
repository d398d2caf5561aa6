// Speed of the whole CLI against the raw parse of the same files (issue 2; issue 7 extends it).
//
// It runs the committed bundle `dist/cli.js` in a child process, exactly as users and CI do, so
// what is measured is what ships: build first with `npm run package` when src/ changed. The
// baseline is the `yaml` package's parseDocument (what the CloudFormation parser builds on) on
// the same files, in this process, with JSON.parse beside it for the .json files. Inputs:
// the shared corpus (when present) and a deterministic generated tree of 1,000 templates.
// Usage: npm run bench [-- --runs N]     Writes bench/RESULTS.md.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const repo = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(repo, 'bench', 'out');
const cli = path.join(repo, 'dist', 'cli.js');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const corpus = [path.join(repo, '..', 'shared', 'corpus'), '/work/shared/corpus'].find((p) => existsSync(p));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const workerActions = JSON.parse(readFileSync(path.join(repo, 'examples', 'compliant-worker.json'), 'utf8')).Resources
  .VeeamWorkerRole.Properties.Policies[0].PolicyDocument.Statement[0].Action;

/** A template with one worker role (every third one missing actions), its profile and unrelated resources. */
function template(i) {
  const granted = i % 3 === 0 ? workerActions.slice(0, 30) : workerActions;
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: generated benchmark stack ${i}
Parameters:
  Env:
    Type: String
    Default: prod${i}
Conditions:
  IsProd: !Equals [!Ref Env, prod${i}]
Resources:
  Bucket${i}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub bench-\${AWS::AccountId}-${i}
      Tags:
        - Key: stack
          Value: "${i}"
  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "\${AWS::StackName}-q"
  SecurityGroup${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: worker traffic
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.0.0.0/8
  AppFunctionRole${i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
  VeeamWorkerRole${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub veeam-worker-${i}-\${AWS::Region}
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:role/VeeamImpersonation
            Action: sts:AssumeRole
      Policies:
        - PolicyName: worker
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action:
${granted.map((a) => `                  - ${a}`).join('\n')}
                Resource: "*"
  WorkerProfile${i}:
    Type: AWS::IAM::InstanceProfile
    Condition: IsProd
    Properties:
      Roles: [!Ref VeeamWorkerRole${i}]
`;
}

function generateTree(count) {
  const dir = path.join(out, `tree-${count}`);
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `team-${String(i % 20).padStart(2, '0')}`, `service-${i}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'stack.yaml'), template(i));
  }
  return dir;
}

/** The files the CLI reads as candidates: same extensions, same skipped folders. */
function candidates(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (['.git', 'node_modules', '.terraform'].includes(name)) continue;
      const p = path.join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else if (/\.(ya?ml|json|template)$/i.test(name)) files.push(p);
    }
  };
  walk(dir);
  return files;
}

function decodeText(file) {
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function rawParse(files) {
  const texts = files.map(decodeText);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const yamlTimes = [];
  const jsonTimes = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    for (const text of texts) parseDocument(text);
    yamlTimes.push(performance.now() - t);
    t = performance.now();
    files.forEach((f, i) => {
      if (!f.endsWith('.json')) return;
      try {
        JSON.parse(texts[i]);
      } catch {
        // the corpus holds deliberately invalid JSON
      }
    });
    jsonTimes.push(performance.now() - t);
  }
  return { bytes, yaml: median(yamlTimes), json: median(jsonTimes) };
}

function runCli(args) {
  const times = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    last = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    times.push(performance.now() - t);
    if (last.status === 2 || last.error) throw new Error(`cli failed: ${last.stderr || last.error}`);
  }
  return { time: median(times), summary: JSON.parse(last.stdout).summary };
}

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run package` first');
mkdirSync(out, { recursive: true });
const empty = path.join(out, 'empty');
mkdirSync(empty, { recursive: true });
const allRoles = path.join(out, 'all-roles.yml');
writeFileSync(allRoles, 'roles:\n  - match: "*"\n');

const startup = runCli([empty, '--format', 'json']).time;
const inputs = [];
if (corpus) {
  inputs.push({ name: 'shared corpus, every role checked (`roles: [{match: "*"}]`)', dir: corpus, args: ['--config', allRoles] });
}
inputs.push({ name: 'generated tree, 1,000 templates', dir: generateTree(1000), args: [] });

const rows = [];
for (const input of inputs) {
  const files = candidates(input.dir);
  const raw = rawParse(files);
  const { time, summary } = runCli([input.dir, '--format', 'json', ...input.args]);
  rows.push({ ...input, files: files.length, raw, time, summary });
  console.log(`${input.name}: ${files.length} files, cli ${ms(time)}, yaml ${ms(raw.yaml)}`);
}

const cpu = os.cpus();
const cell = (r) => [
  r.name,
  r.files,
  (r.raw.bytes / 2 ** 20).toFixed(2),
  r.summary.iamRoles,
  r.summary.workerRoles,
  r.summary.errors,
  ms(r.time),
  ms(r.time - startup),
  ms(r.raw.yaml),
  ms(r.raw.json),
  `${((r.time - startup) / r.raw.yaml).toFixed(2)}×`,
];
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ` +
    `${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ` +
    `${os.platform()} ${os.release()}. Median of ${runs} runs.`,
  '',
  '`cli` is the wall time of `node dist/cli.js <folder> --format json` in a child process (start-up, walking, reading,',
  'decoding, parsing, checking, rendering). `cli − start-up` subtracts the same command on an empty folder.',
  '`yaml parse` is `parseDocument` of the `yaml` package on the same files, already in memory, in one process;',
  '`JSON.parse` covers only the `.json` files among them.',
  `Load average when run: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} (other work on the machine inflates wall times).`,
  '',
  `Start-up on an empty folder: ${ms(startup)}.`,
  '',
  '| input | files | MB | IAM roles | checked | errors | cli | cli − start-up | yaml parse | JSON.parse | (cli − start-up) / yaml |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${cell(r).join(' | ')} |`),
];
// Hand-written analysis below the figures survives a re-run.
const resultsFile = path.join(repo, 'bench', 'RESULTS.md');
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : '';
writeFileSync(resultsFile, `${lines.join('\n')}\n${notes}`);
console.log('wrote bench/RESULTS.md');
