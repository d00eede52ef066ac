/**
 * Plain data written into and read from a shared buffer (`sharedBoard.ts`): numbers as the
 * very float64 bits they hold (-0, NaN and infinities included, which JSON would change),
 * strings, booleans, null, undefined, arrays and plain objects, in their key order. A string
 * seen before in the same value is written as its index: the gradient pieces the board moves
 * repeat a handful of keys hundreds of times.
 *
 * `postMessage` would clone the same data, but through the receiving thread's event loop;
 * the board lets the threads hand work over without one.
 */

const enum Tag { Null, Undefined, False, True, Float, Int, NewString, SeenString, Array, Object }

/** Thrown by {@link encodeInto} when the value does not fit; the caller sends the work another way. */
export class CodecOverflow extends Error {}

/**
 * Writes `value` into `bytes` from `offset`; returns the offset after it. Throws
 * {@link CodecOverflow} when it does not fit, and an `Error` for what is not plain data
 * (a function, a typed array, a class instance).
 */
export function encodeInto(value: unknown, bytes: Uint8Array, offset: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const strings = new Map<string, number>();
  let at = offset;
  const room = (n: number) => {
    if (at + n > bytes.byteLength) throw new CodecOverflow(`the value needs more than ${bytes.byteLength - offset} bytes`);
  };
  const tag = (t: Tag) => {
    room(1);
    view.setUint8(at++, t);
  };
  const u32 = (n: number) => {
    room(4);
    view.setUint32(at, n, true);
    at += 4;
  };
  const string = (s: string) => {
    const seen = strings.get(s);
    if (seen !== undefined) {
      tag(Tag.SeenString);
      return u32(seen);
    }
    strings.set(s, strings.size);
    tag(Tag.NewString);
    u32(s.length);
    room(2 * s.length);
    for (let i = 0; i < s.length; i++, at += 2) view.setUint16(at, s.charCodeAt(i), true);
  };
  const write = (v: unknown): void => {
    if (v === null) return tag(Tag.Null);
    if (v === undefined) return tag(Tag.Undefined);
    if (typeof v === 'boolean') return tag(v ? Tag.True : Tag.False);
    if (typeof v === 'number') {
      // Small whole numbers (steps, gate indices, counts) in four bytes; -0 stays a float.
      if ((v | 0) === v && !Object.is(v, -0)) {
        tag(Tag.Int);
        room(4);
        view.setInt32(at, v, true);
        at += 4;
        return;
      }
      tag(Tag.Float);
      room(8);
      view.setFloat64(at, v, true);
      at += 8;
      return;
    }
    if (typeof v === 'string') return string(v);
    if (Array.isArray(v)) {
      tag(Tag.Array);
      u32(v.length);
      for (const item of v) write(item);
      return;
    }
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const keys = Object.keys(v);
      tag(Tag.Object);
      u32(keys.length);
      for (const key of keys) {
        string(key);
        write((v as Record<string, unknown>)[key]);
      }
      return;
    }
    throw new Error(`a ${typeof v === 'object' ? (v as object).constructor?.name ?? 'object' : typeof v} is not plain data`);
  };
  write(value);
  return at;
}

/** Reads the value {@link encodeInto} wrote at `offset`; throws on bytes it did not write. */
export function decodeFrom(bytes: Uint8Array, offset: number, end: number): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const strings: string[] = [];
  let at = offset;
  const need = (n: number) => {
    if (at + n > end) throw new Error('the shared value ends early');
  };
  const u32 = () => {
    need(4);
    const n = view.getUint32(at, true);
    at += 4;
    return n;
  };
  const string = (t: number): string => {
    if (t === Tag.SeenString) {
      const s = strings[u32()];
      if (s === undefined) throw new Error('the shared value names a string it never wrote');
      return s;
    }
    if (t !== Tag.NewString) throw new Error(`the shared value has a key of tag ${t}`);
    const length = u32();
    need(2 * length);
    const units = new Array<number>(length);
    for (let i = 0; i < length; i++, at += 2) units[i] = view.getUint16(at, true);
    // In slices: a spread of a very long array would overflow the call stack.
    let s = '';
    for (let i = 0; i < length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
    strings.push(s);
    return s;
  };
  const read = (): unknown => {
    need(1);
    const t = view.getUint8(at++);
    switch (t) {
      case Tag.Null: return null;
      case Tag.Undefined: return undefined;
      case Tag.False: return false;
      case Tag.True: return true;
      case Tag.Int: {
        need(4);
        const n = view.getInt32(at, true);
        at += 4;
        return n;
      }
      case Tag.Float: {
        need(8);
        const x = view.getFloat64(at, true);
        at += 8;
        return x;
      }
      case Tag.NewString:
      case Tag.SeenString: return string(t);
      case Tag.Array: {
        const n = u32();
        // Every item takes at least a byte: a count past the end is not ours.
        need(n);
        const out = new Array<unknown>(n);
        for (let i = 0; i < n; i++) out[i] = read();
        return out;
      }
      case Tag.Object: {
        const n = u32();
        need(n);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          need(1);
          const key = string(view.getUint8(at++));
          // A key "__proto__" is a key here, never the object's prototype.
          if (key === '__proto__') Object.defineProperty(out, key, { value: read(), enumerable: true, writable: true, configurable: true });
          else out[key] = read();
        }
        return out;
      }
      default: throw new Error(`the shared value has an unknown tag ${t}`);
    }
  };
  const value = read();
  if (at !== end) throw new Error('the shared value has bytes after its end');
  return value;
}
