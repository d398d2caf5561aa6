/** The user's invocation or config is wrong: exit 2 with this one-line message. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One file could not be read as what it claims to be: reported on that file, the scan goes on. */
export class ParseError extends Error {
  override name = 'ParseError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

/**
 * A service the gate cannot decide without failed (GitHub, for the trusted config at the base commit):
 * the step fails with this one line rather than deciding on something else.
 */
export class ServiceError extends Error {
  override name = 'ServiceError';
}
