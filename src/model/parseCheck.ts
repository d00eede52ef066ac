/**
 * The checking toolkit the experiment parser is built from: a report that collects field
 * errors and warnings, field paths written like `model.cell[2].wires[1]`, readers that check
 * one value and say in plain words what was wrong with it, and a safe deep copy of the JSON
 * values a file carries in fields the SPEC does not name. It knows nothing of the SPEC's
 * fields (`parse.ts` and its `parse*.ts` siblings do), never throws on any input, and never
 * assigns a key onto an object with `=` (a `__proto__` key would replace the prototype).
 */
import type { FieldError } from './types';

/** Errors and warnings collected while one file is checked, in the order they were found. */
export interface Report {
  readonly errors: FieldError[];
  readonly warnings: FieldError[];
}

export function newReport(): Report {
  return { errors: [], warnings: [] };
}

/** Records an error and returns `undefined`, the reader's "invalid" result. */
export function fail(r: Report, path: string, message: string): undefined {
  r.errors.push({ path, message });
  return undefined;
}

export type JsonObject = Record<string, unknown>;

/** A plain object (prototype `Object.prototype` or `null`): not an array, a class instance or `null`. */
export function isObject(v: unknown): v is JsonObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/** `o[key]` if `o` has it as an own property, else `undefined` (so `constructor` is never inherited). */
export function own(o: JsonObject, key: string): unknown {
  return hasOwn(o, key) ? o[key] : undefined;
}

