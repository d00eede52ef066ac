import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

describe('encodeBase64url and decodeBase64url', () => {
  it('encodeBase64url(bytes) equals Node\'s unpadded base64url for random bytes (fast-check, 300 runs)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(encodeBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
    }), { numRuns: 300 });
  });

  it('encodes the RFC 4648 test vectors (unpadded)', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [text, code] of vectors) expect(encodeBase64url(new TextEncoder().encode(text))).toBe(code);
    expect(encodeBase64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('decodeBase64url refuses padding, the standard alphabet\'s + and /, an impossible length and stray low bits', () => {
    expect(decodeBase64url('Zg==')).toBeNull();
    expect(decodeBase64url('a+b/')).toBeNull();
    expect(decodeBase64url('Zm9vY')).toBeNull();
    expect(decodeBase64url('Zh')).toBeNull();
    expect(decodeBase64url('Zg')).toEqual(Uint8Array.of(0x66));
    expect(decodeBase64url('é')).toBeNull();
  });
});
