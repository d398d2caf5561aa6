import { InputError } from './model/errors.js';
import type { SourceLocation } from './model/location.js';
import type { RoleSelector } from './model/options.js';
import type { FileError, Warning } from './model/report.js';
import type { AttachedPolicy, OpenQuestion, Role, RoleShape } from './model/role.js';
import { unresolved } from './model/value.js';
import type { LooseDocument } from './parsers/types.js';

export interface BindResult {
  roles: Role[];
  errors: FileError[];
  warnings: Warning[];
}

/**
 * Builds the roles that the config assembles from bare policy files:
 * `roles: [{match: "veeam-worker", trust: "iam/trust.json", policies: [...], instance-profile: true}]`.
 * A binding names one role (no glob); its files are paths relative to the scan root. A file it
 * names that is not a scanned policy document is an error; a loose document no binding names is
 * reported as unbound, not checked. Pure.
 */
export function bindLooseDocuments(
  loose: readonly LooseDocument[],
  selectors: readonly RoleSelector[],
): BindResult {
  const result: BindResult = { roles: [], errors: [], warnings: [] };
  const byFile = new Map<string, LooseDocument>();
  for (const doc of loose) byFile.set(normalize(doc.file), doc);
  const used = new Set<string>();

  for (const selector of selectors) {
    if (selector.trust === undefined && selector.policies === undefined) continue;
    if (/[*?]/.test(selector.match))
      throw new InputError(
        `config: roles entry '${selector.match}' binds files (trust/policies) but its match is a glob: name exactly one role`,
      );
    const find = (path: string, use: LooseDocument['use']): LooseDocument | undefined => {
      const file = normalize(path);
      const doc = byFile.get(file);
      if (!doc) {
        result.errors.push({
          file,
          message: `the config binds this file to role '${selector.match}' as its ${use} policy, but it is not a policy document in the scanned input`,
        });
        return undefined;
      }
      used.add(file);
      if (doc.use !== use)
        result.warnings.push({
          code: 'binding-use-mismatch',
          message: `bound to role '${selector.match}' as its ${use} policy, but it reads as ${doc.use === 'trust' ? 'a trust' : 'an identity'} policy`,
          location: doc.document.location,
        });
      return doc;
    };
    const trust = selector.trust === undefined ? undefined : find(selector.trust, 'trust');
    const policies = (selector.policies ?? []).map((p) => find(p, 'identity'));
    const anchor = trust ?? policies.find((p) => p !== undefined);
    if (!anchor) continue;
    result.roles.push(boundRole(selector, anchor.document.location, trust, policies));
  }

  for (const [file, doc] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    if (used.has(file)) continue;
    result.warnings.push({
      code: 'unbound-document',
      message: `${doc.use} policy document bound to no role (bind it with a config roles entry): not checked`,
      location: doc.document.location,
    });
  }
  return result;
}

function boundRole(
  selector: RoleSelector,
  at: SourceLocation,
  trust: LooseDocument | undefined,
  policies: (LooseDocument | undefined)[],
): Role {
  const openQuestions: OpenQuestion[] = [];
  const attached: AttachedPolicy[] = [];
  (selector.policies ?? []).forEach((path, i) => {
    const doc = policies[i];
    const name = normalize(path);
    attached.push(
      doc
        ? { kind: 'inline', name, document: doc.document, location: doc.document.location }
        : {
            kind: 'inline',
            name,
            location: at,
            unresolved: unresolved(`bound policy file ${name} was not found`, at),
          },
    );
  });
  if (selector.policies === undefined)
    openQuestions.push({
      checks: ['permissions'],
      reason: `the config binding for '${selector.match}' names no policy files (policies: [...])`,
      location: at,
    });
  if (selector.instanceProfile === undefined)
    openQuestions.push({
      checks: ['instance-profile'],
      reason: `the config binding for '${selector.match}' does not say whether the role is in an instance profile (instance-profile: true)`,
      location: at,
    });
  const shape: RoleShape = {
    assumptions: {},
    policies: attached,
    instanceProfiles: selector.instanceProfile
      ? [{ name: 'instance-profile: true (config)', location: at }]
      : [],
    complete: {
      policies: selector.policies !== undefined,
      instanceProfiles: selector.instanceProfile !== undefined,
    },
    openQuestions,
  };
  if (trust) shape.trustPolicy = trust.document;
  else
    shape.trustUnresolved = unresolved(
      selector.trust === undefined
        ? `the config binding for '${selector.match}' names no trust policy file (trust: FILE)`
        : `bound trust policy file ${normalize(selector.trust)} was not found`,
      at,
    );
  return {
    id: `${at.file}#${selector.match}`,
    key: selector.match,
    name: selector.match,
    source: 'iam-json',
    file: at.file,
    location: at,
    tags: {},
    variants: [shape],
  };
}

function normalize(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
