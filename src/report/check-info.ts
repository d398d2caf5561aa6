import type { CheckId } from '../model/role.js';

/** What each check demands, for readers of SARIF rules and Markdown reports. */
export interface CheckInfo {
  id: CheckId;
  title: string;
  /** One paragraph, Markdown. */
  help: string;
  /** The Veeam Help Center page the requirement comes from. */
  source: string;
}

const workerPage = 'https://helpcenter.veeam.com/docs/vbaws/guide/role_permissions_prod_acc.html';
const beforeYouBegin = 'https://helpcenter.veeam.com/docs/vbaws/guide/byb_roles.html';

const known: Record<string, CheckInfo> = {
  'trust-ec2': {
    id: 'trust-ec2',
    title: 'Worker role trusts Amazon EC2',
    help:
      'An `Allow` statement of the trust policy must grant `sts:AssumeRole` to the service principal ' +
      '`ec2.amazonaws.com`, and no `Deny` may take it away: worker instances run with this role.',
    source: workerPage,
  },
  'trust-appliance': {
    id: 'trust-appliance',
    title: 'Worker role trusts the backup appliance',
    help:
      'An `Allow` statement of the trust policy must grant `sts:AssumeRole` to the backup appliance: the ARN of ' +
      'its impersonation role or its account. An `sts:ExternalId` condition is accepted; `Principal: "*"` is not.',
    source: beforeYouBegin,
  },
  'instance-profile': {
    id: 'instance-profile',
    title: 'Worker role is in an instance profile',
    help: 'The role must be included in at least one instance profile, or Veeam cannot attach it to worker instances.',
    source: workerPage,
  },
  permissions: {
    id: 'permissions',
    title: 'Worker role has every permission Veeam needs',
    help:
      'The effective identity permissions (inline and managed policies, minus explicit `Deny`, within the ' +
      'permissions boundary) must allow every action Veeam lists for the role on `Resource: "*"`.',
    source: workerPage,
  },
};

/** The four checks of every worker role, in the order reports list them. */
export const checkOrder: CheckId[] = ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'];

/** What a check demands; `trust-<service>` checks other than trust-ec2 are described from their id. */
export function checkInfo(id: CheckId): CheckInfo {
  const info = known[id];
  if (info) return info;
  const service = id.replace(/^trust-/, '');
  return {
    id,
    title: `Role trusts ${service}.amazonaws.com`,
    help:
      `An \`Allow\` statement of the trust policy must grant \`sts:AssumeRole\` to the service principal ` +
      `\`${service}.amazonaws.com\`, as Veeam requires for this kind of role.`,
    source: workerPage,
  };
}

/** Sort key: the order above; other trust-<service> checks right after trust-ec2, by name. */
export function compareChecks(a: CheckId, b: CheckId): number {
  const rank = (id: CheckId) => {
    const i = checkOrder.indexOf(id);
    return i >= 0 ? i * 2 : 1;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
