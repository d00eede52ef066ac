/**
 * The share link codec (docs/sharing.md §1). A link's fragment carries the
 * experiment file itself, so "open link" and "open file" are one code path:
 *
 *     #e=1.<base64url(deflate-raw(UTF-8 canonical JSON))>[&hide=...][&lock=cell][&lesson=NAME]
 *
 * `1.` is the envelope version (separate from the file's own `version`); the JSON is the
 * canonical form of `serialize.ts` without indentation. A readable `#j=<percent-encoded JSON>`
 * is accepted too, for teachers who edit links by hand. Classroom flags stay outside the
 * payload (`flags.ts`).
 *
 * Decoding never throws and bounds its work: a fragment longer than `MAX_FRAGMENT_CHARS` is
 * refused before anything is decoded, and inflating stops past `MAX_INFLATED_BYTES`. Every
 * refusal says what is wrong in words; an invalid experiment names the field, as files do.
 *
 * The encoders and `decodeLink` take either model kind, a QRNN or a QLSTM (docs/spec.md §7),
 * as `parseAnyExperimentText` does: the page opens both.
 *
 * Encoding never writes what decoding refuses: an experiment whose link would pass either
 * bound (a long CSV, a long inline sequence) makes `encodeLink` and `encodeReadableLink`
 * throw a `LinkTooLongError`, and `linkFits` says so beforehand; the lab offers the file
 * instead, as for any link past `LINK_BUDGET.file`.
 */
import { parseAnyExperimentText } from '../model/parse';
import { canonicalObject } from '../model/serialize';
import type { AnyExperiment, FieldError } from '../model/types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { deflateRaw, inflateRawBounded, type InflateFailure } from './deflate';
import { formatFlags, isFlagKey, quote, readFlag, type ClassroomFlags } from './flags';
import { utf8Decode, utf8Encode } from './platform';

export { LINK_BUDGET, linkBudget, type LinkBudget } from './budget';

/** The envelope version this lab writes and reads (`#e=1.`). */
const LINK_VERSION = 1;

/** Longest fragment decoded (256 Ki characters: far above the 32 KB at which the lab offers a file instead). */
export const MAX_FRAGMENT_CHARS = 262_144;

/** Most bytes a compressed link may inflate to (1 MiB: the largest preset is about 2 KB of JSON). */
export const MAX_INFLATED_BYTES = 1_048_576;

/** Thrown by the encoders for an experiment whose link this lab could not read back. */
export class LinkTooLongError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'LinkTooLongError';
  }
}

/** True for the error the encoders throw when a link would be refused by `decodeLink`. */
export function isLinkTooLong(error: unknown): error is LinkTooLongError {
  return error instanceof LinkTooLongError;
}

const SHARE_FILE = 'share the experiment file instead';

/** Throws unless a link whose payload JSON is `json` could be decoded (inflated size). */
function checkPayload(json: string): void {
  const bytes = utf8Encode(json).length;
  if (bytes > MAX_INFLATED_BYTES) {
    throw new LinkTooLongError(`the experiment is ${bytes.toLocaleString('en-US')} bytes of JSON, over the ${MAX_INFLATED_BYTES.toLocaleString('en-US')} a link may carry: ${SHARE_FILE}`);
  }
}

/** Throws unless `fragment` is within `MAX_FRAGMENT_CHARS`. */
function checkFragment(fragment: string): string {
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    throw new LinkTooLongError(`the link would be ${fragment.length.toLocaleString('en-US')} characters, over the ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')} this lab reads back: ${SHARE_FILE}`);
  }
  return fragment;
}

/** What a link holds: a QRNN or a QLSTM experiment (docs/spec.md §7), or why it is refused. */
export type LinkResult =
  | { ok: true; experiment: AnyExperiment; flags: ClassroomFlags; warnings: FieldError[] }
  | { ok: false; errors: FieldError[] };

/** The experiment as compact canonical JSON: the text every link carries. */
function linkJson(e: AnyExperiment): string {
  return JSON.stringify(canonicalObject(e));
}

/**
 * The compressed link fragment for `e` (starting with `#e=1.`), followed by the classroom
 * `flags`. Rejects on a platform without `CompressionStream`, with a `RangeError` for flags
 * `formatFlags` refuses, and with a `LinkTooLongError` (a `RangeError`) when `decodeLink`
 * would refuse the link: over `MAX_FRAGMENT_CHARS` characters or `MAX_INFLATED_BYTES` of JSON.
 */
export async function encodeLink(e: AnyExperiment, flags: ClassroomFlags = {}): Promise<string> {
  const tail = formatFlags(flags);
  const json = linkJson(e);
  checkPayload(json);
  const packed = encodeBase64url(await deflateRaw(utf8Encode(json)));
  return checkFragment(`#e=${LINK_VERSION}.${packed}${tail}`);
}

