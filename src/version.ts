/** The package version, printed by `--version` (a test keeps it equal to package.json's). */
export const version = '0.1.0';

/** Where the project lives (package.json's homepage; a test keeps them equal). */
export const homepage = 'https://github.com/veeam-iam-gate/veeam-iam-gate';
