/**
 * Checks the `data` block of an experiment file (docs/spec.md §2): an inline sequence in full, or a
 * generator's windowing fields (`seed`, `window`, `horizon`, `split`, `normalize`) when they
 * are present. A generator's own parameters are kept as given: `src/data/` documents and
 * checks them, and supplies the defaults of absent ones.
 */
import { DATA_KINDS, LIMITS, type DataSpec, type GeneratedData, type GeneratorKind, type InlineData } from './types';
import {
  child, copyExtras, copyJson, describe, fail, index, own, readChoice, readList, readNumber, readObject, safeKeys, setOwn,
  type JsonObject, type Report,
} from './parseCheck';

export interface DataCheck {
  /** The checked data, or `undefined` if any of it was refused. */
  data: DataSpec | undefined;
  /**
   * The number of components of every input: for inline data as written (1 for plain
   * numbers), for a generator `LIMITS.generatorInputWidth` (every generator's series is scalar).
   */
  inputWidth: number | undefined;
  /** Where `inputWidth` comes from, for messages. */
  inputSource?: 'inline' | 'generator';
  /** The length of every sequence when the block says it: inline data's length, or a generator's `window`. */
  steps?: number;
  /** The field `steps` was read from (`data.inputs` or `data.window`). */
  stepsField?: string;
  /**
   * Components of every target (docs/spec.md §5.3): of inline targets as written (1 for plain
   * numbers), of a generator's `target` or `targetColumns` list, else 1.
   */
  targetWidth?: number;
  /** Where `targetWidth` comes from, for messages. */
  targetField?: string;
}

const NORMALIZE = ['minmax', 'minmax01', 'zscore', 'none'] as const;

/** Checks `data` (found at `path`), reporting every problem into `r`. */
export function parseData(r: Report, raw: unknown, path = 'data'): DataCheck {
  const o = readObject(r, raw, path, `an object with a "kind" (${DATA_KINDS.join(', ')})`);
  const kind = o && readChoice(r, own(o, 'kind'), child(path, 'kind'), DATA_KINDS);
  if (!o || kind === undefined) return { data: undefined, inputWidth: undefined };
  if (kind === 'inline') return readInline(r, o, path);
  const data = readGenerated(r, o, path, kind);
  const found: DataCheck = { data, inputWidth: LIMITS.generatorInputWidth, inputSource: 'generator', ...generatorTargetWidth(o, path) };
  const window = own(o, 'window');
  if (data && typeof window === 'number' && window >= 1) Object.assign(found, { steps: window, stepsField: child(path, 'window') });
  return found;
}

function readInline(r: Report, o: JsonObject, path: string): DataCheck {
  const mark = r.errors.length;
  const inputsPath = child(path, 'inputs');
  const list = readList(r, own(o, 'inputs'), inputsPath, 'a non-empty list of numbers or of equal-length lists of numbers');
  let inputs: (number | number[])[] = [];
  let inputWidth: number | undefined;
  if (list && list.length === 0) fail(r, inputsPath, 'must not be empty: give at least one input');
  else if (list && list.length > LIMITS.steps) {
    fail(r, inputsPath, `has ${list.length.toLocaleString('en-US')} steps but an inline sequence may have at most ${LIMITS.steps.toLocaleString('en-US')}: use a generator or a csv dataset, which cut a long series into windows`);
    return { data: undefined, inputWidth: undefined };
  } else if (list) [inputs, inputWidth] = readInputs(r, list, inputsPath);
  const targetsPath = child(path, 'targets');
  const targetList = readList(r, own(o, 'targets'), targetsPath, 'a list with one target (a number, a list of numbers, or null for an unscored step) per input');
  const targets = targetList ? targetList.map((t, i) => readTarget(r, t, index(targetsPath, i))) : [];
  if (list && targetList && list.length > 0 && targetList.length !== list.length) {
    fail(r, targetsPath, `has ${targetList.length} ${targetList.length === 1 ? 'entry' : 'entries'} but data.inputs has ${list.length}: give one target per input (null for an unscored step)`);
  }
  const targetWidth = targets.every(isTarget) ? commonTargetWidth(r, targets, targetsPath) : undefined;
  const found: DataCheck = { data: undefined, inputWidth, inputSource: 'inline', targetWidth, targetField: targetsPath };
  if (list && list.length > 0) Object.assign(found, { steps: list.length, stepsField: inputsPath });
  if (r.errors.length > mark || !targets.every(isTarget)) return found;
  const data: InlineData = { kind: 'inline', inputs, targets };
  copyExtras(r, o, ['kind', 'inputs', 'targets'], path, data);
  return { ...found, data };
}

