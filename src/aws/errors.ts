import { InputError } from '../model/errors.js';

/** What an SDK error means for live mode. */
export type CallFailure = 'access-denied' | 'not-found' | 'other';

const credentialErrors = new Set([
  'CredentialsProviderError',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'InvalidAccessKeyId',
]);

/**
 * Classifies an SDK error. Missing or rejected credentials concern the whole invocation: they
 * become an InputError (exit 2, one line) instead of a per-role finding.
 */
export function classify(error: unknown): CallFailure {
  const e = error as {
    name?: string;
    Code?: string;
    $metadata?: { httpStatusCode?: number };
    message?: string;
  };
  const name = e?.name ?? e?.Code ?? '';
  if (credentialErrors.has(name))
    throw new InputError(
      `AWS credentials missing or rejected (${name}): set them in the environment, e.g. with aws-actions/configure-aws-credentials`,
    );
  if (name === 'AccessDenied' || name === 'AccessDeniedException' || e?.$metadata?.httpStatusCode === 403)
    return 'access-denied';
  if (name === 'NoSuchEntity' || name === 'NoSuchEntityException') return 'not-found';
  return 'other';
}

export function messageOf(error: unknown): string {
  const e = error as { name?: string; message?: string };
  return `${e?.name ?? 'Error'}: ${(e?.message ?? String(error)).split('\n')[0]}`;
}
