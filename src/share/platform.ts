/**
 * The few platform objects the link codec needs and the core realm's `lib: ES2022` does not
 * declare: `CompressionStream`, `DecompressionStream`, `TextEncoder` and `TextDecoder`.
 * Browsers, workers and Node 20 all provide them as globals; they are reached through
 * `globalThis` with the minimal types declared here, so nothing depends on the DOM types and
 * a platform without them is reported, not crashed on.
 */

/** The reading side of a byte stream. */
export interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}

/** The writing side of a byte stream. */
export interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** A compression or decompression stream: bytes in at `writable`, bytes out at `readable`. */
export interface ByteTransform {
  readonly writable: { getWriter(): ByteWriter };
  readonly readable: { getReader(): ByteReader };
}

type TransformConstructor = new (format: 'deflate-raw') => ByteTransform;

interface PlatformGlobals {
  CompressionStream?: TransformConstructor;
  DecompressionStream?: TransformConstructor;
  TextEncoder?: new () => { encode(text: string): Uint8Array };
  TextDecoder?: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}

const platform = globalThis as unknown as PlatformGlobals;

/** A raw-DEFLATE compressor or decompressor, or `null` where the platform has none. */
export function deflateRawStream(direction: 'compress' | 'decompress'): ByteTransform | null {
  const Transform = direction === 'compress' ? platform.CompressionStream : platform.DecompressionStream;
  if (Transform === undefined) return null;
  try {
    return new Transform('deflate-raw');
  } catch {
    return null;
  }
}

/** `text` as UTF-8 bytes. */
export function utf8Encode(text: string): Uint8Array {
  if (platform.TextEncoder === undefined) throw new Error('this platform has no TextEncoder');
  return new platform.TextEncoder().encode(text);
}

/** UTF-8 `bytes` as text, or `null` when they are not valid UTF-8 (or the platform cannot decode). */
export function utf8Decode(bytes: Uint8Array): string | null {
  if (platform.TextDecoder === undefined) return null;
  try {
    return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
