/**
 * Which circuit parameters cannot affect the loss: a parameter whose every gate lies outside
 * the backward light cone of every readout has a derivative of exactly zero, whatever its
 * value, so training leaves it where it is. The test is structural: influence spreads along
 * a wire to later gates and across a two-wire gate to its other wire (any two-wire gate,
 * conservatively), reaches a readout on its wire at the end of a step, and crosses to the
 * next step on the wires that are carried (the hidden register under `measure-reset`, every
 * wire under `coherent`). A parameter this finds may still have a zero derivative for other
 * reasons (a rotation about the state's own axis); it never names one that has a path.
 */
import type { Model } from '../model/types';
import { readoutWires } from '../model/outputs';
import { angleParams } from './angles';

/** The wires that `start` (wires touched before the gate at `from`) reaches by the end of the cell. */
function spread(model: Model, start: ReadonlySet<number>, from: number): Set<number> {
  const reached = new Set(start);
  for (let i = from; i < model.cell.length; i++) {
    const wires = model.cell[i].wires;
    if (wires.length === 2 && (reached.has(wires[0]) || reached.has(wires[1]))) wires.forEach((w) => reached.add(w));
  }
  return reached;
}

/** Whether influence on the carried wires `carried` at the start of a step ever reaches a readout. */
function carriedReachesReadout(model: Model, carried: ReadonlySet<number>, readouts: ReadonlySet<number>, carries: (w: number) => boolean): boolean {
  let frontier = new Set(carried);
  const seen = new Set<number>();
  while (frontier.size > 0) {
    frontier.forEach((w) => seen.add(w));
    const end = spread(model, frontier, 0);
    if ([...end].some((w) => readouts.has(w))) return true;
    frontier = new Set([...end].filter((w) => carries(w) && !seen.has(w)));
  }
  return false;
}

/** The circuit parameters of `model` none of whose gates can reach a readout, in cell order. */
export function unreachableParams(model: Model): string[] {
  const readouts = new Set(model.readout.flatMap(readoutWires));
  const carries = model.recurrence === 'coherent' ? () => true : (w: number) => w >= model.dataQubits;
  const gateReaches = model.cell.map((gate, i) => {
    const end = spread(model, new Set(gate.wires), i + 1);
    if ([...end].some((w) => readouts.has(w))) return true;
    return carriedReachesReadout(model, new Set([...end].filter(carries)), readouts, carries);
  });
  const reaching = new Set<string>();
  const named: string[] = [];
  model.cell.forEach((gate, i) => {
    for (const p of angleParams(gate.angle)) {
      if (!named.includes(p)) named.push(p);
      if (gateReaches[i]) reaching.add(p);
    }
  });
  return named.filter((p) => !reaching.has(p));
}
