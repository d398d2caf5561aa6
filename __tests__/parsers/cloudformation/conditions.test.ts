import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';

const base = (
  conditions: string,
  roleProps: string,
  rest = '',
  parameters = 'Parameters:\n  Env: {Type: String}\n  Flag: {Type: String, Default: "off"}',
) => `AWSTemplateFormatVersion: '2010-09-09'
${parameters}
Conditions:
${conditions}
Resources:
  Worker:
${roleProps}
${rest}`;

const roleWith = (props: string, condition = '') =>
  `    Type: AWS::IAM::Role\n${condition ? `    Condition: ${condition}\n` : ''}    Properties:\n      AssumeRolePolicyDocument: {Statement: []}\n${props}`;

describe('conditions', () => {
  it('makes one variant per assignment of an undecided condition used by !If', () => {
    const text = base(
      '  IsProd: !Equals [!Ref Env, prod]',
      roleWith(
        '      ManagedPolicyArns:\n        - !If [IsProd, arn:aws:iam::aws:policy/A, arn:aws:iam::aws:policy/B]',
      ),
    );
    const role = parse(text).roles[0]!;
    expect(role.variants.map((v) => [v.assumptions, v.policies.map((p) => p.arn)])).toEqual([
      [{ IsProd: true }, ['arn:aws:iam::aws:policy/A']],
      [{ IsProd: false }, ['arn:aws:iam::aws:policy/B']],
    ]);
  });

  it.each([
    ['a default decides', {}, [{}]],
    ['a given parameter decides', { Flag: 'on' }, [{}]],
  ])('makes a single variant when %s', (_title, parameters, assumptions) => {
    const text = base(
      '  On: !Equals [!Ref Flag, "on"]',
      roleWith(
        '      ManagedPolicyArns:\n        - !If [On, arn:aws:iam::aws:policy/A, arn:aws:iam::aws:policy/B]',
      ),
    );
    const role = parse(text, parameters).roles[0]!;
    expect(role.variants.map((v) => v.assumptions)).toEqual(assumptions);
    expect(role.variants[0]!.policies[0]!.arn).toBe(
      (parameters as Record<string, string>).Flag === 'on'
        ? 'arn:aws:iam::aws:policy/A'
        : 'arn:aws:iam::aws:policy/B',
    );
  });

  it('drops assignments that contradict the conditions themselves', () => {
    const text = base(
      '  IsProd: !Equals [!Ref Env, prod]\n  NotProd: !Not [!Condition IsProd]',
      roleWith(
        '      ManagedPolicyArns:\n        - !If [IsProd, arn:aws:iam::aws:policy/A, !Ref AWS::NoValue]\n        - !If [NotProd, arn:aws:iam::aws:policy/B, !Ref AWS::NoValue]',
      ),
    );
    const role = parse(text).roles[0]!;
    expect(role.variants.map((v) => v.assumptions)).toEqual([
      { IsProd: false, NotProd: true },
      { IsProd: true, NotProd: false },
    ]);
  });

  it('removes linked resources whose condition is false in a variant', () => {
    const text = base(
      '  IsProd: !Equals [!Ref Env, prod]',
      roleWith(''),
      `  Profile:
    Type: AWS::IAM::InstanceProfile
    Condition: IsProd
    Properties:
      Roles: [!Ref Worker]
  Extra:
    Type: AWS::IAM::Policy
    Condition: IsProd
    Properties:
      PolicyName: extra
      Roles: [!Ref Worker]
      PolicyDocument: {Statement: []}`,
    );
    const role = parse(text).roles[0]!;
    expect(role.variants.map((v) => [v.assumptions, v.instanceProfiles.length, v.policies.length])).toEqual([
      [{ IsProd: true }, 1, 1],
      [{ IsProd: false }, 0, 0],
    ]);
  });

  it('keeps only the variants in which the role itself exists', () => {
    const text = base('  IsProd: !Equals [!Ref Env, prod]', roleWith('', 'IsProd'));
    expect(parse(text).roles[0]!.variants.map((v) => v.assumptions)).toEqual([{ IsProd: true }]);
  });

  it('drops a role whose condition the given parameters make false', () => {
    const text = base('  IsProd: !Equals [!Ref Env, prod]', roleWith('', 'IsProd'));
    const parsed = parse(text, { Env: 'dev' });
    expect(parsed.roles).toEqual([]);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'role-not-created' }));
  });

  it('checks a role that only parameter defaults switch off as if it were created', () => {
    const text = base(
      '  On: !Equals [!Ref Flag, "on"]',
      roleWith('', 'On'),
      `  Profile:\n    Type: AWS::IAM::InstanceProfile\n    Condition: On\n    Properties:\n      Roles: [!Ref Worker]`,
    );
    const parsed = parse(text);
    expect(parsed.roles[0]!.variants).toMatchObject([
      { assumptions: { On: true }, instanceProfiles: [{ name: 'Profile' }] },
    ]);
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'role-condition-default-false' }));
  });

  it('caps the undecided conditions per role and leaves the rest as an open question', () => {
    const names = Array.from({ length: 8 }, (_, i) => `C${i}`);
    const text = base(
      names.map((n, i) => `  ${n}: !Equals [!Ref Env, v${i}]`).join('\n'),
      roleWith(
        '      ManagedPolicyArns:\n' +
          names
            .map((n) => `        - !If [${n}, arn:aws:iam::aws:policy/${n}, !Ref AWS::NoValue]`)
            .join('\n'),
      ),
    );
    const role = parse(text).roles[0]!;
    // Assignments are not checked against each other through parameters (C0 and C1 cannot both
    // hold): an impossible variant can only make a verdict unknown, never a false pass.
    expect(role.variants).toHaveLength(64);
    const question = role.variants[0]!.openQuestions.find((q) => q.reason.includes('not enumerated'));
    expect(question).toMatchObject({
      checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'],
    });
    expect(question!.reason).toContain('C6, C7');
    expect(role.variants[0]!.policies.filter((p) => p.unresolved).length).toBe(2);
  });

  it('enumerates independent conditions up to 64 variants', () => {
    const names = Array.from({ length: 6 }, (_, i) => `C${i}`);
    const parameters = 'Parameters:\n' + names.map((n) => `  P${n}: {Type: String}`).join('\n');
    const text = base(
      names.map((n) => `  ${n}: !Equals [!Ref P${n}, yes]`).join('\n'),
      roleWith(
        '      ManagedPolicyArns:\n' +
          names
            .map((n) => `        - !If [${n}, arn:aws:iam::aws:policy/${n}, !Ref AWS::NoValue]`)
            .join('\n'),
      ),
      '',
      parameters,
    );
    const role = parse(text).roles[0]!;
    expect(role.variants).toHaveLength(64);
    expect(role.variants[63]!.assumptions).toEqual(Object.fromEntries(names.map((n) => [n, false])));
  });

  it('reports circular and unknown conditions without hanging', () => {
    const text = base(
      '  A: !Condition B\n  B: !Not [!Condition A]',
      roleWith(
        '      ManagedPolicyArns:\n        - !If [A, arn:aws:iam::aws:policy/A, arn:aws:iam::aws:policy/B]\n        - !If [Nope, x, y]',
      ),
    );
    const parsed = parse(text);
    expect(parsed.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['circular-reference', 'unknown-condition']),
    );
    expect(parsed.roles[0]!.variants.length).toBeGreaterThan(0);
  });
});
