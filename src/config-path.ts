/**
 * Where the config is looked for when --config is not given (relative to the repository root).
 * A module of its own: --help names it without loading the config reader (src/cli.ts).
 */
export const defaultConfigPath = '.github/veeam-iam-gate.yml';
