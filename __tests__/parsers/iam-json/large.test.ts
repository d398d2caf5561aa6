import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iamJsonParser } from '../../../src/parsers/iam-json/index.js';
import { largeJsonBytes } from '../../../src/parsers/iam-json/large-json.js';
import { fixtures } from './helpers.js';

/** The real account file, its roles repeated under new names until it is a large account. */
function largeAccount(): { text: string; roles: number } {
  const account = JSON.parse(readFileSync(join(fixtures, 'cloudsplaining-authz-details-test.json'), 'utf8'));
  const base = account.RoleDetailList as { RoleName: string }[];
  const roles: object[] = [];
  for (let i = 0; JSON.stringify(roles).length < largeJsonBytes; i++)
    for (const r of base) roles.push({ ...r, RoleName: `${r.RoleName}-${i}` });
  account.RoleDetailList = roles;
  return { text: JSON.stringify(account, null, 4), roles: roles.length };
}

describe('iamJsonParser on a large account (JSON.parse with line anchors)', () => {
  const { text, roles } = largeAccount();
  const parsed = iamJsonParser.parse(text, { file: 'big.json', parameters: {} })!;
  const lines = text.split('\n');

  it('reads every role, each pointing at its RoleName line', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.roles).toHaveLength(roles);
    for (const role of [parsed.roles[0]!, parsed.roles[roles - 1]!, parsed.roles[Math.floor(roles / 2)]!]) {
      expect(lines[role.location.line - 1]).toContain(`"RoleName": "${role.key}"`);
    }
  });

  it('gives the same model as the located reader, apart from locations', () => {
    const small = iamJsonParser.parse(
      readFileSync(join(fixtures, 'cloudsplaining-authz-details-test.json'), 'utf8'),
      {
        file: 'small.json',
        parameters: {},
      },
    )!;
    const strip = (v: unknown): unknown =>
      JSON.parse(
        JSON.stringify(v, (k, x) =>
          k === 'location' || k === 'loc' || k === 'file' || k === 'id' ? undefined : x,
        ),
      );
    const ec2 = parsed.roles.find((r) => r.key === 'OverprivilegedEC2-0')!;
    const smallEc2 = small.roles.find((r) => r.key === 'OverprivilegedEC2')!;
    expect(strip({ ...ec2, key: '', name: '' })).toEqual(strip({ ...smallEc2, key: '', name: '' }));
  });

  it('finds entries written without spaces too (one minified line)', () => {
    const compact = JSON.stringify(JSON.parse(text));
    const roles = iamJsonParser.parse(compact, { file: 'min.json', parameters: {} })!.roles;
    const last = roles[roles.length - 1]!;
    expect(last.location).toEqual({
      file: 'min.json',
      line: 1,
      column: compact.indexOf(`"RoleName":"${last.key}"`) + 1,
    });
  });

  it('still reports a syntax error on its line', () => {
    const broken = text.replace('"RoleDetailList": [', '"RoleDetailList": [,');
    const result = iamJsonParser.parse(broken, { file: 'big.json', parameters: {} })!;
    const line = lines.findIndex((l) => l.includes('"RoleDetailList": [')) + 1;
    expect(result.errors).toEqual([
      { file: 'big.json', line, column: 24, message: 'invalid JSON: ValueExpected' },
    ]);
  });
});
