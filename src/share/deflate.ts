/**
 * Raw DEFLATE (RFC 1951) through the platform's `CompressionStream('deflate-raw')` and
 * `DecompressionStream('deflate-raw')`. Inflating is bounded: the output is read chunk by
 * chunk and the stream is cancelled as soon as it passes the limit, so a small "zip bomb"
 * never expands in memory. Inflating never throws; every failure is a reason.
 */
import { deflateRawStream, type ByteReader, type ByteTransform } from './platform';

/** Why inflating failed. */
export type InflateFailure = 'corrupt' | 'too-large' | 'unsupported';

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: InflateFailure };

/** `bytes` compressed with raw DEFLATE. Rejects only where the platform has no `CompressionStream`. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = deflateRawStream('compress');
  if (stream === null) throw new Error("this platform has no CompressionStream('deflate-raw')");
  let failure: { error: unknown } | null = null;
  const writing = feed(stream, bytes).catch((error: unknown) => { failure = { error }; });
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) if (r.value) chunks.push(r.value);
  await writing;
  if (failure) throw (failure as { error: unknown }).error;
  return concat(chunks);
}

/**
 * Inflates raw-DEFLATE `bytes`, refusing to produce more than `limit` bytes: reading stops
 * and the stream is cancelled at the first chunk past it.
 */
export async function inflateRawBounded(bytes: Uint8Array, limit: number): Promise<InflateResult> {
  const stream = deflateRawStream('decompress');
  if (stream === null) return { ok: false, reason: 'unsupported' };
  const writing = feed(stream, bytes).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      if (!r.value) continue;
      total += r.value.length;
      if (total > limit) return await cancelled(reader, writing);
      chunks.push(r.value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  await writing;
  return { ok: true, bytes: concat(chunks) };
}

/** Writes `bytes` into the stream and closes it (runs while the other side is read). */
async function feed(stream: ByteTransform, bytes: Uint8Array): Promise<void> {
  const writer = stream.writable.getWriter();
  await writer.write(bytes);
  await writer.close();
}

async function cancelled(reader: ByteReader, writing: Promise<unknown>): Promise<InflateResult> {
  await reader.cancel().catch(() => undefined);
  await writing;
  return { ok: false, reason: 'too-large' };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
