/**
 * Helpers shared by the tests of src/data: running one generator on a plain spec object and
 * unwrapping results. Not part of the public API.
 */
import { createFieldReader } from '../data/fields';
import type { Generate, RawSeries, SeriesResult } from '../data/series';

/** Runs `generate` on `spec` with `seed` and `horizon` (defaults 1, 1). */
export function run(generate: Generate, spec: Record<string, unknown>, seed = 1, horizon = 1): SeriesResult {
  return generate(createFieldReader(spec), { seed, horizon });
}

/** The series of a successful result; throws with the errors otherwise. */
export function seriesOf(result: SeriesResult): RawSeries {
  if (!result.ok) throw new Error(`expected a series, got errors: ${JSON.stringify(result.errors)}`);
  return result.series;
}

/** The error paths of a failed result (empty for a success). */
export function pathsOf(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}
