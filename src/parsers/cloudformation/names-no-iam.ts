import { looksLikeTemplate } from './detect.js';

/**
 * Whether a template's text shows it cannot define, attach to or put in a profile any IAM role, so
 * it need not be parsed (issue 16: a 17.5 MB template of S3 buckets took 16 s to report "0 IAM
 * roles"). Every resource that shapes a role is an `AWS::IAM::` type (Role, Policy, RolePolicy,
 * ManagedPolicy, InstanceProfile); a template that only refers to a role (an EC2 instance's
 * `IamInstanceProfile`, a Lambda function's `Role`) does not shape it, and links never cross
 * templates. Parsed all the same, in the safe direction:
 * - `AWS::Serverless` (SAM creates roles for functions, state machines, connectors) and any
 *   `Transform` (a macro or `AWS::Include` may add anything);
 * - escapes that could spell a type without writing it (`"AWS\u003a:IAM::Role"`, a double-quoted
 *   YAML line continued with a backslash).
 * The words are searched anywhere, comments included: a mention in a comment only costs a parse.
 */
export function namesNoIam(text: string): boolean {
  return (
    !text.includes('AWS::IAM::') &&
    !text.includes('AWS::Serverless') &&
    !text.includes('Transform') &&
    !hiddenSpelling.test(text)
  );
}

/** `\u…`, `\U…`, `\x…` escapes (JSON, double-quoted YAML) and a backslash ending a line. */
const hiddenSpelling = /\\(?:[uUx]|\r?\n)/;

/**
 * Text that is a template for sure, without parsing it: a `Resources` key at the top, and the
 * format version or a resource type. Anything less certain is parsed as before (and a file that is
 * not a template stays uncounted).
 */
export function surelyTemplate(text: string): boolean {
  return (
    text.includes('Resources') &&
    looksLikeTemplate(text) &&
    (/["']?AWSTemplateFormatVersion["']?\s*:/.test(text) || resourceType.test(text))
  );
}

const resourceType = /["']?Type["']?\s*:\s*["']?[A-Za-z0-9]+::[A-Za-z0-9]+::/;
