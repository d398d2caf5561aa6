import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { sampleReport } from './sample.js';

/** The same object with every key order reversed, to prove the output does not depend on it. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  }
  return value;
}

describe('renderJson', () => {
  it('writes the design.md §5 shape', async () => {
    await expect(renderJson(sampleReport())).toMatchFileSnapshot('__snapshots__/report.json');
  });

  it('keeps a stable key order whatever order the report was built in', () => {
    expect(renderJson(reversed(sampleReport()) as Report)).toBe(renderJson(sampleReport()));
  });

  it('puts the design.md keys first, in the documented order', () => {
    const parsed = JSON.parse(renderJson(sampleReport()));
    expect(Object.keys(parsed)).toEqual(['version', 'summary', 'roles', 'errors', 'warnings']);
    expect(Object.keys(parsed.summary)).toEqual([
      'files',
      'iamRoles',
      'workerRoles',
      'pass',
      'fail',
      'unknown',
      'errors',
    ]);
    expect(Object.keys(parsed.roles[0])).toEqual([
      'id',
      'name',
      'source',
      'kind',
      'veeamVersion',
      'selectedBy',
      'location',
      'verdict',
      'checks',
    ]);
    expect(Object.keys(parsed.roles[0].checks[3])).toEqual([
      'check',
      'verdict',
      'message',
      'location',
      'missingActions',
      'unprovenActions',
      'fix',
    ]);
    expect(Object.keys(parsed.errors[0])).toEqual(['file', 'line', 'column', 'message']);
  });

  it('omits absent optional fields rather than writing null', () => {
    const parsed = JSON.parse(renderJson(sampleReport()));
    expect(parsed.roles[0].checks[1]).toEqual({
      check: 'trust-appliance',
      verdict: 'pass',
      message: expect.any(String),
    });
    expect(parsed.roles[1].name).toBeNull();
  });
});
