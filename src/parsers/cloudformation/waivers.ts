import type { InlineWaiver } from '../../model/waiver.js';
import { get, type LNode } from '../located.js';

const known = ['checks', 'actions', 'reason', 'expires', 'ticket'];

/**
 * The waivers of a role's `Metadata: { veeam-iam-gate: { waivers: [{ checks, reason, expires }] } }`
 * as written (issue 13); what cannot be read becomes a waiver with `problem`, reported on its line.
 */
export function metadataWaivers(metadata: LNode | undefined): InlineWaiver[] {
  if (metadata?.kind !== 'map') return [];
  const ours = get(metadata, 'veeam-iam-gate');
  if (!ours) return [];
  const problem = (node: LNode, what: string): InlineWaiver => ({
    checks: [],
    location: node.loc,
    problem: `Metadata.veeam-iam-gate: ${what}`,
  });
  if (ours.kind !== 'map') return [problem(ours, 'must be a mapping with a waivers list')];
  const unknownKey = ours.entries.find((e) => e.key !== 'waivers');
  if (unknownKey) return [problem(ours, `'${unknownKey.key}' is not a known key (known: waivers)`)];
  const list = get(ours, 'waivers');
  if (!list) return [];
  if (list.kind !== 'seq') return [problem(list, 'waivers must be a list of { checks, reason, expires }')];
  return list.items.map((item): InlineWaiver => {
    if (item.kind !== 'map')
      return problem(item, 'each waiver must be a mapping { checks, reason, expires }');
    const extra = item.entries.find((e) => !known.includes(e.key));
    if (extra)
      return problem(item, `'${extra.key}' is not a known key of a waiver (known: ${known.join(', ')})`);
    const checks = strings(get(item, 'checks'));
    if (!checks?.length) return problem(item, "checks must name one or more checks, or 'all'");
    const waiver: InlineWaiver = { checks, location: item.loc };
    const actions = get(item, 'actions');
    if (actions) {
      const list = strings(actions);
      if (!list?.length) return problem(actions, 'actions must be a list of IAM actions');
      waiver.actions = list;
    }
    for (const key of ['reason', 'expires', 'ticket'] as const) {
      const node = get(item, key);
      if (!node) continue;
      if (node.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean')
        return problem(node, `${key} must be a string`);
      waiver[key] = String(node.value);
    }
    return waiver;
  });
}

function strings(node: LNode | undefined): string[] | undefined {
  if (!node) return undefined;
  if (node.kind === 'scalar' && typeof node.value === 'string')
    return node.value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (node.kind !== 'seq') return undefined;
  const out: string[] = [];
  for (const item of node.items) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string') return undefined;
    out.push(item.value);
  }
  return out;
}
