import { describe, expect, it } from 'vitest';
import { decode } from '../src/decode.js';

const utf16le = (s: string): number[] => [...Buffer.from(s, 'utf16le')];
const utf16be = (s: string): number[] => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return [...be];
};

describe('decode', () => {
  it.each([
    ['UTF-8 without BOM', [...Buffer.from('Resources: {}\n')], 'Resources: {}\n', 'utf-8'],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...Buffer.from('{"a":1}')], '{"a":1}', 'utf-8-bom'],
    [
      'UTF-8 non-ASCII',
      [...Buffer.from('Description: Sauvegarde à froid — ✓')],
      'Description: Sauvegarde à froid — ✓',
      'utf-8',
    ],
    [
      'UTF-16LE with BOM',
      [0xff, 0xfe, ...utf16le('{"format_version":"1.0"}\r\n')],
      '{"format_version":"1.0"}\r\n',
      'utf-16le',
    ],
    ['UTF-16BE with BOM', [0xfe, 0xff, ...utf16be('{"é":1}')], '{"é":1}', 'utf-16be'],
    ['empty file', [], '', 'utf-8'],
  ])('%s is text', (_name, bytes, text, encoding) => {
    expect(decode(Uint8Array.from(bytes))).toEqual({ kind: 'text', text, encoding });
  });

  it.each([
    ['invalid UTF-8 byte', [0x7b, 0xff, 0x7d], /not valid UTF-8/],
    ['truncated UTF-8 sequence', [0x41, 0xe2, 0x82], /not valid UTF-8/],
    ['NUL byte in UTF-8', [...Buffer.from('a: 1'), 0, ...Buffer.from('b')], /NUL character at offset 4/],
    ['UTF-16LE without BOM (NUL bytes)', utf16le('{"a":1}'), /NUL/],
    ['UTF-16LE with BOM, odd length', [0xff, 0xfe, 0x41, 0x00, 0x42], /odd number of bytes/],
    ['UTF-16LE with BOM, lone surrogate', [0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00], /not valid UTF-16LE/],
    ['UTF-16LE with BOM holding NUL', [0xff, 0xfe, 0x41, 0x00, 0x00, 0x00], /NUL/],
    ['PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], /not valid UTF-8|NUL/],
  ])('%s is binary', (_name, bytes, reason) => {
    const decoded = decode(Uint8Array.from(bytes));
    expect(decoded.kind).toBe('binary');
    if (decoded.kind === 'binary') expect(decoded.reason).toMatch(reason);
  });

  it('decodes the real UTF-16LE plan from the corpus', async () => {
    const { readFileSync } = await import('node:fs');
    const decoded = decode(readFileSync(new URL('./fixtures/scan/plan-utf16.json', import.meta.url)));
    expect(decoded.kind).toBe('text');
    if (decoded.kind === 'text') {
      expect(decoded.encoding).toBe('utf-16le');
      expect(JSON.parse(decoded.text)).toHaveProperty('format_version');
    }
  });
});
