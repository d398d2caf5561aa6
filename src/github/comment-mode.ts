import type { CommentMode } from '../inputs.js';
import type { Report } from '../model/report.js';

/** Extensions the scan reads (src/files/walk.ts), Terraform sources and variable files. */
const scannedExtensions = /\.(ya?ml|json|template|tf|tfvars)$/i;

/** Whether a changed file (repository-relative) lies under a scanned path and is of a scanned kind. */
export function touchesScannedInput(
  changed: readonly string[],
  paths: readonly string[],
  configFile?: string,
): boolean {
  const roots = paths.map((p) => p.replace(/^\.\/?/, '').replace(/\/+$/, ''));
  return changed.some(
    (file) =>
      file === configFile ||
      (scannedExtensions.test(file) &&
        roots.some((root) => root === '' || file === root || file.startsWith(`${root}/`))),
  );
}

/**
 * Whether to post a new comment (an existing one is always brought up to date, but under `never`).
 * `changesScannedInput` is asked only when the answer depends on it (it costs an API call).
 */
export async function shouldCreateComment(
  mode: CommentMode,
  facts: { report: Report; stepFails: boolean; changesScannedInput: () => Promise<boolean> },
): Promise<boolean> {
  const { summary } = facts.report;
  const failing = facts.stepFails || summary.fail > 0 || summary.errors > 0;
  switch (mode) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'on-failure':
      return failing;
    case 'on-change':
      if (failing || summary.unknown > 0) return true;
      // A passing gate is worth a new comment only on a pull request that changes what it scans.
      return summary.workerRoles > 0 && (await facts.changesScannedInput());
  }
}
