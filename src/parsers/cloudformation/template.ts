import { ParseError } from '../../model/errors.js';
import type { SourceLocation } from '../../model/location.js';
import type { Warning } from '../../model/report.js';
import { get, getEntry, isLMap, type LMap, type LNode } from '../located.js';

export interface Resource {
  logicalId: string;
  /** The logical ID key: where findings about the resource point. */
  loc: SourceLocation;
  type: string;
  /** Raw Properties (intrinsics not yet resolved). */
  properties?: LNode;
  /** Name of the resource's `Condition`, when it has one. */
  condition?: string;
  /** Raw `Metadata` (inline waivers, issue 13). */
  metadata?: LNode;
}

export interface Parameter {
  name: string;
  node: LMap;
  /** `CommaDelimitedList` and `List<…>` parameters resolve to lists. */
  isList: boolean;
  /** `AWS::SSM::Parameter::Value<…>`: the value comes from SSM at deployment. */
  fromSsm: boolean;
}

/** A CloudFormation template read into indexes; values stay raw until a resolver needs them. */
export interface Template {
  file: string;
  root: LMap;
  resources: Map<string, Resource>;
  parameters: Map<string, Parameter>;
  mappings?: LMap;
  conditions: Map<string, LNode>;
  /** Names of `Transform` macros (SAM, AWS::LanguageExtensions, custom macros). */
  transforms: string[];
  transformLoc?: SourceLocation;
}

/** Whether a parsed document is a CloudFormation template (not just any YAML or JSON). */
export function isTemplate(root: LNode | undefined): root is LMap {
  if (!isLMap(root)) return false;
  if (get(root, 'AWSTemplateFormatVersion') !== undefined) return true;
  const resources = get(root, 'Resources');
  return (
    isLMap(resources) && resources.entries.some((e) => isLMap(e.value) && get(e.value, 'Type') !== undefined)
  );
}

/** Indexes a template. A template without a usable `Resources` mapping is broken: ParseError. */
export function readTemplate(root: LMap, file: string, warnings: Warning[]): Template {
  const resourcesEntry = getEntry(root, 'Resources');
  if (!resourcesEntry) throw new ParseError('template has no Resources section', root.loc.line);
  if (!isLMap(resourcesEntry.value))
    throw new ParseError(
      'Resources is not a mapping',
      resourcesEntry.keyLoc.line,
      resourcesEntry.keyLoc.column,
    );
  const template: Template = {
    file,
    root,
    resources: new Map(),
    parameters: new Map(),
    conditions: new Map(),
    transforms: [],
  };
  for (const entry of resourcesEntry.value.entries) {
    // Fn::ForEach expands under AWS::LanguageExtensions; the Transform warning covers it.
    if (entry.key.startsWith('Fn::ForEach')) continue;
    const body = entry.value;
    const type = isLMap(body) ? get(body, 'Type') : undefined;
    if (!isLMap(body) || type?.kind !== 'scalar' || typeof type.value !== 'string') {
      warnings.push({
        code: 'malformed-resource',
        message: `resource '${entry.key}' has no Type: ignored`,
        location: entry.keyLoc,
      });
      continue;
    }
    const condition = get(body, 'Condition');
    template.resources.set(entry.key, {
      logicalId: entry.key,
      loc: entry.keyLoc,
      type: type.value,
      properties: get(body, 'Properties'),
      metadata: get(body, 'Metadata'),
      condition:
        condition?.kind === 'scalar' && condition.value !== null ? String(condition.value) : undefined,
    });
  }
  const parameters = get(root, 'Parameters');
  if (isLMap(parameters))
    for (const e of parameters.entries) {
      if (!isLMap(e.value)) continue;
      const type = get(e.value, 'Type');
      const typeName = type?.kind === 'scalar' ? String(type.value) : '';
      template.parameters.set(e.key, {
        name: e.key,
        node: e.value,
        isList:
          typeName === 'CommaDelimitedList' ||
          typeName.startsWith('List<') ||
          typeName.startsWith('AWS::SSM::Parameter::Value<List<') ||
          typeName === 'AWS::SSM::Parameter::Value<CommaDelimitedList>',
        fromSsm: typeName.startsWith('AWS::SSM::Parameter::Value<'),
      });
    }
  const mappings = get(root, 'Mappings');
  if (isLMap(mappings)) template.mappings = mappings;
  const conditions = get(root, 'Conditions');
  if (isLMap(conditions)) for (const e of conditions.entries) template.conditions.set(e.key, e.value);
  const transform = getEntry(root, 'Transform');
  if (transform) {
    template.transformLoc = transform.keyLoc;
    const items = transform.value.kind === 'seq' ? transform.value.items : [transform.value];
    for (const item of items) {
      if (item.kind === 'scalar') template.transforms.push(String(item.value));
      else if (item.kind === 'map') {
        // `Transform: {Name: AWS::Include, Parameters: …}`
        const name = get(item, 'Name');
        template.transforms.push(name?.kind === 'scalar' ? String(name.value) : 'a macro');
      }
    }
  }
  return template;
}
