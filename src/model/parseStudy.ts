/**
 * Checks the `study` block of an experiment file (docs/spec.md §8): variants (each a name and a
 * `set` of dotted paths whose values replace the file's whole), seeds, an optional
 * re-initialisation range and classical baselines. Each variant is applied to the file and
 * the result checked as a file of its own, so a variant that would make the file invalid is
 * refused at load, naming the variant, not only when its run starts.
 */
import { LIMITS, type BaselineSpec, type Study, type StudyVariant } from './types';
import {
  child, complete, copyExtras, copyJson, fail, index, isObject, own, readList, readNumber, readObject, readString, safeKeys, setOwn,
  type JsonObject, type Report,
} from './parseCheck';
import { parseBaseline } from './parseBaseline';

/** Bounds of a study, so a file cannot ask the page for hours of work by accident. */
export const STUDY_LIMITS = {
  variants: 12,
  seeds: 10,
  baselines: 8,
  /** Runs and baseline runs together: (variants + baselines) x seeds. */
  runs: 120,
} as const;

/** Top-level fields a variant may not set: the file's identity, the study itself. */
const UNSETTABLE = new Set(['format', 'version', 'study']);

/** Checks `study` (found at `path`); `checkVariant(file)` checks one variant's file and returns its errors. */
export function parseStudy(r: Report, raw: unknown, file: JsonObject, checkVariant: (file: JsonObject) => { path: string; message: string }[], path = 'study'): Study | undefined {
  const o = readObject(r, raw, path, 'an object with variants, seeds, and optionally reinitialize and baselines');
  if (!o) return undefined;
  const mark = r.errors.length;
  const variants = readVariants(r, own(o, 'variants'), child(path, 'variants'), file, checkVariant);
  const seeds = readSeeds(r, own(o, 'seeds'), child(path, 'seeds'));
  const rawRange = own(o, 'reinitialize');
  const reinitialize = rawRange === undefined ? undefined : readRange(r, rawRange, child(path, 'reinitialize'));
  const rawBaselines = own(o, 'baselines');
  const baselines = rawBaselines === undefined ? [] : readBaselines(r, rawBaselines, child(path, 'baselines'));
  const parts = complete({ variants, seeds, baselines });
  if (!parts || r.errors.length > mark || (rawRange !== undefined && !reinitialize)) return undefined;
  const runs = (parts.variants.length + parts.baselines.length) * parts.seeds.length;
  if (runs > STUDY_LIMITS.runs) {
    return fail(r, path, `asks for ${runs} runs ((variants + baselines) x seeds) but a study may have at most ${STUDY_LIMITS.runs}: fewer seeds, variants or baselines`);
  }
  const study: Study = { variants: parts.variants, seeds: parts.seeds };
  if (reinitialize) study.reinitialize = reinitialize;
  if (parts.baselines.length > 0) study.baselines = parts.baselines;
  copyExtras(r, o, ['variants', 'seeds', 'reinitialize', 'baselines'], path, study);
  return study;
}

function readVariants(r: Report, raw: unknown, path: string, file: JsonObject, checkVariant: (file: JsonObject) => { path: string; message: string }[]): StudyVariant[] | undefined {
  const what = 'a list of variants like {"name": "SPSA", "set": {"training.gradient": {"method": "spsa", "shots": 1000}}}';
  const list = readList(r, raw, path, what);
  if (!list) return undefined;
  if (list.length === 0) return fail(r, path, `must be ${what}, got an empty list`);
  if (list.length > STUDY_LIMITS.variants) return fail(r, path, `has ${list.length} variants but a study may have at most ${STUDY_LIMITS.variants}`);
  const out = list.map((v, i) => readVariant(r, v, index(path, i), file, checkVariant));
  if (!out.every((v) => v !== undefined)) return undefined;
  const twice = out.findIndex((v, i) => out.findIndex((w) => w.name === v.name) !== i);
  if (twice >= 0) return fail(r, child(index(path, twice), 'name'), `"${out[twice].name}" names another variant too: give every variant its own name`);
  return out;
}

function readVariant(r: Report, raw: unknown, path: string, file: JsonObject, checkVariant: (file: JsonObject) => { path: string; message: string }[]): StudyVariant | undefined {
  const o = readObject(r, raw, path, 'a variant like {"name": "SPSA", "set": {...}}');
  if (!o) return undefined;
  const name = readString(r, own(o, 'name'), child(path, 'name'), true);
  const rawSet = own(o, 'set');
  const set = rawSet === undefined ? {} : readSet(r, rawSet, child(path, 'set'));
  if (name === undefined || set === undefined) return undefined;
  const errors = checkVariant(applySet(file, set));
  if (errors.length > 0) {
    const first = errors[0];
    return fail(r, child(path, 'set'), `makes the file invalid: ${first.path || 'the file'} ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`);
  }
  const variant: StudyVariant = { name, set };
  copyExtras(r, o, ['name', 'set'], path, variant);
  return variant;
}

