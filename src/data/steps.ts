/**
 * Turning durations given in time units into whole integration steps, and bounding the work
 * an integrating generator may do, so that a mistyped parameter cannot freeze the page.
 */
import type { FieldReader } from './fields';

/** Most integration steps an ODE generator (Mackey-Glass, Lorenz) may take for one series. */
const MAX_STEPS = 2_000_000;

/**
 * The number of steps of size `dt` in `duration` time units, which must be a whole multiple
 * of `dt` (to 1e-9 relative); records an error at `data.<name>` otherwise and returns 1.
 */
export function wholeSteps(fields: FieldReader, name: string, duration: number, dt: number): number {
  const steps = Math.round(duration / dt);
  if (steps >= 1 && Math.abs(steps * dt - duration) <= 1e-9 * duration) return steps;
  fields.fail(name, `must be a whole multiple of the integration step dt = ${dt} (got ${duration})`);
  return 1;
}

/** `duration / dt` rounded up to whole steps (a transient may end a little late, never early). */
export function stepsAtLeast(duration: number, dt: number): number {
  return Math.max(0, Math.ceil(duration / dt - 1e-9));
}

/**
 * Records an error at `data.length` when `transientSteps + (length - 1) * stepsPerSample`
 * exceeds `limit`; returns whether the work is allowed.
 */
export function checkWork(fields: FieldReader, transientSteps: number, length: number, stepsPerSample: number, limit = MAX_STEPS): boolean {
  const total = transientSteps + (length - 1) * stepsPerSample;
  if (total <= limit) return true;
  fields.fail('length', `needs ${total} integration steps (transient plus length times sampleEvery); at most ${limit} are allowed`);
  return false;
}