/** The readable fragment `#j=<percent-encoded canonical JSON>` (longer; for editing by hand); throws as `encodeLink` does. */
export function encodeReadableLink(e: AnyExperiment, flags: ClassroomFlags = {}): string {
  const json = linkJson(e);
  checkPayload(json);
  return checkFragment(`#j=${encodeURIComponent(json)}${formatFlags(flags)}`);
}

/**
 * Whether `e` fits a compressed link that `decodeLink` reads back (what the page may write
 * into the address bar); when it does not, the lab offers the file instead. Never throws:
 * a platform without compression, or flags `formatFlags` refuses, give `false` too.
 */
export async function linkFits(e: AnyExperiment, flags: ClassroomFlags = {}): Promise<boolean> {
  try {
    await encodeLink(e, flags);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a link: a fragment (`#e=...`, or the same without `#`) or a whole URL (the part after
 * its first `#`). Gives the experiment, its flags and warnings (flags ignored, fields the
 * parser dropped), or every reason the link is refused. Never throws.
 */
export async function decodeLink(fragment: string): Promise<LinkResult> {
  try {
    return await decode(fragment);
  } catch (error) {
    return refuse(`could not read this link: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function decode(fragment: unknown): Promise<LinkResult> {
  if (typeof fragment !== 'string') return refuse('a link must be text');
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    return refuse(`the link is too long: ${fragment.length.toLocaleString('en-US')} characters, and this lab reads at most ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')}`);
  }
  const hash = fragment.indexOf('#');
  const body = hash >= 0 ? fragment.slice(hash + 1) : fragment;
  const flags: ClassroomFlags = {};
  const warnings: FieldError[] = [];
  let payload: { key: 'e' | 'j'; value: string } | undefined;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === 'e' || key === 'j') {
      if (payload) return refuse('the link holds more than one experiment (e= or j= appears twice)');
      payload = { key, value };
    } else if (isFlagKey(key)) {
      readFlag(key, value, flags, warnings);
    } else {
      warnings.push({ path: 'link', message: `unknown link field ${quote(key)} is ignored` });
    }
  }
  if (!payload) return refuse('the link holds no experiment: expected #e=1.<data> (or #j=<JSON>)');
  const text = payload.key === 'e' ? await unpack(payload.value) : unescape(payload.value);
  if (typeof text !== 'string') return text;
  const parsed = parseAnyExperimentText(text);
  if (!parsed.ok) {
    return { ok: false, errors: parsed.errors.map((e) => ({ path: e.path, message: `the link's experiment is invalid: ${e.path ? `${e.path}: ` : ''}${e.message}` })) };
  }
  return { ok: true, experiment: parsed.experiment, flags, warnings: [...warnings, ...parsed.warnings] };
}

const INFLATE_PROBLEM: Record<InflateFailure, string> = {
  corrupt: 'the link is truncated or corrupted: the compressed data does not inflate',
  'too-large': `the link's experiment inflates to more than ${MAX_INFLATED_BYTES / 1_048_576} MiB, more than any experiment this lab writes; it is refused`,
  unsupported: "this browser cannot open compressed links (it has no DecompressionStream('deflate-raw'))",
};

/** The JSON text of an `e=` value (`VERSION.DATA`), or the refusal. */
async function unpack(value: string): Promise<string | LinkResult> {
  const dot = value.indexOf('.');
  if (dot < 0) return refuse(`the link's e= field has no version: expected e=${LINK_VERSION}.<data>`);
  const version = value.slice(0, dot);
  if (version !== String(LINK_VERSION)) return refuse(`unknown link version ${quote(version, 12)} (this lab reads version ${LINK_VERSION}; a newer lab may have made this link)`);
  const bytes = decodeBase64url(value.slice(dot + 1));
  if (bytes === null) return refuse('the link is truncated or corrupted: its data is not base64url text');
  const inflated = await inflateRawBounded(bytes, MAX_INFLATED_BYTES);
  if (!inflated.ok) return refuse(INFLATE_PROBLEM[inflated.reason]);
  const text = utf8Decode(inflated.bytes);
  return text ?? refuse('the link is truncated or corrupted: the inflated data is not UTF-8 text');
}

/** The JSON text of a `j=` value, or the refusal. */
function unescape(value: string): string | LinkResult {
  try {
    return decodeURIComponent(value);
  } catch {
    return refuse("the link's j= field is not valid percent-encoding (write % as %25)");
  }
}

function refuse(message: string): LinkResult {
  return { ok: false, errors: [{ path: 'link', message }] };
}

/** The warnings about a link's own fields (its classroom flags, fields it does not know), in words. */
export function flagWarnings(warnings: readonly FieldError[]): string[] {
  return warnings.filter((w) => w.path === 'link' || w.path.startsWith('link.')).map((w) => w.message);
}
