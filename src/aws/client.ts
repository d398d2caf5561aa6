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
  return new IAMClient({
    region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    maxAttempts: 8,
    retryMode: 'adaptive',
  });
}
