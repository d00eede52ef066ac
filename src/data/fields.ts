/**
 * Reading a generator's parameters out of an untrusted `data` object. Every reader returns a
 * usable value (the default when the field is absent or wrong) and records a `FieldError`
 * naming `data.<field>` when the field is present but wrong, so a generator can read all its
 * parameters, then stop once if any was refused. Nothing here throws, whatever the input.
 */
import type { FieldError } from '../model/types';

/** Largest number of points any series, window or CSV column may have. */
export const MAX_POINTS = 100_000;

/** Bounds for a numeric field; all optional. */
export interface NumberRule {
  /** Must be a whole number (a safe integer). */
  integer?: boolean;
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound (for "positive"). */
  above?: number;
  /** Inclusive upper bound. */
  max?: number;
}

/** Typed access to the fields of `data`, recording an error per wrong field. */
export interface FieldReader {
  /** Errors recorded so far, in reading order. */
  readonly errors: FieldError[];
  /** The raw value of a field, or `undefined` if absent. */
  raw(name: string): unknown;
  /** A finite number obeying `rule`, or `fallback` when absent (or wrong, with an error). */
  number(name: string, fallback: number, rule?: NumberRule): number;
  /** One of `options`, or `fallback`. */
  oneOf<T extends string>(name: string, options: readonly T[], fallback: T): T;
  /** A boolean, or `fallback`. */
  boolean(name: string, fallback: boolean): boolean;
  /** Records an error at `data.<name>` (or at `data` itself when `name` is empty). */
  fail(name: string, message: string): void;
}

/** The path of a field of the `data` object: `data.period`, or `data` for the empty name. */
export function fieldPath(name: string): string {
  return name === '' ? 'data' : `data.${name}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number') return String(value);
  return `a value of type ${typeof value}`;
}

/** States a rule in words, for error messages: "a whole number from 1 to 100000". */
function ruleText(rule: NumberRule): string {
  const what = rule.integer ? 'a whole number' : 'a finite number';
  const lo = rule.min !== undefined ? `${rule.min}` : rule.above !== undefined ? `above ${rule.above}` : null;
  if (lo !== null && rule.max !== undefined) return rule.min !== undefined ? `${what} from ${lo} to ${rule.max}` : `${what} ${lo} and at most ${rule.max}`;
  if (lo !== null) return rule.min !== undefined ? `${what} of at least ${lo}` : `${what} ${lo}`;
  if (rule.max !== undefined) return `${what} of at most ${rule.max}`;
  return what;
}

/** A reader over `spec`; `spec` must already be a plain object. */
export function createFieldReader(spec: Record<string, unknown>): FieldReader {
  const errors: FieldError[] = [];
  const has = (name: string): boolean => Object.prototype.hasOwnProperty.call(spec, name) && spec[name] !== undefined;
  const fail = (name: string, message: string): void => { errors.push({ path: fieldPath(name), message }); };
  return {
    errors,
    fail,
    raw: (name) => (has(name) ? spec[name] : undefined),
    number(name, fallback, rule = {}) {
      if (!has(name)) return fallback;
      const v = spec[name];
      const ok = typeof v === 'number' && Number.isFinite(v)
        && (!rule.integer || Number.isSafeInteger(v))
        && (rule.min === undefined || v >= rule.min)
        && (rule.above === undefined || v > rule.above)
        && (rule.max === undefined || v <= rule.max);
      if (ok) return v;
      fail(name, `must be ${ruleText(rule)}, not ${describe(v)}`);
      return fallback;
    },
    oneOf(name, options, fallback) {
      if (!has(name)) return fallback;
      const v = spec[name];
      if (typeof v === 'string' && (options as readonly string[]).includes(v)) return v as (typeof options)[number];
      fail(name, `must be one of ${options.map((o) => `'${o}'`).join(', ')}, not ${describe(v)}`);
      return fallback;
    },
    boolean(name, fallback) {
      if (!has(name)) return fallback;
      const v = spec[name];
      if (typeof v === 'boolean') return v;
      fail(name, `must be true or false, not ${describe(v)}`);
      return fallback;
    },
  };
}

/** True for a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