/** The inputs and their common width; every entry is checked against the first valid one. */
function readInputs(r: Report, list: unknown[], path: string): [(number | number[])[], number | undefined] {
  const out: (number | number[])[] = [];
  let width: number | undefined;
  let widthFrom = '';
  list.forEach((x, i) => {
    const itemPath = index(path, i);
    const item = readInput(r, x, itemPath);
    if (item === undefined) return;
    out.push(item);
    const w = typeof item === 'number' ? 1 : item.length;
    if (width === undefined) [width, widthFrom] = [w, itemPath];
    else if (w !== width) fail(r, itemPath, `has ${components(w)} but ${widthFrom} has ${components(width)}: every input must have the same length`);
  });
  return [out, width];
}

function components(n: number): string {
  return n === 1 ? '1 component' : `${n} components`;
}

function readInput(r: Report, v: unknown, path: string): number | number[] | undefined {
  if (typeof v === 'number') return readNumber(r, v, path);
  if (!Array.isArray(v)) return fail(r, path, `must be a finite number or a list of finite numbers, got ${describe(v)}`);
  if (v.length === 0) return fail(r, path, 'must not be an empty list: an input vector needs at least one component');
  const out = v.map((c, k) => readNumber(r, c, index(path, k)));
  return out.every((c) => c !== undefined) ? out : undefined;
}

type Target = number | number[] | null;

function isTarget(t: Target | undefined): t is Target {
  return t !== undefined;
}

/**
 * A step's target: a number, a list of numbers (one per output, docs/spec.md §5.3), or `null`
 * for an unscored step. A step is scored for every output or none, so a list holds no `null`.
 */
function readTarget(r: Report, v: unknown, path: string): Target | undefined {
  if (v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v === 0 ? 0 : v;
  if (Array.isArray(v)) {
    if (v.length === 0) return fail(r, path, 'must not be an empty list: give one number per output, or null for an unscored step');
    if (v.some((c) => c === null)) return fail(r, path, 'has a null component: a step is scored for every output or none, so write null for the whole step');
    const out = v.map((c, k) => readNumber(r, c, index(path, k)));
    return out.every((c) => c !== undefined) ? out.map((c) => (c === 0 ? 0 : c)) : undefined;
  }
  return fail(r, path, `must be a finite number, a list of numbers (one per output) or null (an unscored step), got ${describe(v)}`);
}

/**
 * The width every scored target shares (a number is 1 wide), or `undefined` after a mismatch,
 * reported, and when every target is `null`: no step is scored, so any number of outputs fits.
 */
function commonTargetWidth(r: Report, targets: readonly Target[], path: string): number | undefined {
  let width: number | undefined, from = '';
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t === null) continue;
    const w = typeof t === 'number' ? 1 : t.length;
    if (width === undefined) [width, from] = [w, index(path, i)];
    else if (w !== width) return fail(r, index(path, i), `has ${w === 1 ? '1 output' : `${w} outputs`} but ${from} has ${width === 1 ? '1' : width}: every target must have the same length`);
  }
  return width;
}

/** A generator's target width: the length of its `target` list (lorenz) or `targetColumns` (csv), else 1. */
function generatorTargetWidth(o: JsonObject, path: string): Pick<DataCheck, 'targetWidth' | 'targetField'> {
  for (const key of ['target', 'targetColumns']) {
    const v = own(o, key);
    if (Array.isArray(v) && v.length > 0) return { targetWidth: v.length, targetField: child(path, key) };
  }
  return { targetWidth: 1, targetField: child(path, 'target') };
}

/** A generator: the windowing fields are checked when present; every field is kept. */
function readGenerated(r: Report, o: JsonObject, path: string, kind: GeneratorKind): GeneratedData | undefined {
  const mark = r.errors.length;
  for (const key of ['seed', 'window', 'horizon'] as const) {
    const v = own(o, key);
    if (v !== undefined) readNumber(r, v, child(path, key), { integer: true });
  }
  const split = own(o, 'split');
  if (split !== undefined) readNumber(r, split, child(path, 'split'), { above: 0, max: 1 }); // 1: every window trains, no test part
  const normalize = own(o, 'normalize');
  if (normalize !== undefined) readChoice(r, normalize, child(path, 'normalize'), NORMALIZE);
  if (r.errors.length > mark) return undefined;
  const data: GeneratedData = { kind };
  for (const key of safeKeys(r, o, path)) {
    if (key === 'kind' || o[key] === undefined) continue;
    const value = copyJson(r, o[key], child(path, key), 0);
    if (value !== undefined) setOwn(data, key, value);
  }
  return r.errors.length > mark ? undefined : data;
}
