import type { SourceLocation } from './location.js';
import type { Str, Unresolved } from './value.js';

export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | '*';

/** One principal value. `Principal: "*"` is `{ type: '*', value: '*' }`. */
export interface Principal {
  type: PrincipalType;
  value: Str;
  location?: SourceLocation;
}

/** One condition test: `{ operator: 'StringEquals', key: 'sts:ExternalId', values: ['x'] }`. */
export interface ConditionTest {
  operator: string;
  key: string;
  values: Str[];
}

export interface Statement {
  sid?: string;
  /** Anything other than exactly 'Allow' or 'Deny' is kept as written and reported as a problem. */
  effect: 'Allow' | 'Deny' | Str;
  action?: Str[];
  notAction?: Str[];
  resource?: Str[];
  notResource?: Str[];
  principal?: Principal[];
  notPrincipal?: Principal[];
  condition: ConditionTest[];
  /** The whole Condition block could not be read (e.g. it is a !Ref): conditional, content unknown. */
  conditionUnresolved?: Unresolved;
  /** Where a finding about this statement should point (the statement's mapping, or its Action key). */
  location: SourceLocation;
  /** Malformed parts, e.g. "Effect 'NotAllow' is not Allow or Deny", "duplicate key 'Action'". */
  problems?: string[];
}

export interface PolicyDocument {
  statements: Statement[];
  location: SourceLocation;
  /** Set when the document itself (or its Statement list) cannot be read statically. */
  unresolved?: Unresolved;
  /** Malformed parts of the document, e.g. "Statement is a string". */
  problems?: string[];
}
