/**
 * How long the exact contributions (the adjoint of the analysed sequence) take, estimated
 * before running them, so that the analysis after an edit can leave them for the user to ask
 * for when they would keep the views waiting (docs/user-guide.md §14). The counts follow the
 * engines' loops; the rates were measured in Node on the 2-core development machine on
 * 2026-12-05 (1 data + H hidden qubits, a rotation on every wire and a CNOT ring, 6 steps):
 * the isometry engine's adjoint took 0.3, 1.7, 12.5 and 98 s at 9 to 12 qubits, the density
 * engine's (with gate noise) 0.37 and 1.47 s at 8 and 9. Both rates predict those within a
 * third. A browser worker is slower by up to about 1.5x.
 */
import type { Model } from '../model/types';
import { compileCell } from '../simulation/cell';
import { engineKindFor } from '../simulation/engine';


/** Work units a second: `T 2^n 2^H (gates + 2^H)` for the isometry engine. */
const ISOMETRY_RATE = 1.06e9;
/** Work units a second: `T gates 4^n` for the density engine. */
const DENSITY_RATE = 3.0e7;

/** The analysis computes the contributions by itself when they take at most this long (s). */
export const CONTRIBUTIONS_BUDGET_SECONDS = 4;

/** The estimated seconds of the exact contributions of `model` over a sequence of `steps`. */
export function contributionSeconds(model: Model, steps: number): number {
  const n = model.dataQubits + model.hiddenQubits, gates = model.cell.length;
  if (engineKindFor(compileCell(model)) === 'isometry') {
    const dh = 2 ** model.hiddenQubits;
    return (steps * 2 ** n * dh * (gates + dh)) / ISOMETRY_RATE;
  }
  return (steps * gates * 4 ** n) / DENSITY_RATE;
}
