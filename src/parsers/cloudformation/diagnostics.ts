import type { SourceLocation } from '../../model/location.js';
import type { Warning } from '../../model/report.js';

/** Warnings of one template, each said once however many variants or roles run into it. */
export class Diagnostics {
  readonly warnings: Warning[] = [];
  private readonly seen = new Set<string>();

  warn(code: string, message: string, location?: SourceLocation): void {
    const key = `${code}\u0000${message}\u0000${location?.line ?? ''}:${location?.column ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push(location ? { code, message, location } : { code, message });
  }
}
