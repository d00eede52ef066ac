/**
 * The `kuramoto-sivashinsky` generator: a scalar observation of the KS field (see
 * `ksSolver.ts`) sampled after a transient. The initial condition is a small random sum of
 * the longest waves, drawn from the seed. `observe` chooses what a sample is: the field at
 * one grid point, or the real part of one Fourier coefficient divided by N.
 */
import { cos } from '../core/detmath';
import { createRng } from '../core/rng';
import { isPowerOfTwo } from './fft';
import { MAX_POINTS, isRecord, type FieldReader } from './fields';
import { createKsSolver } from './ksSolver';
import { refused, scalarSeries, type GenerateContext, type SeriesResult } from './series';
import { checkWork, stepsAtLeast } from './steps';

/** What one sample is: the field at grid point `point`, or `Re(v_mode) / N`. */
export type KsObservation = { point: number } | { mode: number };

/** Defaults of the `kuramoto-sivashinsky` parameters. */
export const KS_DEFAULTS = {
  /** Domain length: L = 22 is the smallest domain with robust chaos. */
  L: 22,
  /** Grid points (a power of two). */
  N: 64,
  /** ETDRK4 step, in time units. */
  dt: 0.25,
  /** Time integrated and discarded before the first sample, in time units (rounded up to whole steps). */
  transient: 500,
  /** Integration steps between samples. */
  sampleEvery: 1,
  /** Number of samples. */
  length: 400,
  observe: { point: 0 } as KsObservation,
};

/** Amplitude of each random initial wave: small, so the transient starts near u = 0. */
const KS_INITIAL_AMPLITUDE = 0.1;
/** The initial condition uses waves 1 .. 4 of the domain (the unstable ones at L = 22 are 1 .. 3). */
const KS_INITIAL_WAVES = 4;
/** Bound on integration steps times grid points (400,000 steps at N = 64, a few seconds). */
const KS_MAX_WORK = 25_600_000;

/** Reads `data.observe`, recording errors under `data.observe`; N must already be valid. */
function readObservation(fields: FieldReader, n: number): KsObservation {
  const raw = fields.raw('observe');
  if (raw === undefined) return KS_DEFAULTS.observe;
  const keys = isRecord(raw) ? Object.keys(raw) : [];
  if (!isRecord(raw) || keys.length !== 1 || (keys[0] !== 'point' && keys[0] !== 'mode')) {
    fields.fail('observe', 'must be { "point": k } (a grid point) or { "mode": m } (a Fourier coefficient)');
    return KS_DEFAULTS.observe;
  }
  const value = raw[keys[0]];
  const whole = typeof value === 'number' && Number.isSafeInteger(value);
  if ('point' in raw) {
    if (whole && value >= 0 && value < n) return { point: value };
    fields.fail('observe.point', `must be a whole number from 0 to ${n - 1} (the grid has N = ${n} points)`);
  } else {
    if (whole && value >= 1 && value < n / 2) return { mode: value };
    fields.fail('observe.mode', `must be a whole number from 1 to ${n / 2 - 1}: mode 0 is the mean, which the equation conserves, and mode ${n / 2} (Nyquist) is held at 0`);
  }
  return KS_DEFAULTS.observe;
}

/** Generates the KS series for the parameters in `fields`. */
export function generateKuramotoSivashinsky(fields: FieldReader, { seed }: GenerateContext): SeriesResult {
  const d = KS_DEFAULTS;
  const L = fields.number('L', d.L, { min: 1, max: 10_000 });
  const N = fields.number('N', d.N, { integer: true, min: 8, max: 1024 });
  if (fields.errors.length === 0 && !isPowerOfTwo(N)) fields.fail('N', `must be a power of two (8, 16, 32, 64, ...), not ${N}`);
  const dt = fields.number('dt', d.dt, { above: 0, max: 10 });
  const transient = fields.number('transient', d.transient, { min: 0, max: 1_000_000 });
  const sampleEvery = fields.number('sampleEvery', d.sampleEvery, { integer: true, min: 1, max: 100_000 });
  const length = fields.number('length', d.length, { integer: true, min: 2, max: MAX_POINTS });
  const observe = fields.errors.length === 0 ? readObservation(fields, N) : d.observe;
  const skip = stepsAtLeast(transient, dt);
  if (fields.errors.length === 0) checkWork(fields, skip, length, sampleEvery, Math.floor(KS_MAX_WORK / N));
  const stop = refused(fields);
  if (stop) return stop;

  const rng = createRng(seed);
  const u0 = new Float64Array(N);
  for (let q = 1; q <= KS_INITIAL_WAVES; q++) {
    const amplitude = KS_INITIAL_AMPLITUDE * rng.normal(), phase = 2 * Math.PI * rng.next();
    for (let j = 0; j < N; j++) u0[j] += amplitude * cos((2 * Math.PI * q * j) / N + phase);
  }
  const solver = createKsSolver(L, N, dt, u0);
  const field = new Float64Array(N);
  const sample = 'point' in observe
    ? (): number => solver.field(field)[observe.point]
    : (): number => solver.modeReal(observe.mode);
  solver.advance(skip);
  const values = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    if (i > 0) solver.advance(sampleEvery);
    values[i] = sample();
  }
  return scalarSeries(values);
}
