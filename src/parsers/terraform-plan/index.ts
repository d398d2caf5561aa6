import type { FileError } from '../../model/report.js';
import type { DocumentContext } from '../terraform/documents.js';
import type { TerraformInput } from '../terraform/records.js';
import type { ParseContext, ParsedFile, Parser } from '../types.js';
import { isPlanObject, looksLikePlanText } from './detect.js';
import { LineCounter } from './line-counter.js';
import type { Instance } from './plan.js';
import { indexPlan, rootConfig } from './plan.js';
import { planLines } from './plan-lines.js';
import { readPlanJson } from './plan-sections.js';
import { buildRoles } from '../terraform/link.js';
import { dataDocument } from './data-document.js';
import { expressionOf, resolveAttribute } from './references.js';
import { tfLocator } from './tf-source.js';
import { addWaiverComments } from '../../waivers/terraform-comment.js';

/**
 * Terraform plan JSON (`terraform show -json tfplan`) and state JSON (`terraform show -json`):
 * JSON.parse for speed, line numbers only for what is reported (design.md §8).
 */
export const terraformPlanParser: Parser = {
  format: 'terraform-plan',
  sniff: (_file, head) => looksLikePlanText(head),
  parse(text: string, context: ParseContext): ParsedFile | null {
    const read = readPlan(text);
    if ('error' in read) {
      if (!looksLikePlanText(read.body)) return null;
      return {
        format: 'terraform-plan',
        roles: [],
        errors: [jsonError(read.body, context.file, read.error)],
        warnings: [],
      };
    }
    const { body, plan } = read;
    if (!isPlanObject(plan)) return null;
    const index = indexPlan(plan);
    const lines = planLines(body, context.file);
    const tf = tfLocator(context, index.root);
    const locate = (instance: Instance) => tf?.locate(instance) ?? lines(instance.address);
    const input: TerraformInput = {
      source: 'terraform-plan',
      instances: index.instances,
      idFile: () => context.file,
      locate,
      resolveAttribute: (instance, path) => resolveAttribute(index, instance, path),
      configured: (instance, attribute) => expressionOf(index, instance, [attribute]) !== undefined,
      dataDocument: (data) => dataDocument(documents, index, data),
    };
    const documents: DocumentContext = { input, parsed: new Map(), documents: new Map() };
    const { roles, warnings } = buildRoles(input);
    // Waiver comments above the resource block, when the role points at its .tf source (issue 13).
    addWaiverComments(roles, context.readFile);
    const parsed: ParsedFile = { format: 'terraform-plan', roles, errors: [], warnings };
    // The root's .tf files are not read again for roles: the plan has their exact values.
    if (tf?.root !== undefined) parsed.terraformRoots = [tf.root];
    return parsed;
  },
};

/**
 * The Terraform roots a plan covers, exactly as `terraformPlanParser.parse(…).terraformRoots` gives
 * them, without building the plan's roles: a sharded scan asks this of the plans other shards
 * check (issue 16). The plan is still read and checked as JSON whole, so a plan that does not
 * parse covers nothing here either.
 */
export function planCoveredRoots(text: string, context: ParseContext): string[] {
  const read = readPlan(text);
  if ('error' in read || !isPlanObject(read.plan)) return [];
  const root = tfLocator(context, rootConfig(read.plan))?.root;
  return root === undefined ? [] : [root];
}

/** A plan file's text without its BOM, and its JSON, or what `JSON.parse` threw on it. */
function readPlan(text: string): { body: string; plan: unknown } | { body: string; error: unknown } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    // Only the sections the reader uses, each change slimmed: the plan's memory, not 4× it.
    return { body, plan: readPlanJson(body) };
  } catch (error) {
    return { body, error };
  }
}

/** V8 names the offset ("at position 123", newer: "(line 4 column 7)"); the end for truncation. */
function jsonError(text: string, file: string, error: unknown): FileError {
  const message = (error as Error).message;
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  let offset = text.length;
  if (position) offset = Number(position[1]);
  const at = new LineCounter(text).at(Math.min(offset, text.length));
  const result: FileError = {
    file,
    line: lineColumn ? Number(lineColumn[1]) : at.line,
    column: lineColumn ? Number(lineColumn[2]) : at.column,
    message: `invalid Terraform plan JSON: ${withoutInput(message)}`,
  };
  return result;
}

/**
 * V8 quotes the input around some errors (`Unexpected token '}', ..."pw":"hunt}" is not valid
 * JSON`): plans hold secrets, and this message reaches annotations and PR comments. Keep the kind
 * of error only; the line and column say where.
 */
function withoutInput(message: string): string {
  return message
    .replace(/,\s*(?:\.\.\.)?"[\s\S]*"\s+is not valid JSON$/, '')
    .replace(/^"[\s\S]*"\s+is not valid JSON$/, 'not valid JSON');
}
