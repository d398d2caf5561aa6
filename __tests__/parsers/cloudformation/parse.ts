import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedFile } from '../../../src/parsers/types.js';
import { cloudFormationParser } from '../../../src/parsers/cloudformation/index.js';

export const fixtures = fileURLToPath(new URL('../../fixtures/cfn/', import.meta.url));

/** Parses a template that must be recognised as one. */
export function parse(text: string, parameters: Record<string, string> = {}, file = 't.yaml'): ParsedFile {
  const parsed = cloudFormationParser.parse(text, { file, parameters });
  if (!parsed) throw new Error('not recognised as a template');
  return parsed;
}

export function parseFixture(name: string, parameters: Record<string, string> = {}): ParsedFile {
  return parse(readFileSync(fixtures + name, 'utf8'), parameters, name);
}

/** A one-role YAML template: `body` is indented under the role's Properties. */
export function roleTemplate(properties: string, extra = ''): string {
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    extra,
    'Resources:',
    '  R:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    ...properties.split('\n').map((l) => `      ${l}`),
  ].join('\n');
}
