import { describe, expect, it } from 'vitest';
import { bindLooseDocuments } from '../src/bind.js';
import { InputError } from '../src/model/errors.js';
import type { RoleSelector } from '../src/model/options.js';
import type { LooseDocument } from '../src/parsers/types.js';
import { parseFixture } from './parsers/iam-json/helpers.js';

const loose: LooseDocument[] = [
  'boogy-trust-cross-account.json',
  'cloudsplaining-policy-wildcards.json',
  'boogy-identity-insecure-policy.yaml',
  'boogy-trust-gha-oidc.json',
].flatMap((f) => parseFixture(f)!.looseDocuments!);

const selector = (extra: Partial<RoleSelector>): RoleSelector => ({
  match: 'veeam-worker',
  kinds: ['production-worker'],
  ...extra,
});

describe('bindLooseDocuments', () => {
  it('assembles a role from its trust file, policy files and instance-profile flag', () => {
    const { roles, errors, warnings } = bindLooseDocuments(loose, [
      selector({
        trust: './boogy-trust-cross-account.json',
        policies: ['cloudsplaining-policy-wildcards.json', 'boogy-identity-insecure-policy.yaml'],
        instanceProfile: true,
      }),
    ]);
    expect(errors).toEqual([]);
    expect(roles).toHaveLength(1);
    const role = roles[0]!;
    expect(role).toMatchObject({
      id: 'boogy-trust-cross-account.json#veeam-worker',
      key: 'veeam-worker',
      name: 'veeam-worker',
      source: 'iam-json',
      location: { file: 'boogy-trust-cross-account.json', line: 1, column: 1 },
    });
    const shape = role.variants[0]!;
    expect(shape.trustPolicy!.statements[0]!.principal).toEqual([
      expect.objectContaining({ type: 'AWS', value: 'arn:aws:iam::999999999999:root' }),
    ]);
    expect(shape.policies.map((p) => [p.kind, p.name, p.document?.statements.length])).toEqual([
      ['inline', 'cloudsplaining-policy-wildcards.json', 1],
      ['inline', 'boogy-identity-insecure-policy.yaml', 5],
    ]);
    expect(shape.instanceProfiles).toHaveLength(1);
    expect(shape.complete).toEqual({ policies: true, instanceProfiles: true });
    expect(shape.openQuestions).toEqual([]);
    // The OIDC trust policy is bound by no entry: reported, not checked.
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'unbound-document',
        location: expect.objectContaining({ file: 'boogy-trust-gha-oidc.json' }),
      }),
    ]);
  });

  it.each([
    [
      { trust: 'boogy-trust-cross-account.json' },
      ['permissions', 'instance-profile'],
      { policies: false, instanceProfiles: false },
    ],
    [
      { trust: 'boogy-trust-cross-account.json', policies: [], instanceProfile: false },
      [],
      { policies: true, instanceProfiles: true },
    ],
  ])('what a binding leaves out is an open question: %j', (extra, questions, complete) => {
    const shape = bindLooseDocuments(loose, [selector(extra)]).roles[0]!.variants[0]!;
    expect(shape.openQuestions.map((q) => q.checks[0])).toEqual(questions);
    expect(shape.complete).toEqual(complete);
    expect(shape.instanceProfiles).toEqual([]);
  });

  it('a binding without trust leaves trust unresolved', () => {
    const { roles } = bindLooseDocuments(loose, [
      selector({ policies: ['cloudsplaining-policy-wildcards.json'] }),
    ]);
    expect(roles[0]!.id).toBe('cloudsplaining-policy-wildcards.json#veeam-worker');
    expect(roles[0]!.variants[0]!.trustUnresolved?.reason).toMatch(/names no trust policy file/);
  });

  it('a bound file that is not a scanned policy document is an error; the role keeps it unresolved', () => {
    const { roles, errors } = bindLooseDocuments(loose, [
      selector({ trust: 'boogy-trust-cross-account.json', policies: ['iam/missing.json'] }),
    ]);
    expect(errors).toEqual([
      {
        file: 'iam/missing.json',
        message: expect.stringMatching(/not a policy document in the scanned input/),
      },
    ]);
    expect(roles[0]!.variants[0]!.policies[0]!.unresolved?.reason).toBe(
      'bound policy file iam/missing.json was not found',
    );
  });

  it('warns when a trust file reads as an identity policy', () => {
    const { warnings } = bindLooseDocuments(loose, [
      selector({ trust: 'cloudsplaining-policy-wildcards.json' }),
    ]);
    expect(warnings.map((w) => w.code)).toContain('binding-use-mismatch');
  });

  it('selectors without files bind nothing; a glob with files is a config error', () => {
    expect(bindLooseDocuments([], [selector({ match: '*worker*' })]).roles).toEqual([]);
    expect(() => bindLooseDocuments(loose, [selector({ match: '*worker*', trust: 'x.json' })])).toThrow(
      InputError,
    );
  });
});