/** Adds `key` to `o` as an own, enumerable data property, whatever the key's name. */
export function setOwn(o: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The path of field `key` inside `path`: `model.cell`, or `params["my angle"]` for other names. */
export function child(path: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The path of entry `i` of the list at `path`: `model.cell[2]`. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

const QUOTE_LIMIT = 40;

/** A value as a message quotes it after "got": `"abc"`, `1.5`, `null`, `an object`. */
export function describe(v: unknown): string {
  if (typeof v === 'string') {
    const quoted = JSON.stringify(v);
    return quoted.length > QUOTE_LIMIT ? `${quoted.slice(0, QUOTE_LIMIT - 1)}..."` : quoted;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** What a number field accepts; every bound is inclusive unless named `above`/`below`. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  above?: number;
  below?: number;
}

/** The rule in words: "an integer from 1 to 12", "a number greater than 0", "a finite number". */
export function numberPhrase(rule: NumberRule): string {
  const noun = rule.integer ? 'an integer' : 'a number';
  const { min, max, above, below } = rule;
  if (above !== undefined && below !== undefined) return `${noun} strictly between ${above} and ${below}`;
  if (above !== undefined && max !== undefined) return `${noun} greater than ${above} and at most ${max}`;
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  if (above !== undefined) return `${noun} greater than ${above}`;
  if (max !== undefined) return `${noun} of at most ${max}`;
  return rule.integer ? 'an integer' : 'a finite number';
}

function fits(v: number, rule: NumberRule): boolean {
  if (rule.integer ? !Number.isSafeInteger(v) : !Number.isFinite(v)) return false;
  if (rule.min !== undefined && v < rule.min) return false;
  if (rule.max !== undefined && v > rule.max) return false;
  if (rule.above !== undefined && v <= rule.above) return false;
  return rule.below === undefined || v < rule.below;
}

/** A number that keeps `rule`, with `-0` read as `0` (JSON cannot write `-0`). */
export function readNumber(r: Report, v: unknown, path: string, rule: NumberRule = {}): number | undefined {
  if (v === undefined) return fail(r, path, `is required: ${numberPhrase(rule)}`);
  if (typeof v !== 'number' || !fits(v, rule)) return fail(r, path, `must be ${numberPhrase(rule)}, got ${describe(v)}`);
  return v === 0 ? 0 : v;
}

/** `readNumber`, or `fallback` when the field is absent. */
export function readNumberOr(r: Report, v: unknown, path: string, fallback: number, rule: NumberRule = {}): number | undefined {
  return v === undefined ? fallback : readNumber(r, v, path, rule);
}

/** A string; `nonEmpty` refuses `""`. */
export function readString(r: Report, v: unknown, path: string, nonEmpty = false): string | undefined {
  const what = nonEmpty ? 'a non-empty string' : 'a string';
  if (v === undefined) return fail(r, path, `is required: ${what}`);
  if (typeof v !== 'string' || (nonEmpty && v === '')) return fail(r, path, `must be ${what}, got ${describe(v)}`);
  return v;
}

/** One of `choices`, named in the message when the value is missing or not among them. */
export function readChoice<T extends string>(r: Report, v: unknown, path: string, choices: readonly T[]): T | undefined {
  const quoted = choices.map((c) => `'${c}'`);
  const list = quoted.length === 1 ? quoted[0] : `one of ${quoted.join(', ')}`;
  if (v === undefined) return fail(r, path, `is required: ${list}`);
  const found = choices.find((c) => c === v);
  return found ?? fail(r, path, `must be ${list}, got ${describe(v)}`);
}

/** A plain object; `what` describes the expected content for the message. */
export function readObject(r: Report, v: unknown, path: string, what: string): JsonObject | undefined {
  if (v === undefined) return fail(r, path, `is required: ${what}`);
  if (!isObject(v)) return fail(r, path, `must be ${what}, got ${describe(v)}`);
  return v;
}

/** A list; `what` describes the expected content for the message. */
export function readList(r: Report, v: unknown, path: string, what: string): unknown[] | undefined {
  if (v === undefined) return fail(r, path, `is required: ${what}`);
  if (!Array.isArray(v)) return fail(r, path, `must be ${what}, got ${describe(v)}`);
  return v;
}

/**
 * Deepest nesting of a kept value, counted from its field. Far beyond any real file, it
 * bounds the recursion of the copy (and of `JSON.stringify` on save) and stops a cycle.
 */
export const MAX_DEPTH = 64;

const FORBIDDEN_KEY = '__proto__';

/** Warns that a `__proto__` key was dropped: kept, it could replace an object's prototype downstream. */
function dropForbidden(r: Report, path: string): void {
  r.warnings.push({ path, message: `was ignored: '${FORBIDDEN_KEY}' is not allowed as a field name` });
}

/** The own keys of `o` that may be copied; warns about (and leaves out) `__proto__`. */
export function safeKeys(r: Report, o: JsonObject, path: string): string[] {
  const keys = Object.keys(o);
  if (keys.includes(FORBIDDEN_KEY)) dropForbidden(r, child(path, FORBIDDEN_KEY));
  return keys.filter((k) => k !== FORBIDDEN_KEY);
}

/**
 * A deep copy of a JSON value (`null`, boolean, string, finite number, list, plain object)
 * found `depth` levels below its field (0 for the field's own value); `undefined` after
 * reporting anything else. Object fields whose value is
 * `undefined` are left out, as `JSON.stringify` does.
 */
export function copyJson(r: Report, v: unknown, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) return fail(r, path, `is nested too deeply (more than ${MAX_DEPTH} levels)`);
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : fail(r, path, `must be a finite number, got ${describe(v)}`);
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    let whole = true;
    for (let i = 0; i < v.length; i++) {
      const item = copyJson(r, v[i], index(path, i), depth + 1);
      if (item === undefined) whole = false;
      out.push(item);
    }
    return whole ? out : undefined;
  }
  if (isObject(v)) {
    const out: JsonObject = {};
    let whole = true;
    for (const key of safeKeys(r, v, path)) {
      if (v[key] === undefined) continue;
      const item = copyJson(r, v[key], child(path, key), depth + 1);
      if (item === undefined) whole = false;
      else setOwn(out, key, item);
    }
    return whole ? out : undefined;
  }
  return fail(r, path, `must be a JSON value (null, true/false, a number, a string, a list or an object), got ${describe(v)}`);
}

/** Copies every field of `source` not in `known` onto `target`, as checked JSON values. */
export function copyExtras(r: Report, source: JsonObject, known: readonly string[], path: string, target: JsonObject): void {
  for (const key of safeKeys(r, source, path)) {
    if (known.includes(key) || source[key] === undefined) continue;
    const value = copyJson(r, source[key], child(path, key), 0);
    if (value !== undefined) setOwn(target, key, value);
  }
}

/** `parts` with every field defined, or `undefined` if any is `undefined` (an invalid part). */
export function complete<T extends Record<string, unknown>>(parts: T): { [K in keyof T]: Exclude<T[K], undefined> } | undefined {
  for (const key of Object.keys(parts)) if (parts[key] === undefined) return undefined;
  return parts as { [K in keyof T]: Exclude<T[K], undefined> };
}
