import type { SourceLocation } from '../../../model/location.js';

/**
 * A failed evaluation (Terraform would reject the configuration): thrown inside the evaluator so
 * `try`/`can` can catch it, and turned into an error-unknown at the top of `evaluate`.
 */
export class EvalError extends Error {
  override name = 'EvalError';
  constructor(
    message: string,
    readonly location?: SourceLocation,
  ) {
    super(message);
  }
}

/** Evaluation ran past its budget (a huge `for`, a recursive template): an error, not a hang. */
export class EvalLimitError extends EvalError {
  override name = 'EvalLimitError';
}
