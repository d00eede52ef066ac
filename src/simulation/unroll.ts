/**
 * Unrolling the cell over `T` steps into **occurrences**: every appearance of a trainable
 * parameter in a gate at a step (docs/spec.md §1.3, 5.1). An angle with both a `param` and a
 * `bias` gives two occurrences at the same gate and step, the param's first. Occurrences are
 * listed step by step, and within a step in cell order, which is the order `qrnn grad`
 * prints them.
 */
import { headsOf } from '../model/outputs';
import { angleParams } from './angles';
import type { Model } from '../model/types';

export interface Occurrence {
  /** The parameter's name. */
  param: string;
  /** Index into `model.cell`. */
  gate: number;
  /** 0-based time step. */
  step: number;
}

/** The cell's gates whose angle binds a parameter, each with the names it binds. */
function parametrisedGates(model: Model): { gate: number; names: string[] }[] {
  return model.cell.flatMap((g, gate) => {
    const names = angleParams(g.angle);
    return names.length > 0 ? [{ gate, names }] : [];
  });
}

/** Every occurrence over `steps` steps. */
export function unroll(model: Model, steps: number): Occurrence[] {
  const gates = parametrisedGates(model);
  const out: Occurrence[] = [];
  for (let step = 0; step < steps; step++) {
    for (const { gate, names } of gates) for (const param of names) out.push({ param, gate, step });
  }
  return out;
}

/** Names of the parameters the circuit uses (in first-use order) and the heads' names. */
export function parameterRoles(model: Model): { circuit: string[]; head: string[] } {
  const circuit: string[] = [];
  for (const g of model.cell) for (const p of angleParams(g.angle)) if (!circuit.includes(p)) circuit.push(p);
  const head: string[] = [];
  for (const h of headsOf(model)) for (const w of [...h.weights, h.bias]) if (typeof w === 'string' && !head.includes(w)) head.push(w);
  return { circuit, head };
}
