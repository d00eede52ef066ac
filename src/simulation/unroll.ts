/**
 * Unrolling the cell over `T` steps into **occurrences**: every appearance of a trainable
 * parameter in a gate at a step (docs/spec.md §1.3). Occurrences are listed step by step, and within
 * a step in cell order, which is the order `qrnn grad` prints them.
 */
import { angleParam } from './angles';
import type { Model } from '../model/types';

export interface Occurrence {
  /** The parameter's name. */
  param: string;
  /** Index into `model.cell`. */
  gate: number;
  /** 0-based time step. */
  step: number;
}

/** Indices of the cell's gates whose angle binds a parameter. */
function parametrisedGateIndices(model: Model): number[] {
  return model.cell.flatMap((g, i) => (angleParam(g.angle) !== null ? [i] : []));
}

/** Every occurrence over `steps` steps. */
export function unroll(model: Model, steps: number): Occurrence[] {
  const gates = parametrisedGateIndices(model);
  const out: Occurrence[] = [];
  for (let step = 0; step < steps; step++) {
    for (const gate of gates) out.push({ param: angleParam(model.cell[gate].angle) as string, gate, step });
  }
  return out;
}

/** Names of the parameters the circuit uses (in first-use order) and the head's names. */
export function parameterRoles(model: Model): { circuit: string[]; head: string[] } {
  const circuit: string[] = [];
  for (const g of model.cell) {
    const p = angleParam(g.angle);
    if (p !== null && !circuit.includes(p)) circuit.push(p);
  }
  const head: string[] = [];
  for (const w of [...model.head.weights, model.head.bias]) if (typeof w === 'string' && !head.includes(w)) head.push(w);
  return { circuit, head };
}
