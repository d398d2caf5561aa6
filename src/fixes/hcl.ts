/**
 * Writes plain data as a Terraform (HCL) expression the way `terraform fmt` lays it out: objects
 * with `key = value`, equals signs aligned over consecutive single-line attributes, keys quoted
 * only when they are not identifiers, lists one item per line when they do not fit on one.
 */
export function hclValue(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  const inner = ' '.repeat(indent + 2);
  if (typeof value === 'string') return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const items = value.map((v) => hclValue(v, indent + 2));
    const oneLine = `[${items.join(', ')}]`;
    if (!oneLine.includes('\n') && oneLine.length + indent <= 80) return oneLine;
    if (value.length === 1 && items[0]!.startsWith('{')) return `[${hclValue(value[0], indent)}]`;
    return `[\n${items.map((i) => `${inner}${i},`).join('\n')}\n${pad}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => ({
    key: /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k),
    text: hclValue(v, indent + 2),
  }));
  if (entries.length === 0) return '{}';
  // terraform fmt aligns `=` within runs of single-line attributes.
  const lines: string[] = [];
  let run: typeof entries = [];
  const flush = (): void => {
    const width = Math.max(...run.map((e) => e.key.length));
    for (const e of run) lines.push(`${inner}${e.key.padEnd(width)} = ${e.text}`);
    run = [];
  };
  for (const e of entries) {
    if (e.text.includes('\n')) {
      if (run.length) flush();
      lines.push(`${inner}${e.key} = ${e.text}`);
    } else run.push(e);
  }
  if (run.length) flush();
  return `{\n${lines.join('\n')}\n${pad}}`;
}
