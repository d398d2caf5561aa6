// The parts of scan() that read and check files: parsers (yaml, jsonc-parser), fix styles, the
// IAM evaluator and the advice. scan() loads them on the first file or role it has to check, so a
// run with nothing to check (an empty folder, a pull request without infrastructure changes)
// starts as fast as the CLI's --version (issue 16, bench/RESULTS.md).
export { evaluateRole } from './evaluate.js';
export { parseFile } from './parsers/index.js';
export { combinedRequirements } from './requirements/index.js';
export { adviseRole } from './advice/index.js';
export { sourceStyle } from './fixes/index.js';
export { planCoveredRoots, terraformPlanParser } from './parsers/terraform-plan/index.js';
