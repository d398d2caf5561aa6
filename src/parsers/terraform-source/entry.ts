// The one entry the scan imports lazily, only when the scanned tree holds a `.tf` file: loading
// tree-sitter and its grammar costs nothing to template-only and plan-only runs.
export { loadHcl } from './hcl/index.js';
export { readTerraformSource } from './index.js';
