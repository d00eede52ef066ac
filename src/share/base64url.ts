/**
 * Base64url (RFC 4648 section 5) without padding, over bytes. The core realm has no DOM or
 * Node types (no `btoa`, no `Buffer`), so this is written out here; it is the alphabet a URL
 * fragment carries without percent-encoding. Decoding never throws: text that is not
 * base64url gives `null`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code -> 6-bit value, or -1 for a character outside the alphabet. */
const VALUE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** `bytes` as unpadded base64url text. */
export function encodeBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i], b = bytes[i + 1] ?? 0, c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const count = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < count; k++) chunk += ALPHABET[(triple >> (18 - 6 * k)) & 63];
    if (chunk.length >= 4096) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return parts.join('');
}

/**
 * The bytes of unpadded base64url `text`, or `null` when it holds a character outside the
 * alphabet or has a length no byte string encodes to (one character past a multiple of 4),
 * or when the unused low bits of its last character are not zero (a truncated or edited link).
 */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0, bits = 0, j = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code] : -1;
    if (v < 0) return null;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (buffer >> bits) & 0xff;
    }
  }
  if (bits > 0 && (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
