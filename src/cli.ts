// The command-line entry: filled in by the engine issue.
process.exitCode = 0;
