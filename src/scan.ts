// STUB until the engine lands on main (CLI engineer owns this file): signature only.
import type { GateOptions } from './model/options.js';
import type { Report } from './model/report.js';

export interface ScanRequest {
  root: string;
  paths: string[];
  options: GateOptions;
  only?: string[];
  maxFileBytes?: number;
}

export async function scan(_request: ScanRequest): Promise<Report> {
  return {
    version: 1,
    summary: { files: 0, iamRoles: 0, workerRoles: 0, pass: 0, fail: 0, unknown: 0, errors: 0 },
    roles: [],
    errors: [],
    warnings: [],
  };
}
