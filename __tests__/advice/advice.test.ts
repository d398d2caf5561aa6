import { describe, expect, it } from 'vitest';
import { actionCatalogue, adviceFails, adviseRole } from '../../src/advice/index.js';
import {
  allActionsLower,
  catalogueSize,
  closestAction,
  expandAction,
  isKnownAction,
} from '../../src/advice/catalogue.js';
import { readDataFile } from '../../src/iam/data-files.js';
import { combinedRequirements, requirementSets } from '../../src/requirements/index.js';
import { allow, role, type RoleSpec } from '../helpers/roles.js';
import { compliant } from '../requirements/compliant.js';

const v10 = combinedRequirements(['production-worker'], '10');
const v11 = combinedRequirements(['production-worker'], '11');
const good10 = compliant(v10);
const good11 = compliant(v11);
const codes = (spec: RoleSpec, requirement = v11, code?: string) =>
  adviseRole(role(spec), requirement).filter((w) => code === undefined || w.code === code);

describe('action catalogue', () => {
  it('records its source and date', () => {
    expect(actionCatalogue.source).toMatch(/^npm @cloud-copilot\/iam-data@\S+ \(MIT\)$/);
    expect(actionCatalogue.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('knows every action Veeam requires, in every set', () => {
    const unknown = requirementSets().flatMap((s) => s.actions.filter((a) => !isKnownAction(a)));
    expect(unknown).toEqual([]);
  });
  it.each([
    [
      'ssm:GetParameter*',
      ['ssm:GetParameter', 'ssm:GetParameterHistory', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
    ],
    [
      'ec2messages:*',
      [
        'ec2messages:AcknowledgeMessage',
        'ec2messages:DeleteMessage',
        'ec2messages:FailMessage',
        'ec2messages:GetEndpoint',
        'ec2messages:GetMessages',
        'ec2messages:SendReply',
      ],
    ],
    ['SSMMESSAGES:open?ataChannel', ['ssmmessages:OpenDataChannel']],
    ['nosuchservice:*', []],
  ])('expands %s', (pattern, actions) => {
    expect([...expandAction(pattern)]).toEqual(actions);
  });
  it('expands "*" to the whole catalogue', () => {
    expect(expandAction('*').length).toBeGreaterThan(15_000);
  });
  it.each([
    ['ssm:GetParameterz', 'ssm:GetParameter'],
    ['ssm:PutInventroy', 'ssm:PutInventory'],
    ['sssm:PutInventory', 'ssm:PutInventory'],
    ['ec2mesages:GetMessages', 'ec2messages:GetMessages'],
    ['ssm:CompletelyDifferentThing', undefined],
  ])('suggests %s → %s', (typo, suggestion) => {
    expect(closestAction(typo)).toBe(suggestion);
  });

  // Services are indexed on first use (issue 16): the answers are those of the whole catalogue
  // listed and indexed at once, as it was read before.
  describe('read service by service, it answers as the whole catalogue indexed at once', () => {
    const data = JSON.parse(readDataFile('actions.json')) as { services: Record<string, string> };
    const all = Object.entries(data.services).flatMap(([prefix, names]) =>
      names.split(' ').map((n) => `${prefix}:${n}`),
    );
    const known = new Set(all.map((a) => a.toLowerCase()));
    it('has the same size, order and lower-cased list', () => {
      expect(catalogueSize()).toBe(all.length);
      expect([...expandAction('*')]).toEqual(all);
      expect([...allActionsLower()]).toEqual(all.map((a) => a.toLowerCase()));
    });
    it('knows every action, in any case, and nothing else', () => {
      for (const a of all) {
        expect(isKnownAction(a)).toBe(true);
        expect(isKnownAction(a.toUpperCase())).toBe(true);
      }
    });
    it.each([
      'ssm:GetParameterz',
      'ssm',
      'ssm:',
      ':GetParameter',
      'ssm:GetParameter:x',
      'nosuch:GetParameter',
      '',
      'SSM:GETPARAMETER',
    ])('known(%j) as in the whole catalogue', (name) => {
      expect(isKnownAction(name)).toBe(known.has(name.toLowerCase()));
    });
  });
});

describe('least-privilege', () => {
  it('says nothing about a role that grants exactly what its kind needs', () => {
    expect(adviseRole(role(good11), v11)).toEqual([]);
  });

  it.each<[string, RoleSpec['inline'], RegExp | undefined]>([
    ['Action "*"', [allow('*')], /Action "\*" grants every AWS action/],
    [
      'NotAction on "*"',
      [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] }],
      /NotAction grants nearly every AWS action/,
    ],
    ['iam:*', [allow('iam:*')], /"iam:\*" grants full control of IAM/],
    [
      'iam:PassRole on "*"',
      [allow('iam:PassRole')],
      /iam:PassRole on Resource "\*" lets the role hand any role/,
    ],
    [
      'sts:AssumeRole on "*"',
      [allow('sts:AssumeRole')],
      /sts:AssumeRole on Resource "\*" lets the role assume any role/,
    ],
    ['sts:AssumeRole on one role', [allow('sts:AssumeRole', 'arn:aws:iam::111122223333:role/x')], undefined],
    ['a few extra ssm reads', [allow(['ssm:GetParameter*', 'ssm:Describe*'])], undefined],
  ])('%s', (_name, extra, offender) => {
    const warnings = codes({ ...good11, inline: [...good11.inline!, ...extra!] }, v11, 'least-privilege');
    expect(warnings[0]!.message).toMatch(
      /^test\.yaml#VeeamRole: grants \d+ actions? beyond the 35 that production-worker needs in Veeam Backup for AWS 11 \(after wildcard expansion against the AWS action catalogue of \d{4}-\d{2}-\d{2}\): \d+ from inline policy 'Inline1' \(test\.yaml:21\)/,
    );
    expect(warnings[0]!.location).toEqual({ file: 'test.yaml', line: 21, column: 1 });
    if (offender) expect(warnings.slice(1).map((w) => w.message)).toEqual([expect.stringMatching(offender)]);
    else expect(warnings).toHaveLength(1);
  });

  it('counts after wildcard expansion', () => {
    const [w] = codes(
      { ...good11, inline: [...good11.inline!, allow('ec2messages:*')] },
      v11,
      'least-privilege',
    );
    expect(w).toBeUndefined(); // ec2messages:* is exactly the six that Veeam needs
    const [x] = codes(
      { ...good11, inline: [...good11.inline!, allow('ssm:GetParameter*')] },
      v11,
      'least-privilege',
    );
    expect(x!.message).toMatch(/grants 2 actions beyond/); // GetParameterHistory, GetParametersByPath
  });

  it('does not call a PassRole that the kind needs an offender', () => {
    const backup = combinedRequirements(['ec2-backup'], '11');
    const warnings = adviseRole(role(compliant(backup)), backup);
    expect(warnings).toEqual([]);
  });

  it('names an AWS-managed policy that grants more, at its attachment', () => {
    const spec: RoleSpec = {
      ...good11,
      managed: ['arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM'],
    };
    const [w] = codes(spec, v11, 'least-privilege');
    expect(w!.message).toMatch(
      /: 17 from AWS-managed policy service-role\/AmazonEC2RoleforSSM \(test\.yaml:30\)$/,
    );
    expect(w!.location).toEqual({ file: 'test.yaml', line: 30, column: 1 });
  });

  it('finds nothing beyond the production worker in AmazonSSMManagedInstanceCore', () => {
    const spec: RoleSpec = { ...good11, managed: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'] };
    expect(codes(spec, v11)).toEqual([]);
  });
});

describe('unknown-action', () => {
  it.each<[string, string, string]>([
    [
      'a typo',
      'ssm:GetParameterz',
      "'ssm:GetParameterz' is not a known action in inline policy 'Inline1' (AWS action catalogue of DATE); did you mean 'ssm:GetParameter'?",
    ],
    [
      'an unknown service',
      'sssm:PutInventory',
      "'sssm:PutInventory' names an unknown service 'sssm' in inline policy 'Inline1' (AWS action catalogue of DATE); did you mean 'ssm:PutInventory'?",
    ],
    [
      'a pattern matching nothing',
      'ssm:Get*Thing',
      "'ssm:Get*Thing' matches no known action in inline policy 'Inline1' (AWS action catalogue of DATE)",
    ],
    [
      'no service',
      'GetParameter',
      "'GetParameter' is not an action name (service:Action) in inline policy 'Inline1' (AWS action catalogue of DATE)",
    ],
  ])('%s', (_name, action, message) => {
    const warnings = codes(
      { ...good11, inline: [...good11.inline!, allow(action, 'arn:aws:ssm:*:*:parameter/x')] },
      v11,
      'unknown-action',
    );
    expect(warnings).toEqual([
      {
        code: 'unknown-action',
        message: `test.yaml#VeeamRole: ${message.replace('DATE', actionCatalogue.date)}`,
        location: { file: 'test.yaml', line: 21, column: 1 },
      },
    ]);
  });

  it('accepts real actions in any case, and Deny statements are read too', () => {
    const spec: RoleSpec = {
      ...good11,
      inline: [
        ...good11.inline!,
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Deny', Action: ['EC2:terminateinstances', 'ec2:TermnateInstances'], Resource: '*' },
          ],
        },
      ],
    };
    expect(codes(spec, v11, 'unknown-action').map((w) => w.message)).toEqual([
      expect.stringContaining("did you mean 'ec2:TerminateInstances'?"),
    ]);
  });
});

describe('version drift', () => {
  it('names what Veeam 11 adds that a v10 role lacks', () => {
    expect(adviseRole(role(good10), v10)).toEqual([
      {
        code: 'version-drift',
        message:
          'test.yaml#VeeamRole: Veeam Backup for AWS 11 adds iam:ListAccountAliases, pricing:GetProducts to production-worker; the role lacks iam:ListAccountAliases, pricing:GetProducts: update it before upgrading the appliance',
        location: { file: 'test.yaml', line: 5, column: 1 },
      },
    ]);
  });
  it('is quiet once the role is ready, and for kinds that do not change', () => {
    expect(adviseRole(role(good11), v10).filter((w) => w.code === 'version-drift')).toEqual([]);
    const flr = combinedRequirements(['flr-worker'], '10');
    expect(adviseRole(role(compliant(flr)), flr)).toEqual([]);
  });
});

describe('adviceFails', () => {
  const lp = { code: 'least-privilege', message: 'x' };
  const drift = { code: 'version-drift', message: 'y' };
  it.each<[string, 'warn' | 'fail' | undefined, object[], boolean]>([
    ['default', undefined, [lp], false],
    ['warn', 'warn', [lp], false],
    ['fail with advice', 'fail', [lp], true],
    ['fail with drift only', 'fail', [drift], false],
    ['fail without advice', 'fail', [], false],
  ])('%s', (_name, mode, warnings, fails) => {
    expect(adviceFails(warnings as never, mode)).toBe(fails);
  });
});

describe('advice memoised per Action list (issue 16)', () => {
  it('roles sharing one Action list get the advice each would get alone, per requirement set', () => {
    // The same array object in two roles' statements, as relocated copies of one plan document share it.
    const actions = ['ssm:GetParameterz', 'iam:*', 'ec2:DescribeInstances', 'sts:AssumeRole'];
    const spec = (key: string): RoleSpec => ({ key, inline: [allow(actions)] });
    const fresh = (key: string): RoleSpec => ({ key, inline: [allow([...actions])] });
    const first = role(spec('A'));
    const second = role(spec('B'));
    const shared = first.variants[0]!.policies[0]!.document!.statements[0]!.action;
    second.variants[0]!.policies[0]!.document!.statements[0]!.action = shared;
    for (const requirement of [v10, v11, v10]) {
      expect(adviseRole(first, requirement)).toEqual(adviseRole(role(fresh('A')), requirement));
      expect(adviseRole(second, requirement)).toEqual(adviseRole(role(fresh('B')), requirement));
    }
    expect(adviseRole(first, v11).map((w) => w.code)).toEqual(
      expect.arrayContaining(['least-privilege', 'unknown-action']),
    );
  });

  // Lists written out in each template are equal in text, not shared: keyed by their text too.
  const unknownNames = (actions: string[], key: string) =>
    codes({ key, inline: [allow(actions)] }, v11, 'unknown-action').map(
      (w) => /'([^']*)'/.exec(w.message)![1],
    );
  it.each<[string, string[], string[]]>([
    [
      'the same typo in two lists',
      ['ssm:GetParameterz', 'ec2:DescribeInstances'],
      ['ssm:GetParameterz', 'ec2:DescribeInstances'],
    ],
    ['lists differing in one name', ['ssm:GetParameterz'], ['ssm:GetParameterx']],
    [
      'a name holding the key separator, and the names it joins',
      ['ssm:Get\u0000ssm:Put', 'x'],
      ['ssm:Get', 'ssm:Put', 'x'],
    ],
    ['the names first, then the one holding them', ['ssm:Getz', 'ssm:Putz'], ['ssm:Getz,ssm:Putz']],
  ])('%s: each list gets its own warnings', (_name, a, b) => {
    const wanted = (actions: string[]) => actions.filter((x) => !isKnownAction(x));
    expect(unknownNames(a, 'A')).toEqual(wanted(a));
    expect(unknownNames(b, 'B')).toEqual(wanted(b));
    expect(unknownNames([...a], 'C')).toEqual(wanted(a));
  });
});
