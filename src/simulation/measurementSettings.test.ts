import { describe, expect, it } from 'vitest';
import { measurementSettings } from './measurementSettings';
import type { Readout } from '../model/types';

describe('measurementSettings(readouts)', () => {
  it('is one setting when every wire is read in one basis', () => {
    const readouts: Readout[] = [{ observable: 'X', wire: 1 }, { observable: 'Z', wire: 0 }, { observable: 'probabilities', wires: [2, 0] }];
    expect(measurementSettings(readouts)).toEqual([{ wires: [0, 1, 2], bases: ['Z', 'X', 'Z'], readouts: [0, 1, 2] }]);
  });

  it('splits the bases of one wire into settings, Z first, so probabilities read together in setting 0', () => {
    // Wire 0 is read in X, then Z (by the probabilities); wire 1 in Y, then Z.
    const readouts: Readout[] = [{ observable: 'X', wire: 0 }, { observable: 'Y', wire: 1 }, { observable: 'probabilities', wires: [0, 1] }, { observable: 'Z', wire: 2 }];
    expect(measurementSettings(readouts)).toEqual([
      { wires: [0, 1, 2], bases: ['Z', 'Z', 'Z'], readouts: [2, 3] },
      { wires: [0, 1], bases: ['X', 'Y'], readouts: [0, 1] },
    ]);
  });

  it('counts as many settings as the wire with the most bases has (docs/spec.md §3.5)', () => {
    const readouts: Readout[] = [{ observable: 'Y', wire: 0 }, { observable: 'X', wire: 0 }, { observable: 'Z', wire: 0 }, { observable: 'X', wire: 1 }];
    expect(measurementSettings(readouts)).toEqual([
      { wires: [0, 1], bases: ['Z', 'X'], readouts: [2, 3] },
      { wires: [0], bases: ['Y'], readouts: [0] },
      { wires: [0], bases: ['X'], readouts: [1] },
    ]);
    expect(measurementSettings([])).toEqual([{ wires: [], bases: [], readouts: [] }]);
  });
});
