import { ParseError } from '../../model/errors.js';
import type { ParsedFile, ParseContext, Parser } from '../types.js';
import { duplicateKeys, type LNode } from '../located.js';
import {
  isJsonText,
  looksLikeTemplate,
  mentionsTemplateKeys,
  parseDocuments,
  quickIsTemplate,
  quickJsonRoot,
  sniffTemplate,
} from './detect.js';
import { Diagnostics } from './diagnostics.js';
import { linkRoles } from './link.js';
import { namesNoIam, surelyTemplate } from './names-no-iam.js';
import { isTemplate, readTemplate } from './template.js';
import { walk } from './walk.js';

/** CloudFormation templates (YAML or JSON): every AWS::IAM::Role, linked within its template. */
export const cloudFormationParser: Parser = {
  format: 'cloudformation',
  sniff: sniffTemplate,
  parse(text: string, context: ParseContext): ParsedFile | null {
    if (!mentionsTemplateKeys(text)) return null;
    const fail = (message: string, line?: number, column?: number): ParsedFile => ({
      format: 'cloudformation',
      roles: [],
      errors: [
        {
          file: context.file,
          // The yaml package reports its own stack overflow as a syntax error.
          message: message.includes('Maximum call stack') ? 'template nested too deeply to read' : message,
          ...(line ? { line } : {}),
          ...(column ? { column } : {}),
        },
      ],
      warnings: [],
    });
    try {
      // Native JSON.parse first: large JSON that is not a template (a plan) is rejected fast;
      // text that is not strict JSON goes on to the located parsers, which give the error line.
      const json = isJsonText(text);
      const quick = json ? quickJsonRoot(text) : undefined;
      if (quick !== undefined && !quickIsTemplate(quick)) return null;
      // A template that names no IAM type is counted, not parsed (nor its syntax checked).
      if (namesNoIam(text) && (quick !== undefined || surelyTemplate(text)))
        return { format: 'cloudformation', roles: [], errors: [], warnings: [], withoutIam: true };
      let documents: LNode[];
      try {
        documents = parseDocuments(text, context.file);
      } catch (e) {
        if (e instanceof ParseError && looksLikeTemplate(text)) return fail(e.message, e.line, e.column);
        return null;
      }
      const root = documents.find(isTemplate);
      if (!root) return null;
      const diagnostics = new Diagnostics();
      if (documents.length > 1)
        diagnostics.warn(
          'multiple-documents',
          'the file holds several YAML documents: only the template is read',
          root.loc,
        );
      walk(root, (node) => {
        if (node.kind !== 'map') return;
        for (const dup of duplicateKeys(node))
          diagnostics.warn('duplicate-key', `duplicate key '${dup.key}': the last one wins`, dup.keyLoc);
      });
      const template = readTemplate(root, context.file, diagnostics.warnings);
      if (template.transforms.length)
        diagnostics.warn(
          'transform',
          `the template uses Transform ${template.transforms.join(', ')}: roles may differ after the transform`,
          template.transformLoc,
        );
      const roles = linkRoles(template, context.parameters, diagnostics);
      return { format: 'cloudformation', roles, errors: [], warnings: diagnostics.warnings };
    } catch (e) {
      if (e instanceof ParseError) return fail(e.message, e.line, e.column);
      if (e instanceof RangeError) return fail('template nested too deeply to read');
      // A bug, but one file must not stop the scan.
      return fail(`could not read the template: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};
