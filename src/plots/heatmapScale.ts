/**
 * The diverging colour scale of contributions, shared by the timeline, the gradient bars
 * and the heat map: negative in blue, positive in orange (a colour-blind-safe pair), zero in
 * a neutral that is light in the light theme and dark in the dark one. Magnitude is also
 * mixed into the lightness, so the scale still reads in greyscale. Colours are CSS
 * `color-mix()` expressions over the theme's custom properties (`--contribution-negative`,
 * `--contribution-positive`, `--contribution-zero`), so one mapping serves both themes.
 * Pure functions, no d3 and no DOM: the UI imports them too.
 */

/** A magnitude in [0, 1] and a sign, for a value on a symmetric domain `[-extent, extent]`. */
export interface DivergingPosition {
  sign: -1 | 0 | 1;
  /** `|value| / extent`, clamped to [0, 1]. */
  magnitude: number;
}

/** Where `value` sits on `[-extent, extent]`; a zero extent maps everything to the middle. */
export function divergingPosition(value: number, extent: number): DivergingPosition {
  if (!Number.isFinite(value) || !(extent > 0) || value === 0) return { sign: 0, magnitude: 0 };
  return { sign: value < 0 ? -1 : 1, magnitude: Math.min(1, Math.abs(value) / extent) };
}

/**
 * The colour of `value` on `[-extent, extent]`: a `color-mix()` of the signed end with the
 * neutral middle, with the end's share `round(100 * magnitude ^ 0.75)` percent (the exponent
 * lifts small contributions off the neutral so they stay visible).
 */
export function contributionColor(value: number, extent: number): string {
  const { sign, magnitude } = divergingPosition(value, extent);
  if (sign === 0) return 'var(--contribution-zero)';
  const share = Math.round(100 * magnitude ** 0.75);
  const end = sign < 0 ? 'var(--contribution-negative)' : 'var(--contribution-positive)';
  return `color-mix(in oklab, ${end} ${share}%, var(--contribution-zero))`;
}

/**
 * A symmetric extent for `values`: the largest magnitude rounded up to 1, 2 or 5 times a
 * power of ten, so the legend's ends are round numbers; 1 when every value is zero.
 */
export function contributionExtent(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i]);
    if (Number.isFinite(v) && v > max) max = v;
  }
  if (max === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const nice = [1, 2, 5, 10].find((m) => m * power >= max * (1 - 1e-12)) as number;
  return nice * power;
}

