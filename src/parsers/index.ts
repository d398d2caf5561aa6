import { cloudFormationParser } from './cloudformation/index.js';
import { terraformPlanParser } from './terraform-plan/index.js';
import { iamJsonParser } from './iam-json/index.js';
import type { ParseContext, ParsedFile, Parser } from './types.js';

/**
 * Every input format, in the order they are tried. A parser whose `sniff` accepts the file and
 * whose `parse` returns a ParsedFile wins; the rest are not asked. Plans come first: their sniff is
 * exact (JSON with `format_version` and a plan key), and it spares a large plan the template check.
 */
export const parsers: readonly Parser[] = [terraformPlanParser, cloudFormationParser, iamJsonParser];

/** How much of a file `sniff` sees: enough for a template's first keys or a plan's header. */
const headLength = 8192;

/**
 * Parses one decoded file with the first parser that recognises it. Null means the file is not
 * infrastructure (a package.json, a tsconfig, random YAML) and is skipped silently.
 */
export function parseFile(
  text: string,
  context: ParseContext,
  registry: readonly Parser[] = parsers,
): ParsedFile | null {
  const head = text.slice(0, headLength);
  for (const parser of registry) {
    if (!parser.sniff(context.file, head)) continue;
    const parsed = parseBounded(parser, text, context);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * One parser's run, with the stack overflow that absurd nesting (100,000 nested modules or
 * values) causes in any recursive reader turned into an error on the file, for every format alike.
 */
function parseBounded(parser: Parser, text: string, context: ParseContext): ParsedFile | null {
  try {
    return parser.parse(text, context);
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    return {
      format: parser.format,
      roles: [],
      errors: [{ file: context.file, message: 'nesting too deep to read' }],
      warnings: [],
    };
  }
}
