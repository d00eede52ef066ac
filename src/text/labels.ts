/**
 * Text for the cell diagram and its accessible names: wire names (`d0..` data, `h0..`
 * hidden), compact angle labels (`a`, `acos x`, `w·x`, `π/2`), gate labels (`RY(a)`) and
 * sentences such as "RY(a) on h0". Pure string functions of model types.
 */
import type { Angle, GateSpec } from '../model/types';

const MINUS = '\u2212';
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
/** Gates whose first wire is a control (docs/spec.md §1.5). */
const CONTROLLED = new Set(['CNOT', 'CRX', 'CRY', 'CRZ']);

/** `d0..` for the data register (wires `0..D-1`), `h0..` for the hidden register. */
export function wireName(wire: number, dataQubits: number): string {
  return wire < dataQubits ? `d${wire}` : `h${wire - dataQubits}`;
}

/** A number as a multiple of π when it is one (denominator up to 8), else to 3 decimals. */
export function formatAngleNumber(value: number): string {
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  for (const den of [1, 2, 3, 4, 6, 8]) {
    const num = Math.round((abs * den) / Math.PI);
    if (num !== 0 && Math.abs((abs * den) / Math.PI - num) < 1e-9) {
      const top = num === 1 ? 'π' : `${num}π`;
      return sign + (den === 1 ? top : `${top}/${den}`);
    }
  }
  return sign + String(Number(abs.toFixed(3)));
}

function inputLabel(input: true | number, transform: string | undefined): string {
  const k = input === true ? 0 : input;
  const x = k === 0 ? 'x' : `x${String(k).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)])}`;
  if (transform === 'arccos') return `acos ${x}`;
  if (transform === 'arctan') return `atan ${x}`;
  return x;
}

/**
 * The compact label of an angle, e.g. `a`, `acos x`, `w·x`, `2·w·x + π/2`, `0.3`, and with a
 * bias (docs/spec.md §5.1) `w·x + b`, or `b` alone when the angle has neither parameter nor
 * input (the product term is then absent, not 1).
 */
export function angleLabel(angle: Angle): string {
  if (typeof angle === 'number') return formatAngleNumber(angle);
  const factors: string[] = [];
  if (angle.factor !== undefined && angle.factor !== 1) factors.push(formatAngleNumber(angle.factor));
  if (angle.param !== undefined) factors.push(angle.param);
  if (angle.input !== undefined) factors.push(inputLabel(angle.input, angle.transform));
  const product = angle.param !== undefined || angle.input !== undefined ? factors.join('·') : '';
  const terms = [product, angle.bias ?? ''].filter((t) => t !== '');
  let body = terms.join(' + ') || '1';
  const offset = angle.offset ?? 0;
  if (offset !== 0) body += `${offset < 0 ? ` ${MINUS} ` : ' + '}${formatAngleNumber(Math.abs(offset))}`;
  return body;
}

/** `RY(a)` for a parametrised gate, the bare name for a fixed one. */
export function gateLabel(gate: GateSpec): string {
  return gate.angle === undefined ? gate.gate : `${gate.gate}(${angleLabel(gate.angle)})`;
}

/** The label drawn in a controlled rotation's target box: `RY(c)` for `CRY(c)`. */
export function targetLabel(gate: GateSpec): string {
  const name = /^CR[XYZ]$/.test(gate.gate) ? gate.gate.slice(1) : gate.gate;
  return gate.angle === undefined ? name : `${name}(${angleLabel(gate.angle)})`;
}

/** Whether the gate's first wire is a control. */
export function isControlled(gate: GateSpec): boolean {
  return CONTROLLED.has(gate.gate) && gate.wires.length === 2;
}

/** Whether the angle reads the input `x_t` (an encoding gate). */
export function readsInput(gate: GateSpec): boolean {
  return typeof gate.angle === 'object' && gate.angle.input !== undefined;
}

/**
 * The accessible name of a gate: "RY(a) on h0", "CNOT from d0 to h0" for a controlled gate,
 * "RXX(j) on d0 and h1" for a symmetric two-wire gate.
 */
export function gateDescription(gate: GateSpec, dataQubits: number): string {
  const names = gate.wires.map((w) => wireName(w, dataQubits));
  const label = gateLabel(gate);
  if (names.length === 1) return `${label} on ${names[0]}`;
  if (isControlled(gate)) return `${label} from ${names[0]} to ${names[1]}`;
  return `${label} on ${names.join(' and ')}`;
}
