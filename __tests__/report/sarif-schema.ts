import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
);

/** A validator for the SARIF 2.1.0 JSON schema (draft-04; its patterns need unicodeRegExp: false). */
export function sarifValidator() {
  // CommonJS packages: under NodeNext their class and plugin are the `default` export.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}
