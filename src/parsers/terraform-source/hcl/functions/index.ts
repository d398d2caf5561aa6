import type { CallExpr } from '../ast.js';
import { EvalError } from '../eval-error.js';
import type { CallContext } from '../evaluate.js';
import { isUnknown, isWhollyKnown, unknown, type TfValue } from '../value.js';
import { NotKnown, type FunctionSpec } from './args.js';
import { collectionFunctions } from './collections.js';
import { fileFunctions } from './files.js';
import { jsonFunctions } from './json.js';
import { stringFunctions } from './strings.js';

const FUNCTIONS: Record<string, FunctionSpec> = {
  ...collectionFunctions,
  ...stringFunctions,
  ...jsonFunctions,
  ...fileFunctions,
};

/** Every function evaluated without a plan (others are unknown values naming the function). */
export const SUPPORTED_FUNCTIONS: readonly string[] = [...Object.keys(FUNCTIONS), 'try', 'can'].sort();

/** The first unknown anywhere inside a value. */
function unknownInside(value: TfValue): TfValue | undefined {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownInside(item);
      if (found) return found;
    }
  } else if (value instanceof Map) {
    for (const item of value.values()) {
      const found = unknownInside(item);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `try(a, b, …)`: the first argument that evaluates without error. An argument whose value
 * holds an unknown might still fail once known, so the result is then unknown (as Terraform).
 */
function tryArgs(call: CallExpr, context: CallContext): TfValue {
  for (const arg of call.args) {
    let value: TfValue;
    try {
      value = context.evalArg(arg);
    } catch (error) {
      if (error instanceof EvalError && !(error.name === 'EvalLimitError')) continue;
      throw error;
    }
    if (isUnknown(value) && value.error) continue;
    const open = unknownInside(value);
    if (open && isUnknown(open))
      return unknown(`try(): cannot tell whether an argument fails: ${open.reason}`, call.location);
    return value;
  }
  throw new EvalError('try(): every argument failed', call.location);
}

function canArg(call: CallExpr, context: CallContext): TfValue {
  const [arg] = call.args;
  if (!arg || call.args.length !== 1) throw new EvalError('can() takes exactly 1 argument', call.location);
  let value: TfValue;
  try {
    value = context.evalArg(arg);
  } catch (error) {
    if (error instanceof EvalError && error.name !== 'EvalLimitError') return false;
    throw error;
  }
  if (isUnknown(value) && value.error) return false;
  if (isWhollyKnown(value)) return true;
  const open = unknownInside(value);
  return open
    ? unknown(
        `can(): cannot tell whether the argument fails: ${(open as { reason: string }).reason}`,
        call.location,
      )
    : true;
}

/** Calls a function of the expression language. */
export function callFunction(call: CallExpr, context: CallContext): TfValue {
  if (call.name === 'try') return tryArgs(call, context);
  if (call.name === 'can') return canArg(call, context);
  const spec = FUNCTIONS[call.name];
  if (!spec) return unknown(`function ${call.name}() is not evaluated without a plan`, call.location);
  let args = call.args.map((arg) => context.evalArg(arg));
  if (call.expandFinal) {
    const last = args[args.length - 1];
    if (isUnknown(last)) return last;
    if (!Array.isArray(last))
      throw new EvalError(`${call.name}(): the argument before '...' must be a list`, call.location);
    args = [...args.slice(0, -1), ...last];
  }
  if (args.length < spec.min || args.length > spec.max) {
    const expected =
      spec.min === spec.max
        ? `${spec.min}`
        : spec.max === Infinity
          ? `at least ${spec.min}`
          : `${spec.min} to ${spec.max}`;
    throw new EvalError(
      `${call.name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`,
      call.location,
    );
  }
  if (!spec.seesUnknown) {
    const open = args.find((arg) => isUnknown(arg));
    if (open) return open;
  }
  try {
    return spec.call(args, context, call.name);
  } catch (error) {
    if (error instanceof NotKnown) return error.value;
    throw error;
  }
}
