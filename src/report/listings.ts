import { requirementSets } from '../requirements/index.js';
import { checkInfo, checkOrder } from './check-info.js';

/** `--list-checks`: each check's id, what it requires and Veeam's page, as aligned text. */
export function listChecks(): string {
  const width = Math.max(...checkOrder.map((id) => id.length));
  const lines = checkOrder.flatMap((id) => {
    const info = checkInfo(id);
    const pad = ' '.repeat(width + 2);
    return [
      `${id.padEnd(width)}  ${info.title}`,
      `${pad}${info.help.replace(/`/g, '')}`,
      `${pad}${info.source}`,
      '',
    ];
  });
  lines.push(
    'Other trust-<service> checks (trust-rds, trust-backup, …) apply to the kinds that need the service (see --list-kinds).',
  );
  return `${lines.join('\n')}\n`;
}

/** `--list-kinds`: each role kind with, per version, its action count, trust and source page. */
export function listKinds(): string {
  const byKind = new Map<string, ReturnType<typeof requirementSets>>();
  for (const set of requirementSets()) {
    // An extra set is named as the combination it takes part in (ec2-backup+production-worker-deployment).
    const name = set.extraFor ? `${set.extraFor}+${set.kind}` : set.kind;
    byKind.set(name, [...(byKind.get(name) ?? []), set]);
  }
  const lines: string[] = [];
  for (const [kind, sets] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const first = sets[0]!;
    const trust = [...(first.trustAppliance ? ['appliance'] : []), ...first.trustServices];
    lines.push(
      `${kind}${first.extraFor ? ` (extra actions when ${first.kind} is combined with ${first.extraFor})` : ''}`,
      `  ${first.title}`,
      `  trust: ${trust.join(', ') || 'none'}; instance profile: ${first.instanceProfile ? 'yes' : 'no'}`,
      ...[...sets]
        .sort((a, b) => Number(a.version) - Number(b.version))
        .map((s) => `  v${s.version}: ${s.actions.length} actions  ${s.source}`),
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
