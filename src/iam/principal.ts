import { isUnresolved, type InputRole, type Str } from '../model/value.js';
import type { Tri } from './tri.js';
import { compileWildcard } from './wildcard.js';

/** An AWS principal as IAM reads it: an account, a role, another ARN, or the `*` wildcard. */
export type AwsPrincipal =
  | { kind: 'wildcard' }
  | { kind: 'account'; partition: string; account: string }
  | { kind: 'role'; partition: string; account: string; path: string; name: string }
  | { kind: 'other'; arn: string; account?: string }
  | { kind: 'invalid'; text: string };

const ACCOUNT = /^(\d{12}|\$\{AWS::AccountId\})$/;
const ARN = /^arn:(\$\{AWS::Partition\}|[^:]+):(iam|sts)::(\$\{AWS::AccountId\}|[^:]*):(.+)$/;

/** Parses a principal the way IAM does (`*`, a 12-digit account, `arn:…:root`, a role ARN, …). */
export function parseAwsPrincipal(text: string): AwsPrincipal {
  if (text === '*') return { kind: 'wildcard' };
  if (ACCOUNT.test(text)) return { kind: 'account', partition: '${AWS::Partition}', account: text };
  const m = ARN.exec(text);
  if (!m) return { kind: 'invalid', text };
  const [, partition, service, account, rest] = m as unknown as [string, string, string, string, string];
  if (!ACCOUNT.test(account)) return { kind: 'invalid', text };
  if (service === 'iam' && rest === 'root') return { kind: 'account', partition, account };
  if (service === 'iam' && rest.startsWith('role/')) {
    const full = rest.slice('role/'.length);
    const slash = full.lastIndexOf('/');
    // IAM accepts no wildcard in a Principal other than "*" itself.
    if (full.includes('*') || full.includes('?')) return { kind: 'invalid', text };
    return {
      kind: 'role',
      partition,
      account,
      path: slash === -1 ? '/' : `/${full.slice(0, slash + 1)}`,
      name: full.slice(slash + 1),
    };
  }
  return { kind: 'other', arn: text, account };
}

function sameText(a: string, b: string, symbol: string): Tri {
  if (a === b) return 'yes';
  return a === symbol || b === symbol ? 'maybe' : 'no';
}

function samePartition(a: string, b: string): Tri {
  // `${AWS::Partition}` in a template means "the stack's partition": it matches every partition.
  return a === '${AWS::Partition}' || b === '${AWS::Partition}' || a === b ? 'yes' : 'no';
}

/**
 * Does the trusted principal `trusted` let the configured appliance principal `appliance` assume
 * the role? An account principal trusts every role of that account; a role principal trusts that
 * role only (role names are case-insensitive in IAM). A configured account accepts any principal of
 * that account.
 */
export function principalTrusts(trusted: Str, appliance: string): Tri {
  if (isUnresolved(trusted))
    return trusted.role?.part === 'arn' ? inputRoleIs(trusted.role, appliance) : 'maybe';
  const t = parseAwsPrincipal(trusted);
  const a = parseAwsPrincipal(appliance);
  if (t.kind === 'wildcard' || t.kind === 'invalid' || a.kind === 'wildcard' || a.kind === 'invalid')
    return 'no';
  if (t.kind === 'other' || a.kind === 'other') {
    return t.kind === 'other' && a.kind === 'other' && t.arn === a.arn ? 'yes' : 'no';
  }
  const account = sameText(t.account, a.account, '${AWS::AccountId}');
  if (account === 'no' || samePartition(t.partition, a.partition) === 'no') return 'no';
  if (t.kind === 'account' || a.kind === 'account') return account;
  const sameRole = t.name.toLowerCase() === a.name.toLowerCase() && t.path === a.path;
  return sameRole ? account : 'no';
}

/**
 * Is a role of the scanned input (ARN generated at deployment) the configured appliance principal?
 * Its account is the deploying one, unknown here: a known name that differs settles it (`no`),
 * anything else leaves it open (issue 12).
 */
function inputRoleIs(role: InputRole, appliance: string): Tri {
  const a = parseAwsPrincipal(appliance);
  if (a.kind === 'account') return 'maybe';
  if (a.kind !== 'role') return 'no';
  if (role.name !== undefined) return role.name.toLowerCase() === a.name.toLowerCase() ? 'maybe' : 'no';
  if (role.namePattern !== undefined)
    return compileWildcard(role.namePattern, true).test(a.name) ? 'maybe' : 'no';
  return 'maybe';
}

/** `ec2.amazonaws.com`, and its China-partition form. Service principals are matched exactly. */
export function serviceMatches(trusted: Str, service: string): Tri {
  if (isUnresolved(trusted)) return 'maybe';
  const viaSuffix = service.replace(/\.amazonaws\.com$/, '.${AWS::URLSuffix}');
  return trusted === service || trusted === `${service}.cn` || trusted === viaSuffix ? 'yes' : 'no';
}
