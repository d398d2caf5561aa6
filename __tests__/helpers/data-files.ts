// As src/cli.ts and src/main.ts do: the core reads the managed-policy snapshot and the action
// catalogue through the reader the entry point provides.
import '../../src/data-files.js';