/** `set`: dotted paths into the file (`"training.gradient"`), each with the JSON value that replaces it whole. */
function readSet(r: Report, raw: unknown, path: string): Record<string, unknown> | undefined {
  const o = readObject(r, raw, path, 'an object of dotted paths and values, like {"training.gradient": {"method": "spsa", "shots": 1000}}');
  if (!o) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of safeKeys(r, o, path)) {
    const at = `${path}[${JSON.stringify(key)}]`;
    const parts = key.split('.');
    if (parts.some((p) => p === '' || p === '__proto__')) { fail(r, at, 'is not a dotted path like "training.gradient"'); continue; }
    if (UNSETTABLE.has(parts[0])) { fail(r, at, `a variant cannot set "${parts[0]}"`); continue; }
    const value = copyJson(r, o[key], at, 0);
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

/** The file with a variant's `set` applied: each dotted path's value replaced whole (missing objects on the way are created). */
export function applySet(file: JsonObject, set: Readonly<Record<string, unknown>>): JsonObject {
  const copy = jsonCopy(file) as JsonObject;
  for (const [key, value] of Object.entries(set)) {
    const parts = key.split('.');
    let at: JsonObject = copy;
    for (const part of parts.slice(0, -1)) {
      const next = own(at, part);
      if (!isObject(next)) setOwn(at, part, {});
      at = own(at, part) as JsonObject;
    }
    setOwn(at, parts[parts.length - 1], jsonCopy(value));
  }
  return copy;
}

/** A deep copy of a JSON value (a checked file holds nothing else). */
const jsonCopy = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

function readSeeds(r: Report, raw: unknown, path: string): number[] | undefined {
  const list = readList(r, raw, path, 'a non-empty list of whole-number seeds like [1, 2, 3]');
  if (!list) return undefined;
  if (list.length === 0) return fail(r, path, 'must hold at least one seed, like [1, 2, 3]');
  if (list.length > STUDY_LIMITS.seeds) return fail(r, path, `has ${list.length} seeds but a study may have at most ${STUDY_LIMITS.seeds}`);
  const seeds = list.map((s, i) => readNumber(r, s, index(path, i), { integer: true }));
  if (!seeds.every((s) => s !== undefined)) return undefined;
  const twice = seeds.find((s, i) => seeds.indexOf(s) !== i);
  return twice === undefined ? seeds : fail(r, path, `lists seed ${twice} twice: the runs of one seed would repeat`);
}

function readRange(r: Report, raw: unknown, path: string): { low: number; high: number } | undefined {
  const o = readObject(r, raw, path, 'an object like {"low": -3.14159, "high": 3.14159}');
  if (!o) return undefined;
  const bound = { min: -LIMITS.magnitude, max: LIMITS.magnitude };
  const low = readNumber(r, own(o, 'low'), child(path, 'low'), bound);
  const high = readNumber(r, own(o, 'high'), child(path, 'high'), bound);
  if (low === undefined || high === undefined) return undefined;
  if (!(low < high)) return fail(r, child(path, 'high'), `must be greater than low (${low}), got ${high}`);
  const range = { low, high };
  copyExtras(r, o, ['low', 'high'], path, range);
  return range;
}

function readBaselines(r: Report, raw: unknown, path: string): BaselineSpec[] | undefined {
  const list = readList(r, raw, path, 'a list of baselines like {"kind": "lstm", "hidden": 4}');
  if (!list) return undefined;
  if (list.length > STUDY_LIMITS.baselines) return fail(r, path, `has ${list.length} baselines but a study may have at most ${STUDY_LIMITS.baselines}`);
  const out = list.map((b, i) => {
    const parsed = parseBaseline(b, index(path, i));
    if (parsed.ok) return parsed.spec;
    r.errors.push(...parsed.errors);
    return undefined;
  });
  if (!out.every((b) => b !== undefined)) return undefined;
  // A baseline's results are named by its kind (docs/spec.md §8), so each kind appears once.
  const twice = out.findIndex((b, i) => out.findIndex((c) => c.kind === b.kind) !== i);
  return twice < 0 ? out : fail(r, child(index(path, twice), 'kind'), `a study has one baseline of each kind, and '${out[twice].kind}' is already ${path}[${out.findIndex((c) => c.kind === out[twice].kind)}]`);
}
