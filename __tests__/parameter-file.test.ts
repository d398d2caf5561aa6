import { describe, expect, it } from 'vitest';
import { InputError } from '../src/model/errors.js';
import { parseParameterFile, splitAssignment } from '../src/parameter-file.js';

describe('parseParameterFile', () => {
  it.each([
    [
      'create-stack list',
      '[{"ParameterKey":"Env","ParameterValue":"prod"},{"ParameterKey":"Count","ParameterValue":2}]',
      { Env: 'prod', Count: '2' },
    ],
    ['UsePreviousValue left unset', '[{"ParameterKey":"Env","UsePreviousValue":true}]', {}],
    [
      'CodePipeline template configuration',
      '{"Parameters":{"Env":"prod","Subnets":["a","b"]},"Tags":{}}',
      { Env: 'prod', Subnets: 'a,b' },
    ],
    [
      'Key=Value lines with comments, CRLF and = in values',
      '# params\r\nEnv=prod\r\n\r\nQuery=a=b\r\n',
      { Env: 'prod', Query: 'a=b' },
    ],
    ['BOM', '\uFEFF{"Parameters":{"A":"1"}}', { A: '1' }],
    ['empty', '', {}],
  ])('%s', (_name, text, expected) => {
    expect(parseParameterFile(text, 'params.json')).toEqual(expected);
  });

  it.each([
    ['invalid JSON', '[{"ParameterKey":', 'params.json: not valid JSON'],
    ['list entry without key', '[{"ParameterValue":"x"}]', 'params.json: entry 1 must be { "ParameterKey"'],
    [
      'object without Parameters',
      '{"Env":"prod"}',
      'params.json: expected a list of { ParameterKey, ParameterValue }',
    ],
    [
      'value a mapping',
      '{"Parameters":{"A":{"b":1}}}',
      'params.json: Parameters.A must be a string (got object)',
    ],
    [
      'line without =',
      'Env prod',
      "params.json:1: expected Key=Value with a parameter name before '=' (got 'Env prod')",
    ],
  ])('%s is an InputError', (_name, text, message) => {
    expect(() => parseParameterFile(text, 'params.json')).toThrow(InputError);
    expect(() => parseParameterFile(text, 'params.json')).toThrow(message);
  });

  it('splits --parameter values at the first =', () => {
    expect(splitAssignment('Arn=arn:aws:iam::1:role/a=b', '--parameter')).toEqual([
      'Arn',
      'arn:aws:iam::1:role/a=b',
    ]);
    expect(() => splitAssignment('=x', '--parameter')).toThrow('--parameter: expected Key=Value');
  });
});
