import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../src/config.js';
import { parseConfig } from '../src/config-file.js';
import { InputError } from '../src/model/errors.js';
import { defaultOptions } from '../src/model/options.js';

const file = '.github/veeam-iam-gate.yml';

describe('parseConfig: valid files', () => {
  it.each([
    ['empty file', '', {}],
    ['comments only', '# nothing yet\n', {}],
    ['version as string', 'veeam-version: "11"', { veeamVersion: '11' }],
    ['version as number', 'veeam-version: 10', { veeamVersion: '10' }],
    [
      'appliance-principal (the flag spelling) as an alias',
      "appliance-principal: '012345678901'",
      { appliancePrincipals: ['012345678901'] },
    ],
    [
      'the issue example',
      [
        'veeam-version: "10"',
        'appliance-principals: [arn:aws:iam::111122223333:role/VeeamImpersonation]',
        'on-unknown: fail            # or warn',
        'parameters: { ApplianceRoleArn: arn:aws:iam::111122223333:role/VeeamImpersonation }',
        'roles:',
        '  - match: "*Worker*"',
        '    kind: production-worker',
        'exclude: ["legacy/**"]',
      ].join('\n'),
      {
        veeamVersion: '10',
        appliancePrincipals: ['arn:aws:iam::111122223333:role/VeeamImpersonation'],
        onUnknown: 'fail',
        parameters: { ApplianceRoleArn: 'arn:aws:iam::111122223333:role/VeeamImpersonation' },
        roles: [{ match: '*Worker*', kinds: ['production-worker'] }],
        exclude: ['legacy/**'],
      },
    ],
    [
      'one principal as a string, account ID',
      'appliance-principals: "111122223333"',
      { appliancePrincipals: ['111122223333'] },
    ],
    [
      'account root, China partition',
      'appliance-principals: [arn:aws-cn:iam::111122223333:root]',
      { appliancePrincipals: ['arn:aws-cn:iam::111122223333:root'] },
    ],
    ['on-unknown warn', 'on-unknown: warn', { onUnknown: 'warn' }],
    ['least-privilege', 'least-privilege: fail', { leastPrivilege: 'fail' }],
    ['exclude as a string', 'exclude: legacy/**', { exclude: ['legacy/**'] }],
    [
      'parameter scalars and lists',
      'parameters:\n  Count: 3\n  On: true\n  Subnets: [a, b]',
      { parameters: { Count: '3', On: 'true', Subnets: 'a,b' } },
    ],
    [
      'role entry as a bare string',
      'roles: ["*"]',
      { roles: [{ match: '*', kinds: ['production-worker'] }] },
    ],
    [
      'kinds as a list',
      'roles:\n  - match: Backup*\n    kinds: [production-worker]',
      { roles: [{ match: 'Backup*', kinds: ['production-worker'] }] },
    ],
    [
      'combined kind',
      'roles: [{match: B, kind: production-worker+production-worker}]',
      { roles: [{ match: 'B', kinds: ['production-worker+production-worker'] }] },
    ],
    [
      'IAM JSON binding',
      'roles:\n  - match: veeam-worker\n    trust: iam/trust.json\n    policies: [iam/worker-policy.json]\n    instance-profile: true',
      {
        roles: [
          {
            match: 'veeam-worker',
            kinds: ['production-worker'],
            trust: 'iam/trust.json',
            policies: ['iam/worker-policy.json'],
            instanceProfile: true,
          },
        ],
      },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseConfig(text, file)).toEqual(expected);
  });
});

