import { describe, expect, it } from 'vitest';
import { LARGE_INPUT_BYTES, releaseMemory } from '../../src/files/release-memory.js';

describe('releaseMemory (issue 16)', () => {
  it('collects garbage on demand, repeatedly, without leaving gc exposed to the scanned code', () => {
    const before = (globalThis as { gc?: unknown }).gc;
    expect(() => {
      releaseMemory();
      releaseMemory();
    }).not.toThrow();
    expect((globalThis as { gc?: unknown }).gc).toBe(before);
  });

  it('is reserved for inputs far larger than a repository of templates', () => {
    expect(LARGE_INPUT_BYTES).toBeGreaterThanOrEqual(32 * 2 ** 20);
  });
});
