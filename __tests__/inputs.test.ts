import { describe, expect, it } from 'vitest';
import { gateOptions, readInputs, type Inputs } from '../src/inputs.js';
import { InputError } from '../src/model/errors.js';

const places = { workspace: '/work/repo', runnerTemp: '/runner/temp' };
const read = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const token = { 'github-token': 'ghs_x' };

describe('readInputs', () => {
  it('gives the documented defaults', () => {
    expect(readInputs(read(token), places)).toEqual({
      paths: ['.'],
      scan: 'all',
      appliancePrincipals: [],
      veeamVersion: '',
      config: '',
      onUnknown: undefined,
      parameters: {},
      tfvars: [],
      comment: 'on-change',
      commentKey: '',
      checkRun: true,
      suggestions: true,
      maxSuggestions: 20,
      sarifFile: '/runner/temp/veeam-iam-gate.sarif',
      failOn: 'fail',
      githubToken: 'ghs_x',
      awsRoles: [],
      apiTimeout: 120,
    } satisfies Inputs);
  });

  it.each<[string, Record<string, string>, Partial<Inputs>]>([
    [
      'live mode roles and region',
      { 'aws-roles': 'veeam-worker\narn:aws:iam::111122223333:role/other', 'aws-region': 'eu-west-1' },
      { awsRoles: ['veeam-worker', 'arn:aws:iam::111122223333:role/other'], awsRegion: 'eu-west-1' },
    ],
    [
      'Terraform variable files',
      { tfvars: 'envs/dev.tfvars\nshared.auto.tfvars.json' },
      { tfvars: ['envs/dev.tfvars', 'shared.auto.tfvars.json'] },
    ],
    [
      'paths, newline and comma separated',
      { paths: 'infra/\n  stacks/a.yaml, stacks/b.yaml\n' },
      { paths: ['infra/', 'stacks/a.yaml', 'stacks/b.yaml'] },
    ],
    [
      'several appliance principals',
      {
        'appliance-principal':
          'arn:aws:iam::111122223333:role/VeeamImpersonation\n444455556666, arn:aws-cn:iam::444455556666:root',
      },
      {
        appliancePrincipals: [
          'arn:aws:iam::111122223333:role/VeeamImpersonation',
          '444455556666',
          'arn:aws-cn:iam::444455556666:root',
        ],
      },
    ],
    [
      'parameters with commas and = in values',
      { parameters: 'Subnets=a,b,c\n\n Query = x=1 \n' },
      { parameters: { Subnets: 'a,b,c', Query: 'x=1' } },
    ],
    [
      'suggestions off, a smaller limit',
      { suggestions: 'false', 'max-suggestions': '5' },
      { suggestions: false, maxSuggestions: 5 },
    ],
    [
      'booleans in any case',
      { comment: 'FALSE', 'check-run': 'False' },
      { comment: 'never', checkRun: false },
    ],
    ['comment true is on-change', { comment: 'true' }, { comment: 'on-change' }],
    ['comment always', { comment: 'always' }, { comment: 'always' }],
    ['comment on-failure', { comment: 'On-Failure' }, { comment: 'on-failure' }],
    ['comment never', { comment: 'never' }, { comment: 'never' }],
    ['comment key', { 'comment-key': ' infra/prod ' }, { commentKey: 'infra/prod' }],
    [
      'a relative sarif-file, from the workspace',
      { 'sarif-file': 'out/gate.sarif' },
      { sarifFile: '/work/repo/out/gate.sarif' },
    ],
    ['an absolute sarif-file', { 'sarif-file': '/tmp/x.sarif' }, { sarifFile: '/tmp/x.sarif' }],
    ['api-timeout in seconds', { 'api-timeout': '30' }, { apiTimeout: 30 }],
    ['a fractional api-timeout', { 'api-timeout': ' 2.5 ' }, { apiTimeout: 2.5 }],
    [
      'scan changed, fail-on unknown, on-unknown warn, version 11',
      { scan: 'changed', 'fail-on': 'unknown', 'on-unknown': 'warn', 'veeam-version': '11' },
      { scan: 'changed', failOn: 'unknown', onUnknown: 'warn', veeamVersion: '11' },
    ],
  ])('reads %s', (_name, values, expected) => {
    expect(readInputs(read({ ...token, ...values }), places)).toMatchObject(expected);
  });

  it.each([
    ['github-token', '', 'github-token: is empty; leave it out to use ${{ github.token }}'],
    ['check-run', 'maybe', "check-run: 'maybe' is not one of true, false"],
    ['suggestions', 'yes', "suggestions: 'yes' is not one of true, false"],
    ['max-suggestions', '-1', "max-suggestions: '-1' is not a whole number"],
    [
      'comment',
      'sometimes',
      "comment: 'sometimes' is not one of always, on-change, on-failure, never, true, false",
    ],
    ['veeam-version', '12', "veeam-version: '12' is not one of 10, 11"],
    ['parameters', '=x', "parameters: '=x' is not Key=Value (one per line)"],
    ['api-timeout', '0', "api-timeout: '0' is not a number of seconds greater than 0"],
    ['api-timeout', '2m', "api-timeout: '2m' is not a number of seconds greater than 0"],
    ['api-timeout', '-5', "api-timeout: '-5' is not a number of seconds greater than 0"],
    [
      'aws-region',
      'eu-west-1',
      'aws-region: is set but aws-roles is empty; name the deployed roles to check (or all-workers)',
    ],
  ])('rejects %s %j with one line naming the input', (name, value, message) => {
    expect(() => readInputs(read({ ...token, [name]: value }), places)).toThrow(new InputError(message));
  });
});

describe('gateOptions', () => {
  const inputs = readInputs(read(token), places);
  const config = {
    veeamVersion: '11',
    appliancePrincipals: ['111122223333'],
    onUnknown: 'warn' as const,
    parameters: { A: 'config', B: 'config' },
    roles: [{ match: '*Worker*', kinds: ['production-worker'] }],
    exclude: ['legacy/**'],
  };

  it('takes the config where inputs are empty', () => {
    expect(gateOptions(inputs, config)).toMatchObject(config);
  });

  it('lets inputs win over the config, parameter by parameter', () => {
    const options = gateOptions(
      {
        ...inputs,
        veeamVersion: '10',
        appliancePrincipals: ['444455556666'],
        onUnknown: 'fail',
        parameters: { B: 'input' },
      },
      config,
    );
    expect(options).toMatchObject({
      veeamVersion: '10',
      appliancePrincipals: ['444455556666'],
      onUnknown: 'fail',
      parameters: { A: 'config', B: 'input' },
      roles: config.roles,
      exclude: config.exclude,
    });
  });
});
