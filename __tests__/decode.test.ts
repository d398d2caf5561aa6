import fc from 'fast-check';
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

  // Issue 16: pure-ASCII bytes take a byte copy instead of the validating decoder. Whatever the
  // path, the answer must be the one the validating decoder alone gives.
  it.each([
    ['ASCII', [...Buffer.from('{"a":"b"}\n')]],
    ['ASCII with every control but NUL', [...Array.from({ length: 127 }, (_, i) => i + 1)]],
    ['ASCII with a NUL at the end', [...Buffer.from('abc'), 0]],
    ['ASCII, then one two-byte character', [...Buffer.from('x'.repeat(1000)), 0xc3, 0xa9]],
    ['ASCII, then an invalid byte at the end', [...Buffer.from('x'.repeat(1000)), 0x80]],
    ['ASCII, then a truncated sequence', [...Buffer.from('{"a":1}'), 0xe2, 0x86]],
    ['a BOM, then ASCII', [0xef, 0xbb, 0xbf, ...Buffer.from('{"a":1}')]],
    ['a BOM, then a second BOM (content)', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]],
    ['a BOM, then an invalid byte', [0xef, 0xbb, 0xbf, 0xff]],
    ['a BOM alone', [0xef, 0xbb, 0xbf]],
    ['an encoded surrogate (invalid)', [0x41, 0xed, 0xa0, 0x80]],
    ['an overlong encoding (invalid)', [0xc0, 0xaf]],
    ['DEL (0x7f) is ASCII', [0x41, 0x7f, 0x42]],
  ])('%s: as the validating decoder reads it', (_, bytes) => {
    expect(decode(Uint8Array.from(bytes))).toEqual(reference(Uint8Array.from(bytes)));
  });

  it('any bytes: as the validating decoder reads them (ASCII-heavy and arbitrary)', () => {
    const asciiHeavy = fc
      .array(
        fc.oneof(
          { weight: 20, arbitrary: fc.integer({ min: 0, max: 0x7f }) },
          fc.integer({ min: 0, max: 0xff }),
        ),
        {
          maxLength: 64,
        },
      )
      .map((b) => Uint8Array.from(b));
    const text = fc.string({ unit: 'grapheme', maxLength: 32 }).map((s) => Uint8Array.from(Buffer.from(s)));
    fc.assert(
      fc.property(fc.oneof(asciiHeavy, fc.uint8Array({ maxLength: 64 }), text), (bytes) => {
        expect(decode(bytes)).toEqual(reference(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a view into a larger buffer (an offset subarray) by its own bytes only', () => {
    const whole = Buffer.from('XX{"a":1}YY');
    const view = whole.subarray(2, 9);
    expect(decode(view)).toEqual({ kind: 'text', text: '{"a":1}', encoding: 'utf-8' });
  });
});

/** decode() as it was before the ASCII path: the validating decoder for every UTF-8 input. */
function reference(bytes: Uint8Array) {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes); // UTF-16: not this path
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { kind: 'binary', reason: 'not valid UTF-8' };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) return { kind: 'binary', reason: `contains a NUL character at offset ${nul}` };
  return { kind: 'text', text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
}
