import { InputError } from './model/errors.js';

/**
 * Reads a CloudFormation parameter file in any of its usual shapes: the `aws cloudformation
 * create-stack --parameters file://…` list (`[{ "ParameterKey", "ParameterValue" }]`), a
 * CodePipeline template configuration (`{ "Parameters": { … } }`), or `Key=Value` lines (as
 * `aws cloudformation deploy --parameter-overrides` and rain take them). Pure.
 */
export function parseParameterFile(text: string, fileName: string): Record<string, string> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) return fromJson(trimmed, fileName);
  const result: Record<string, string> = {};
  trimmed.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [key, value] = splitAssignment(line, `${fileName}:${i + 1}`);
    result[key] = value;
  });
  return result;
}

/** `Key=Value` → [Key, Value]; the value may itself contain `=`. */
export function splitAssignment(text: string, where: string): [string, string] {
  const eq = text.indexOf('=');
  const key = eq > 0 ? text.slice(0, eq).trim() : '';
  if (!/^[A-Za-z0-9:_.-]+$/.test(key)) {
    throw new InputError(`${where}: expected Key=Value with a parameter name before '=' (got '${text}')`);
  }
  return [key, text.slice(eq + 1)];
}

function fromJson(text: string, fileName: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${fileName}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result: Record<string, string> = {};
  if (Array.isArray(data)) {
    data.forEach((entry: unknown, i) => {
      const e = entry as { ParameterKey?: unknown; ParameterValue?: unknown; UsePreviousValue?: unknown };
      if (typeof entry !== 'object' || entry === null || typeof e.ParameterKey !== 'string') {
        throw new InputError(
          `${fileName}: entry ${i + 1} must be { "ParameterKey": "...", "ParameterValue": "..." }`,
        );
      }
      // UsePreviousValue keeps whatever the deployed stack has: unknown here, so not set.
      if (e.ParameterValue === undefined && e.UsePreviousValue === true) return;
      result[e.ParameterKey] = scalar(e.ParameterValue, `${fileName}: ParameterValue of ${e.ParameterKey}`);
    });
    return result;
  }
  const parameters = (data as { Parameters?: unknown }).Parameters;
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    throw new InputError(
      `${fileName}: expected a list of { ParameterKey, ParameterValue } or { "Parameters": { "Key": "Value" } }`,
    );
  }
  for (const [key, value] of Object.entries(parameters))
    result[key] = scalar(value, `${fileName}: Parameters.${key}`);
  return result;
}

function scalar(value: unknown, where: string): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  throw new InputError(`${where} must be a string (got ${value === null ? 'null' : typeof value})`);
}
