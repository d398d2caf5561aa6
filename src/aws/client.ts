import { IAMClient } from '@aws-sdk/client-iam';

export interface ClientOptions {
  /** --aws-region / aws-region; IAM is global, the region only picks the signing region. */
  region?: string;
  env?: NodeJS.ProcessEnv;
  /** Attempts per IAM call, the first included (default 8). */
  maxAttempts?: number;
}

/** Attempts per call: IAM throttles an account's API calls as a whole, and many pull requests share it. */
export const iamMaxAttempts = 8;

/**
 * An IAM client from the environment's credentials (as aws-actions/configure-aws-credentials sets
 * them). The SDK itself honours AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL. `adaptive` retry mode
 * retries throttling (`Throttling: Rate exceeded`) and 5xx with exponential backoff and also slows
 * the client down while IAM keeps throttling; AccessDenied is not retried. Each page of a list is
 * its own call, so a throttled page is retried alone. Timeouts bound a connection that hangs.
 */
export function createIamClient(options: ClientOptions = {}): IAMClient {
  const env = options.env ?? process.env;
  shortenNodeVersionWarning(process.version, env);
  return new IAMClient({
    region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    maxAttempts: options.maxAttempts ?? iamMaxAttempts,
    retryMode: 'adaptive',
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
  });
}

/** The Node major version the AWS SDK's releases after January 2027 require. */
const sdkNodeMajor = 22;

/**
 * The SDK prints a nine-line NodeVersionSupportWarning on Node < 22; the gate says it in one line
 * on stderr instead (and nothing when the user has already silenced it).
 */
export function shortenNodeVersionWarning(nodeVersion: string, env: NodeJS.ProcessEnv): void {
  if (env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') return;
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const major = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
  if (major < sdkNodeMajor)
    process.stderr.write(
      `veeam-iam-gate: note: Node ${nodeVersion}; AWS SDK releases after January 2027 need Node ${sdkNodeMajor} or later (live mode works today).\n`,
    );
}
