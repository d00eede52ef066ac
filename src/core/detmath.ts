/**
 * Deterministic elementary functions. `Math.sin`, `Math.exp`, `Math.acos` and friends are not
 * specified to the last bit, and engines differ: Node 20's V8 and Chromium 156's V8 disagree
 * in the last bit for a few percent of arguments. Training history is meant to be identical,
 * bit for bit, in Node and in every browser, so the pure code computes these functions itself
 * from IEEE-754 additions, multiplications and divisions (exactly rounded everywhere, and
 * JavaScript never fuses them): argument reduction with split constants, then series in
 * Horner form. Accurate to a few units in the last place; deterministic always.
 */

const PIO2_HI = 1.5707963267341256; // pi/2 in three parts: HI has 33 significant bits
const PIO2_MID = 6.077100506303966e-11;
const PIO2_LO = 2.0222662487111665e-21;
const LN2_HI = 6.9314718036912382e-1; // ln 2 in two parts
const LN2_LO = 1.9082149292705877e-10;
const HALF_PI = Math.PI / 2;
const SIXTH_PI = Math.PI / 6;
const SQRT3 = 1.7320508075688772;
const TAN_PI_12 = 0.2679491924311227;

/** `1 / n!` for n = 0..24, computed once by division (exactly rounded, so identical everywhere). */
const INV_FACT: number[] = [1];
for (let n = 1; n <= 24; n++) INV_FACT.push(INV_FACT[n - 1] / n);

/** `sin r` for `|r| <= pi/4`: odd series to r^23. */
function sinKernel(r: number): number {
  const z = r * r;
  let p = 0;
  for (let n = 23; n >= 3; n -= 2) p = (p + (n % 4 === 1 ? INV_FACT[n] : -INV_FACT[n])) * z;
  return r + r * p;
}

/** `cos r` for `|r| <= pi/4`: even series to r^24. */
function cosKernel(r: number): number {
  const z = r * r;
  let p = 0;
  for (let n = 24; n >= 2; n -= 2) p = (p + (n % 4 === 0 ? INV_FACT[n] : -INV_FACT[n])) * z;
  return 1 + p;
}

/**
 * `x = k pi/2 + r` with `|r| <= pi/4` (about); accurate for `|x| < 2^19 pi/2`, deterministic
 * beyond. Returns `r` and leaves the quadrant `k mod 4` in `quadrant`: a returned pair would be
 * an allocation per call on the hottest path of building gate matrices.
 */
let quadrant = 0;
function reduce(x: number): number {
  const k = Math.round(x / HALF_PI);
  quadrant = ((k % 4) + 4) % 4;
  return x - k * PIO2_HI - k * PIO2_MID - k * PIO2_LO;
}

export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = reduce(x), q = quadrant;
  return q === 0 ? sinKernel(r) : q === 1 ? cosKernel(r) : q === 2 ? -sinKernel(r) : -cosKernel(r);
}

export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = reduce(x), q = quadrant;
  return q === 0 ? cosKernel(r) : q === 1 ? -sinKernel(r) : q === 2 ? -cosKernel(r) : sinKernel(r);
}

const bits = new DataView(new ArrayBuffer(8));

/** `2^k` for integer `k` in [-1074, 1023], built from its bits. */
function pow2(k: number): number {
  if (k < -1022) return pow2(k + 600) * pow2(-600);
  bits.setUint32(0, (k + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x / LN2_HI);
  const r = x - k * LN2_HI - k * LN2_LO; // |r| <= 0.35
  let p = 1;
  for (let n = 20; n >= 1; n--) p = 1 + (r * p) / n;
  return k > 1023 ? p * pow2(k - 1) * 2 : p * pow2(k);
}

export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  if (x < 2.2250738585072014e-308) { x *= 2 ** 54; e = -54; } // subnormal: scale into the normal range
  bits.setFloat64(0, x);
  const hi = bits.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  bits.setUint32(0, (hi & 0x000fffff) | 0x3ff00000); // mantissa in [1, 2)
  let m = bits.getFloat64(0);
  if (m > Math.SQRT2) { m /= 2; e += 1; }
  const s = (m - 1) / (m + 1); // |s| <= 0.172
  const z = s * s;
  let p = 0;
  for (let n = 31; n >= 3; n -= 2) p = (p + 1 / n) * z;
  const logM = 2 * s + 2 * s * p;
  return e * LN2_HI + (logM + e * LN2_LO);
}

/** `atan u` for `|u| <= tan(pi/12)`: odd series to u^43. */
function atanKernel(u: number): number {
  const z = u * u;
  let p = 0;
  for (let n = 43; n >= 3; n -= 2) p = (p + ((n - 1) % 4 === 0 ? 1 / n : -1 / n)) * z;
  return u + u * p;
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -atan(-x);
  if (x > 1) return HALF_PI - atan(1 / x);
  if (x > TAN_PI_12) return SIXTH_PI + atanKernel((x * SQRT3 - 1) / (x + SQRT3));
  return atanKernel(x);
}

export function acos(x: number): number {
  if (Number.isNaN(x) || x < -1 || x > 1) return NaN;
  if (x === -1) return Math.PI;
  return 2 * atan(Math.sqrt((1 - x) / (1 + x)));
}

/** `x^y`: exact repeated squaring for integer `|y| <= 1024`, else `exp(y log x)`. */
export function pow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 1024) {
    let result = 1, base = x, n = Math.abs(y);
    while (n > 0) {
      if (n & 1) result *= base;
      base *= base;
      n >>>= 1;
    }
    return y < 0 ? 1 / result : result;
  }
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x < 0) return NaN;
  return exp(y * log(x));
}

/**
 * `e^x - 1`, accurate near 0 where `exp(x) - 1` cancels: Kahan's correction
 * `(u - 1) x / log u` with `u = exp(x)` cancels the rounding error of `u` (Goldberg 1991, Thm. 4).
 */
export function expm1(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 0.5 || x < -0.5) return exp(x) - 1;
  const u = exp(x);
  if (u === 1) return x;
  return ((u - 1) * x) / log(u);
}

/** `tanh x = expm1(2|x|) / (expm1(2|x|) + 2)`, odd; `+-1` once `|x| > 20`, where it rounds to it anyway. */
export function tanh(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -tanh(-x);
  if (x > 20) return 1;
  const e = expm1(2 * x);
  return e / (e + 2);
}
