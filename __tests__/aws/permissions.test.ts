import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { callPermission, livePolicy } from '../../src/aws/permissions.js';

const readme = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'),
  'utf8',
);

describe('the least-privilege policy live mode needs', () => {
  it('is printed in README.md exactly as the code builds it', () => {
    expect(readme).toContain('```json\n' + JSON.stringify(livePolicy(), null, 2) + '\n```');
  });
  it('names one iam: permission per API call', () => {
    for (const [call, permission] of Object.entries(callPermission)) expect(permission).toBe(`iam:${call}`);
  });
});
