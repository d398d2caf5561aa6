import { describe, expect, it } from 'vitest';
import { loadHcl } from '../../../src/parsers/terraform-source/hcl/index.js';

describe('loadHcl', () => {
  it('loads once and returns the same reader', async () => {
    const first = loadHcl();
    const second = loadHcl();
    expect(await first).toBe(await second);
  });

  it('parses through the loaded grammar', async () => {
    const hcl = await loadHcl();
    expect(() => hcl.parseOnly('a = 1\n')).not.toThrow();
    expect(hcl.parse('a = 1\n', 'main.tf').file).toBe('main.tf');
  });
});
