#!/usr/bin/env node
var __webpack_exports__ = {};
// The command-line entry: filled in by the engine issue.
process.exitCode = 0;


