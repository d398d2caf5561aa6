import type { IAMClient } from '@aws-sdk/client-iam';
import { InputError } from '../model/errors.js';
import type { RoleSelector } from '../model/options.js';
import { createIamClient } from './client.js';
import { loadLiveRoles, type LiveResult } from './live-roles.js';

/** Live mode as asked on the command line (`--aws --role … --aws-region … --simulate`) or by action inputs. */
export interface LiveRequest {
  aws: boolean;
  /** Role names or ARNs, or `all-workers`. */
  roles: readonly string[];
  region?: string;
  simulate: boolean;
}

/**
 * Validates the request and reads the named roles; undefined when live mode is off. The client is
 * returned for `--simulate`. Bad combinations and missing credentials are InputErrors (exit 2).
 */
export async function startLiveMode(
  request: LiveRequest,
  selectors: readonly RoleSelector[],
  client?: IAMClient,
): Promise<{ client: IAMClient; live: LiveResult } | undefined> {
  if (!request.aws) {
    if (request.roles.length) throw new InputError('--role needs --aws (live mode)');
    if (request.simulate) throw new InputError('--simulate needs --aws (live mode)');
    if (request.region) throw new InputError('--aws-region needs --aws (live mode)');
    return undefined;
  }
  if (request.roles.length === 0)
    throw new InputError('--aws needs at least one --role NAME|ARN, or --role all-workers');
  const iam = client ?? createIamClient(request.region ? { region: request.region } : {});
  return { client: iam, live: await loadLiveRoles(iam, request.roles, { selectors }) };
}
