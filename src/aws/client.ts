import { IAMClient } from '@aws-sdk/client-iam';

export interface ClientOptions {
  /** --aws-region / aws-region; IAM is global, the region only picks the signing region. */
  region?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * An IAM client from the environment's credentials (as aws-actions/configure-aws-credentials sets
 * them). The SDK itself honours AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL and retries throttling
 * with exponential backoff; `adaptive` mode also slows down when IAM keeps throttling.
 */
export function createIamClient(options: ClientOptions = {}): IAMClient {
  const env = options.env ?? process.env;
  shortenNodeVersionWarning(process.version, env);
  return new IAMClient({
    region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    maxAttempts: 8,
    retryMode: 'adaptive',
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
