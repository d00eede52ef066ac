/**
 * The `mackey-glass` generator: the delay differential equation
 * `dx/dt = beta x(t - tau) / (1 + x(t - tau)^n) - gamma x(t)`, integrated by RK4 with step
 * `dt` from a constant history, the delayed value linearly interpolated between stored steps
 * (the RK4 half steps fall between them). After a transient the series is sampled every
 * `sampleEvery` time units. The seed is not used: the history fixes the trajectory.
 */
import { pow } from '../core/detmath';
import { MAX_POINTS, type FieldReader } from './fields';
import { refused, scalarSeries, type SeriesResult } from './series';
import { checkWork, stepsAtLeast, wholeSteps } from './steps';

/** Defaults of the `mackey-glass` parameters (times in time units). */
export const MACKEY_GLASS_DEFAULTS = {
  /** Delay. */
  tau: 17,
  beta: 0.2,
  gamma: 0.1,
  /** Exponent of the feedback nonlinearity. */
  n: 10,
  /** RK4 integration step. */
  dt: 0.1,
  /** Constant value of x(t) for t <= 0. */
  history: 1.2,
  /** Time between samples; a whole multiple of dt. */
  sampleEvery: 1,
  /** Time integrated and discarded before the first sample. */
  transient: 500,
  /** Number of samples. */
  length: 400,
} as const;

/** Generates the Mackey-Glass series for the parameters in `fields`. */
export function generateMackeyGlass(fields: FieldReader): SeriesResult {
  const d = MACKEY_GLASS_DEFAULTS;
  const tau = fields.number('tau', d.tau, { above: 0, max: 10_000 });
  const beta = fields.number('beta', d.beta);
  const gamma = fields.number('gamma', d.gamma);
  const n = fields.number('n', d.n, { above: 0, max: 100 });
  const dt = fields.number('dt', d.dt, { above: 0, max: 1 });
  const history = fields.number('history', d.history, { above: 0 });
  const sampleEvery = fields.number('sampleEvery', d.sampleEvery, { above: 0, max: 10_000 });
  const transient = fields.number('transient', d.transient, { min: 0, max: 1_000_000 });
  const length = fields.number('length', d.length, { integer: true, min: 2, max: MAX_POINTS });
  if (fields.errors.length === 0 && tau < dt) fields.fail('tau', `must be at least the integration step dt = ${dt}`);
  const stride = fields.errors.length === 0 ? wholeSteps(fields, 'sampleEvery', sampleEvery, dt) : 1;
  const skip = stepsAtLeast(transient, dt);
  if (fields.errors.length === 0) checkWork(fields, skip, length, stride);
  const stop = refused(fields);
  if (stop) return stop;
  return scalarSeries(integrate({ tau, beta, gamma, n, dt, history }, skip, stride, length));
}

interface Equation { tau: number; beta: number; gamma: number; n: number; dt: number; history: number }

/** RK4 with a ring buffer of the last `tau / dt` steps; returns `length` samples. */
function integrate(eq: Equation, skip: number, stride: number, length: number): number[] {
  const { beta, gamma, n, dt, history } = eq;
  const ratio = eq.tau / dt;
  // A delay that is a whole number of steps up to round-off is taken as exactly that number.
  const delay = Math.abs(ratio - Math.round(ratio)) < 1e-9 ? Math.round(ratio) : ratio;
  const size = Math.ceil(delay) + 2;
  const ring = new Float64Array(size);
  ring[0] = history;
  /** x at the fractional step `p <= k`: the history for p <= 0, else linear interpolation. */
  const past = (p: number): number => {
    if (p <= 0) return history;
    const i = Math.floor(p);
    const f = p - i;
    const a = ring[i % size];
    return f === 0 ? a : a + f * (ring[(i + 1) % size] - a);
  };
  const rate = (x: number, xd: number): number => (beta * xd) / (1 + pow(xd, n)) - gamma * x;
  const out = new Array<number>(length);
  let x = history;
  let taken = 0;
  const lastStep = skip + (length - 1) * stride;
  for (let k = 0; ; k++) {
    if (k >= skip && (k - skip) % stride === 0) out[taken++] = x;
    if (k === lastStep) break;
    const mid = past(k + 0.5 - delay);
    const k1 = rate(x, past(k - delay));
    const k2 = rate(x + 0.5 * dt * k1, mid);
    const k3 = rate(x + 0.5 * dt * k2, mid);
    const k4 = rate(x + dt * k3, past(k + 1 - delay));
    x += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    ring[(k + 1) % size] = x;
  }
  return out;
}
