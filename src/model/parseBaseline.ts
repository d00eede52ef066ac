/**
 * The baseline specs of a study (docs/spec.md §8): `{ "kind": "lstm", "hidden": 4 }`,
 * `{ "kind": "gru", "hidden": 4 }`, `{ "kind": "esn", "units": 50, "spectralRadius": 0.9 }`,
 * `{ "kind": "linear", "lags": 4 }`, with optional `learningRate` for the Adam-trained kinds
 * and `inputScale`, `alpha` for `esn`. `parseBaseline` checks one against the bounds below
 * and names the field of every refusal (`study.baselines[1].hidden`), never throwing. A
 * field that the kind does not take is refused rather than ignored: `"hidden"` on an `esn`
 * is a mistake that would otherwise pass unseen.
 */
import { LIMITS, type BaselineSpec, type FieldError } from './types';
import { child, complete, describe, newReport, own, readChoice, readNumber, readNumberOr, readObject, type NumberRule } from './parseCheck';

export type { BaselineSpec };

export type BaselineKind = BaselineSpec['kind'];
export const BASELINE_KINDS: readonly BaselineKind[] = ['lstm', 'gru', 'esn', 'linear'];

/** The SPEC's defaults: Adam's learning rate 0.01, the reservoir's input scale 1, ridge's `alpha` 1e-6. */
export const BASELINE_DEFAULTS = { learningRate: 0.01, inputScale: 1, alpha: 1e-6 } as const;

/**
 * Bounds: sizes past these make a "tiny classical baseline" slower than the QRNN it is
 * compared with (an `lstm` of 64 units has 17,000 parameters; a reservoir of 1,000 units costs
 * `10^10` operations to scale); a spectral radius above 2 drives tanh units into saturation;
 * the learning rate has the QRNN optimizer's bound (`LIMITS.learningRate`).
 */
export const BASELINE_RULES = {
  hidden: { integer: true, min: 1, max: 64 },
  units: { integer: true, min: 1, max: 1000 },
  lags: { integer: true, min: 1, max: 64 },
  spectralRadius: { above: 0, max: 2 },
  learningRate: { above: 0, max: LIMITS.learningRate },
  inputScale: { above: 0, max: 100 },
  alpha: { above: 0, max: 1e6 },
} as const satisfies Record<string, NumberRule>;

/** The fields each kind takes, `kind` first. */
const FIELDS: Record<BaselineKind, readonly string[]> = {
  lstm: ['kind', 'hidden', 'learningRate'],
  gru: ['kind', 'hidden', 'learningRate'],
  esn: ['kind', 'units', 'spectralRadius', 'inputScale', 'alpha'],
  linear: ['kind', 'lags', 'learningRate'],
};

export type BaselineParse = { ok: true; spec: BaselineSpec } | { ok: false; errors: FieldError[] };

/** Checks one baseline spec found at `path` (e.g. `study.baselines[1]`). */
export function parseBaseline(raw: unknown, path: string): BaselineParse {
  const r = newReport();
  const o = readObject(r, raw, path, 'an object like {"kind": "lstm", "hidden": 4}');
  if (!o) return { ok: false, errors: r.errors };
  const kind = readChoice(r, own(o, 'kind'), child(path, 'kind'), BASELINE_KINDS);
  if (!kind) return { ok: false, errors: r.errors };
  for (const key of Object.keys(o)) {
    if (!FIELDS[kind].includes(key)) r.errors.push({ path: child(path, key), message: `is not a field of a '${kind}' baseline (got ${describe(o[key])}): it takes ${FIELDS[kind].slice(1).join(', ')}` });
  }
  const required = (name: keyof typeof BASELINE_RULES) => readNumber(r, own(o, name), child(path, name), BASELINE_RULES[name]);
  const optional = (name: keyof typeof BASELINE_RULES) => {
    const v = own(o, name);
    return v === undefined ? undefined : readNumberOr(r, v, child(path, name), Number.NaN, BASELINE_RULES[name]);
  };
  let spec: BaselineSpec | undefined;
  if (kind === 'esn') {
    const parts = complete({ units: required('units'), spectralRadius: required('spectralRadius') });
    const inputScale = optional('inputScale'), alpha = optional('alpha');
    if (parts) spec = { kind, ...parts, ...(inputScale !== undefined ? { inputScale } : {}), ...(alpha !== undefined ? { alpha } : {}) };
  } else {
    const size = required(kind === 'linear' ? 'lags' : 'hidden');
    const learningRate = optional('learningRate');
    const rate = learningRate !== undefined ? { learningRate } : {};
    if (size !== undefined) spec = kind === 'linear' ? { kind, lags: size, ...rate } : { kind, hidden: size, ...rate };
  }
  if (r.errors.length > 0 || !spec) return { ok: false, errors: r.errors };
  return { ok: true, spec };
}

/** Adam's learning rate of an Adam-trained spec (the SPEC's default 0.01 when absent). */
export function learningRateOf(spec: BaselineSpec): number {
  return spec.kind === 'esn' ? Number.NaN : spec.learningRate ?? BASELINE_DEFAULTS.learningRate;
}
