/**
 * Floating-point noise is not a number to show: a contribution or gradient below 1e-12 of
 * the largest on the same scale (or of 1, when the largest is smaller) is exactly zero in
 * every report the page draws, so a parameter that cannot learn shows zeros, not dashed
 * bars of 1e-19 read as negative. Applied where reports are built, once for every view.
 */

/** The fraction of the scale below which a value is noise. */
export const NEGLIGIBLE = 1e-12;

/** Zeroes, in place, the values of `values` below {@link NEGLIGIBLE} of their scale; returns `values`. */
export function zeroNegligible<T extends { [i: number]: number; length: number }>(values: T): T {
  let largest = 1;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]));
  const floor = NEGLIGIBLE * largest;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]) < floor) values[i] = 0;
  return values;
}

/** A copy of `record` with its negligible values set to zero. */
export function zeroNegligibleRecord(record: Readonly<Record<string, number>>): Record<string, number> {
  const names = Object.keys(record);
  const values = zeroNegligible(names.map((n) => record[n]));
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}
