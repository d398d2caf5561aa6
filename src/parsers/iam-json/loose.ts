import type { PolicyDocument } from '../../model/policy.js';
import type { LooseDocument } from '../types.js';

const assumeAction = /^(\*|sts:\*|sts:assumerole.*)$/i;

/** A bare document is a trust policy when it grants sts:AssumeRole* to a Principal. */
export function looseDocument(file: string, document: PolicyDocument): LooseDocument {
  const trust = document.statements.some(
    (s) =>
      (s.principal !== undefined || s.notPrincipal !== undefined) &&
      (s.action ?? []).some((a) => typeof a === 'string' && assumeAction.test(a.replace(/\?/g, '*'))),
  );
  return { file, use: trust ? 'trust' : 'identity', document };
}
