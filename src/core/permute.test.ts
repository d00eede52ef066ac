import { describe, expect, it } from 'vitest';
import { composePermutations, gatePermutation, invertPermutation, permuteDensity, permuteRows, permuteRowsInto } from './permute';
import { applyToRows } from './apply';
import { applyGateToDensity } from './density';
import { GATES } from './gates';
import { maxAbsDiff, randomDensity, randomMatrix } from '../testing/dense';
import { createRng } from './rng';

describe('permutation gates', () => {
  it('a composed run of X, CNOT and SWAP equals applying the gates one by one (rows and densities)', () => {
    const rng = createRng(41);
    const n = 3, cols = 4;
    const run: [ 'X' | 'CNOT' | 'SWAP', number[]][] = [['CNOT', [0, 1]], ['CNOT', [1, 2]], ['SWAP', [2, 0]], ['X', [1]], ['CNOT', [2, 0]]];
    let perm: Int32Array = new Int32Array(8).map((_, i) => i);
    for (const [g, w] of run) perm = composePermutations(perm, gatePermutation(g, w, n) as Int32Array);
    const x = randomMatrix(rng, 8, cols), expected = Float64Array.from(x);
    for (const [g, w] of run) applyToRows(expected, 8 * cols, 2, w, GATES[g].matrix(0));
    const into = new Float64Array(x.length);
    permuteRowsInto(x, into, cols, perm);
    permuteRows(x, cols, perm, new Float64Array(x.length));
    expect(maxAbsDiff(x, expected)).toBe(0);
    expect(maxAbsDiff(into, expected)).toBe(0);
    const rho = randomDensity(rng, 8), rhoExpected = Float64Array.from(rho);
    for (const [g, w] of run) applyGateToDensity(rhoExpected, n, w, GATES[g].matrix(0));
    permuteDensity(rho, perm, new Float64Array(rho.length));
    expect(maxAbsDiff(rho, rhoExpected)).toBe(0);
    permuteRows(x, cols, invertPermutation(perm), new Float64Array(x.length));
    const back = Float64Array.from(expected);
    permuteRows(back, cols, invertPermutation(perm), new Float64Array(x.length));
    expect(maxAbsDiff(x, back)).toBe(0);
  });

  it('other gates are not permutations', () => {
    expect(gatePermutation('H', [0], 2)).toBeNull();
    expect(gatePermutation('CZ', [0, 1], 2)).toBeNull();
  });
});