describe('parseConfig: errors name the file, line, key and the fix', () => {
  it.each([
    [
      'unknown key',
      'veeam-version: "10"\non_unknown: warn',
      `${file}:2: 'on_unknown' is not a known key (did you mean 'on-unknown'?) (known: veeam-version, appliance-principals, on-unknown, parameters, roles, exclude, least-privilege, ignore, waivers, inline-waivers, max-waiver-days, baseline, terraform)`,
    ],
    ['not a mapping', '- a\n- b', `${file}:1: must be a mapping of settings (got a list)`],
    [
      'terraform not a mapping',
      'terraform: [a.tfvars]',
      `${file}:1: 'terraform' must be a mapping with tfvars and/or plans (got a list)`,
    ],
    [
      'terraform unknown key',
      'terraform:\n  vars: {a: b}',
      `${file}:2: 'terraform.vars' is not a known key (known: tfvars, plans)`,
    ],
    [
      'terraform plan without root',
      'terraform:\n  plans:\n    - plan: plans/stage.json',
      `${file}:3: 'terraform.plans[0].root' must be the folder of the plan's root module (got nothing)`,
    ],
    [
      'terraform plans entry a string',
      'terraform:\n  plans: [plans/stage.json]',
      `${file}:2: 'terraform.plans[0]' must be a mapping such as { plan: plans/stage.json, root: envs/stage } (got string 'plans/stage.json')`,
    ],
    ['a scalar document', 'hello', `${file}:1: must be a mapping of settings (got string 'hello')`],
    ['bad YAML', 'roles: [\n', `${file}:2: not valid YAML:`],
    [
      'duplicate key',
      'on-unknown: warn\non-unknown: fail',
      `${file}:2: not valid YAML: Map keys must be unique`,
    ],
    [
      'version not a number',
      'veeam-version: ten',
      `${file}:1: 'veeam-version' must be a Veeam Backup for AWS version with published requirements: "10" or`,
    ],
    [
      'version a float',
      'veeam-version: 10.5',
      `${file}:1: 'veeam-version' must be a Veeam Backup for AWS version with published requirements: "10" or`,
    ],
    [
      'version without requirements',
      'veeam-version: 9',
      `${file}:1: 'veeam-version' must be a Veeam Backup for AWS version`,
    ],
    [
      'unknown role kind',
      'roles:\n  - match: x\n    kind: not-a-kind',
      `${file}:3: 'roles[0].kind' must be a role kind (default, ec2-backup`,
    ],
    [
      'unknown kind in a combination',
      'roles:\n  - match: x\n    kinds: [production-worker+nope]',
      `${file}:3: 'roles[0].kinds[0]' must be a role kind (`,
    ],
    [
      'on-unknown bad value',
      'on-unknown: maybe',
      `${file}:1: 'on-unknown' must be 'fail' or 'warn' (got 'maybe')`,
    ],
    ['on-unknown boolean', 'on-unknown: true', `${file}:1: 'on-unknown' must be 'fail' or 'warn' (got true)`],
    [
      'least-privilege bad',
      'least-privilege: error',
      `${file}:1: 'least-privilege' must be 'warn' or 'fail' (got 'error')`,
    ],
    [
      'principal not an ARN',
      'appliance-principals:\n  - "111122223333"\n  - veeam-role',
      `${file}:3: 'appliance-principals[1]' must be a role ARN`,
    ],
    [
      'principal a number',
      'appliance-principals: [111122223333]',
      `${file}:1: 'appliance-principals[0]' is a number to YAML, which drops an account ID's leading zeros: quote it ('111122223333')`,
    ],
    [
      'account ID with a leading zero, unquoted',
      'appliance-principals:\n  - 012345678901',
      `${file}:2: 'appliance-principals[0]' is a number to YAML, which drops an account ID's leading zeros: quote it ('012345678901')`,
    ],
    [
      'account ID as a number under the singular key',
      'appliance-principal: 111122223333',
      `${file}:1: 'appliance-principal' is a number to YAML`,
    ],
    ['misspelt key far from any', 'zzzz: 1', `${file}:1: 'zzzz' is not a known key (known:`],
    [
      'roles not a list',
      'roles: {match: x}',
      `${file}:1: 'roles' must be a list of { match, kind } entries (got a mapping)`,
    ],
    [
      'role without match',
      'roles:\n  - kind: production-worker',
      `${file}:2: 'roles[0].match' must be a glob`,
    ],
    [
      'role unknown key',
      'roles:\n  - match: x\n    kindz: flr-worker',
      `${file}:3: 'roles[0].kindz' is not a known key of a roles entry (did you mean 'kind'?) (known: match, kind, kinds, trust, policies, instance-profile)`,
    ],
    [
      'role kind and kinds',
      'roles:\n  - match: x\n    kind: production-worker\n    kinds: [production-worker]',
      `${file}:4: 'roles[0].kinds' cannot be given together with kind: use one`,
    ],
    [
      'role kind not a string',
      'roles:\n  - match: x\n    kind: [a]',
      `${file}:3: 'roles[0].kind' must be a role kind (`,
    ],
    [
      'role kinds empty',
      'roles:\n  - match: x\n    kinds: []',
      `${file}:3: 'roles[0].kinds' must name at least one role kind`,
    ],
    [
      'role instance-profile not boolean',
      'roles:\n  - match: x\n    instance-profile: "yes"',
      `${file}:3: 'roles[0].instance-profile' must be true or false (got 'yes')`,
    ],
    ['role entry a number', 'roles: [1]', `${file}:1: 'roles[0]' must be a mapping`],
    [
      'parameters a list',
      'parameters: [a]',
      `${file}:1: 'parameters' must be a mapping of ParameterName: value (got a list)`,
    ],
    [
      'parameter a mapping',
      'parameters:\n  A:\n    b: c',
      `${file}:2: 'parameters.A' must be a string, a number or a list of strings (got a mapping)`,
    ],
    [
      'exclude a number',
      'exclude: 3',
      `${file}:1: 'exclude' must be a string or a list of strings (got number 3)`,
    ],
    [
      'alias bomb',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      `${file}:`,
    ],
  ])('%s', (_name, text, message) => {
    let error: unknown;
    try {
      parseConfig(text, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('terraform settings', () => {
  it('reads tfvars and plan roots; flags add tfvars after the config and set vars', () => {
    const config = parseConfig(
      'terraform:\n  tfvars: [shared/common.tfvars]\n  plans:\n    - { plan: ./plans/stage.json, root: envs/stage/ }\n',
      file,
    );
    expect(config.terraform).toEqual({
      tfvars: ['shared/common.tfvars'],
      vars: {},
      plans: [{ plan: 'plans/stage.json', root: 'envs/stage' }],
    });
    expect(resolveOptions({ tfvars: ['dev.tfvars'], vars: { env: 'dev' } }, config).terraform).toEqual({
      tfvars: ['shared/common.tfvars', 'dev.tfvars'],
      vars: { env: 'dev' },
      plans: [{ plan: 'plans/stage.json', root: 'envs/stage' }],
    });
  });
});

describe('resolveOptions', () => {
  it('uses the defaults when nothing is given', () => {
    expect(resolveOptions({}, {})).toEqual(defaultOptions);
  });

  it('lets flags win over the config, and merges parameters key by key', () => {
    const config = parseConfig(
      'veeam-version: "10"\non-unknown: warn\nappliance-principals: ["111122223333"]\nparameters: {A: config, B: config}\nroles: ["*Worker*"]\nexclude: [legacy/**]\nleast-privilege: fail',
      file,
    );
    expect(
      resolveOptions(
        {
          veeamVersion: '11',
          onUnknown: 'fail',
          appliancePrincipals: ['444455556666'],
          parameters: { B: 'flag' },
        },
        config,
      ),
    ).toEqual({
      veeamVersion: '11',
      appliancePrincipals: ['444455556666'],
      onUnknown: 'fail',
      parameters: { A: 'config', B: 'flag' },
      roles: [{ match: '*Worker*', kinds: ['production-worker'] }],
      exclude: ['legacy/**'],
      leastPrivilege: 'fail',
    });
  });

  it('keeps the config principals when no flag names one', () => {
    expect(
      resolveOptions({ appliancePrincipals: [] }, { appliancePrincipals: ['111122223333'] })
        .appliancePrincipals,
    ).toEqual(['111122223333']);
  });
});
