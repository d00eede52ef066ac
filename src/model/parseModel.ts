/**
 * Checks the `model` block of an experiment file (docs/spec.md §1 and 2): the register, the cell's
 * gates and their angles, the readouts, the head and the optional noise. It returns the
 * parameter names and input components the model refers to, so that `parse.ts` can check
 * them against `params` and `data`; it does not look at those blocks itself.
 */
import { GATE_NAMES, GATES, isGateName, type GateName, type Pauli } from '../core/gates';
import { LIMITS, MAX_PROBABILITY_WIRES, MAX_QUBITS, RECURRENCES, TRANSFORMS, type Angle, type AngleExpression, type GateSpec, type Head, type Model, type Noise, type Readout, type Recurrence } from './types';
import { featureCount } from './outputs';
import {
  child, complete, copyExtras, describe, fail, index, own, readChoice, readList, readNumber, readNumberOr, readObject, readString,
  type JsonObject, type Report,
} from './parseCheck';

/** A parameter name the model uses: `path` is the field holding the name, `field` the one a message names. */
export interface ParamRef {
  name: string;
  path: string;
  field: string;
  /** Whether a gate's angle uses it (a circuit parameter) rather than the head. */
  circuit: boolean;
}

/** An input component an angle reads (`input: true` is component 0). */
export interface InputRef {
  component: number;
  path: string;
}

export interface ModelCheck {
  /** The checked model, or `undefined` if any of it was refused. */
  model: Model | undefined;
  params: ParamRef[];
  inputs: InputRef[];
}

/** What a cell check needs to know of the register; `undefined` when that part was refused. */
interface Register {
  recurrence: Recurrence | undefined;
  dataQubits: number | undefined;
  hiddenQubits: number | undefined;
  /** The number of wires, `dataQubits + hiddenQubits`, when both are valid and the total is within limits. */
  size: number | undefined;
}

const PAULIS: readonly Pauli[] = ['X', 'Y', 'Z'];
const ANGLE_HINT = 'a number in radians or an object like {"param": "a"}, {"input": true} or {"bias": "b"}';

/** Checks `model` (found at `path`), reporting every problem into `r`. */
export function parseModel(r: Report, raw: unknown, path = 'model'): ModelCheck {
  const found: ModelCheck = { model: undefined, params: [], inputs: [] };
  const o = readObject(r, raw, path, 'an object with recurrence, dataQubits, hiddenQubits, cell, readout and head');
  if (!o) return found;
  const recurrence = readChoice(r, own(o, 'recurrence'), child(path, 'recurrence'), RECURRENCES);
  const register = readRegister(r, o, path, recurrence);
  const cell = readCell(r, own(o, 'cell'), child(path, 'cell'), register, found);
  const readout = readReadout(r, own(o, 'readout'), child(path, 'readout'), register);
  const head = readHeads(r, own(o, 'head'), child(path, 'head'), readout && featureCount(readout), found);
  const rawNoise = own(o, 'noise');
  const noise = rawNoise === undefined ? undefined : readNoise(r, rawNoise, child(path, 'noise'));
  const { dataQubits, hiddenQubits, size } = register;
  const parts = complete({ recurrence, dataQubits, hiddenQubits, size, cell, readout, head });
  if (!parts || (rawNoise !== undefined && !noise)) return found;
  const model: Model = { recurrence: parts.recurrence, dataQubits: parts.dataQubits, hiddenQubits: parts.hiddenQubits, cell: parts.cell, readout: parts.readout, head: parts.head };
  if (noise) model.noise = noise;
  copyExtras(r, o, ['recurrence', 'dataQubits', 'hiddenQubits', 'cell', 'readout', 'head', 'noise'], path, model);
  found.model = model;
  return found;
}

function readRegister(r: Report, o: JsonObject, path: string, recurrence: Recurrence | undefined): Register {
  const rawData = own(o, 'dataQubits');
  const dataQubits = recurrence === 'measure-reset' && rawData === 0
    ? fail(r, child(path, 'dataQubits'), "must be at least 1: with recurrence 'measure-reset' the data register is prepared and measured at every step")
    : readNumber(r, rawData, child(path, 'dataQubits'), { integer: true, min: 0 });
  const hiddenQubits = readNumber(r, own(o, 'hiddenQubits'), child(path, 'hiddenQubits'), { integer: true, min: 0 });
  const register: Register = { recurrence, dataQubits, hiddenQubits, size: undefined };
  if (dataQubits === undefined || hiddenQubits === undefined) return register;
  const size = dataQubits + hiddenQubits;
  if (size < 1) fail(r, path, 'the register is empty: give it at least one wire (dataQubits + hiddenQubits >= 1)');
  else if (size > MAX_QUBITS) {
    // Name the field to lower: the hidden register unless it is empty.
    const field = hiddenQubits > 0 ? 'hiddenQubits' : 'dataQubits';
    fail(r, child(path, field), `the register has ${size} wires (${dataQubits} data + ${hiddenQubits} hidden) but QRNN Lab simulates at most ${MAX_QUBITS}: lower dataQubits + hiddenQubits to ${MAX_QUBITS} or fewer`);
  } else register.size = size;
  return register;
}

function readCell(r: Report, raw: unknown, path: string, register: Register, found: ModelCheck): GateSpec[] | undefined {
  const list = readList(r, raw, path, 'a list of gates like {"gate": "RY", "wires": [0], "angle": {"param": "a"}}');
  if (!list) return undefined;
  if (list.length > LIMITS.gates) {
    return fail(r, path, `has ${list.length.toLocaleString('en-US')} gates but a cell may hold at most ${LIMITS.gates} (the page draws every gate of every step)`);
  }
  const gates = list.map((g, i) => readGate(r, g, index(path, i), register, found));
  return gates.every((g) => g !== undefined) ? gates : undefined;
}

function readGate(r: Report, raw: unknown, path: string, register: Register, found: ModelCheck): GateSpec | undefined {
  const o = readObject(r, raw, path, 'a gate like {"gate": "H", "wires": [0]}');
  if (!o) return undefined;
  const name = readGateName(r, own(o, 'gate'), child(path, 'gate'));
  const wires = readWires(r, own(o, 'wires'), child(path, 'wires'), name, register.size);
  const rawAngle = own(o, 'angle');
  const anglePath = child(path, 'angle');
  let angle: Angle | undefined;
  if (rawAngle === undefined) {
    if (name && GATES[name].parametrised) fail(r, anglePath, `is required: ${name} takes an angle (${ANGLE_HINT})`);
  } else if (name && !GATES[name].parametrised) {
    fail(r, anglePath, `${name} takes no angle: remove this field`);
  } else {
    angle = readAngle(r, rawAngle, anglePath, found);
  }
  const parts = complete({ gate: name, wires });
  if (!parts || (rawAngle !== undefined && angle === undefined)) return undefined;
  const gate: GateSpec = { ...parts };
  if (angle !== undefined) gate.angle = angle;
  copyExtras(r, o, ['gate', 'wires', 'angle'], path, gate);
  return gate;
}

function readGateName(r: Report, v: unknown, path: string): GateName | undefined {
  const expected = `expected one of ${GATE_NAMES.join(', ')}`;
  if (v === undefined) return fail(r, path, `is required: a gate name (${expected})`);
  if (typeof v !== 'string') return fail(r, path, `must be a gate name (${expected}), got ${describe(v)}`);
  return isGateName(v) ? v : fail(r, path, `unknown gate '${v}' (${expected})`);
}

/** Wire indices; `size` is the register's number of wires when known, for the range check. */
function readWires(r: Report, raw: unknown, path: string, name: GateName | undefined, size: number | undefined): number[] | undefined {
  const list = readList(r, raw, path, 'a list of wire indices like [0] or [0, 1]');
  if (!list) return undefined;
  const arity = name ? GATES[name].arity : undefined;
  if (arity !== undefined && list.length !== arity) {
    return fail(r, path, `${name} acts on ${arity === 1 ? '1 wire' : '2 wires'}, so this list needs ${arity} ${arity === 1 ? 'index' : 'indices'}, got ${list.length}`);
  }
  const out = list.map((w, i) => readWire(r, w, index(path, i), size));
  if (!out.every((w) => w !== undefined)) return undefined;
  if (out.length === 2 && out[0] === out[1]) return fail(r, path, `the two wires of ${name ?? 'a two-wire gate'} must differ, both are ${out[0]}`);
  return out;
}

function readWire(r: Report, v: unknown, path: string, size: number | undefined): number | undefined {
  const w = readNumber(r, v, path, { integer: true, min: 0 });
  if (w === undefined || size === undefined || w < size) return w;
  return fail(r, path, `wire ${w} is out of range: the register has ${size === 1 ? '1 wire (0)' : `${size} wires (0..${size - 1})`}`);
}

/** `|value| <= LIMITS.magnitude`: docs/spec.md §2, Limits. */
export const MAGNITUDE = { min: -LIMITS.magnitude, max: LIMITS.magnitude } as const;

/**
 * docs/spec.md §1.3 and §5.1: a fixed angle, or `{param?, input?, factor?, offset?, transform?, bias?}`
 * with at least one of param, input and bias. Without param and input the product term is
 * absent, so a factor or transform there would mean nothing and is refused.
 */
function readAngle(r: Report, raw: unknown, path: string, found: ModelCheck): Angle | undefined {
  if (typeof raw === 'number') return readNumber(r, raw, path, MAGNITUDE);
  const o = readObject(r, raw, path, ANGLE_HINT);
  if (!o) return undefined;
  const rawParam = own(o, 'param'), rawInput = own(o, 'input'), rawBias = own(o, 'bias');
  if (rawParam === undefined && rawInput === undefined && rawBias === undefined) {
    return fail(r, path, 'needs a "param", an "input" or a "bias" (write a fixed angle as a plain number)');
  }
  const mark = r.errors.length;
  const angle: AngleExpression = {};
  if (rawParam !== undefined) {
    const param = readString(r, rawParam, child(path, 'param'), true);
    if (param !== undefined) {
      angle.param = param;
      found.params.push({ name: param, path: child(path, 'param'), field: path, circuit: true });
    }
  }
  if (rawInput !== undefined) {
    const input = readInput(r, rawInput, child(path, 'input'));
    if (input !== undefined) {
      angle.input = input;
      found.inputs.push({ component: input === true ? 0 : input, path: child(path, 'input') });
    }
  }
  for (const key of ['factor', 'offset'] as const) {
    const v = own(o, key);
    const value = v === undefined ? undefined : readNumber(r, v, child(path, key), MAGNITUDE);
    if (value !== undefined) angle[key] = value;
  }
  const transform = own(o, 'transform');
  if (transform !== undefined) {
    const t = readChoice(r, transform, child(path, 'transform'), TRANSFORMS);
    if (t !== undefined) angle.transform = t;
  }
  if (rawBias !== undefined) readBias(r, o, rawBias, path, angle, found);
  copyExtras(r, o, ['param', 'input', 'factor', 'offset', 'transform', 'bias'], path, angle);
  return r.errors.length === mark ? angle : undefined;
}

/** docs/spec.md §5.1: `bias` names a parameter other than the angle's own `param`. */
function readBias(r: Report, o: JsonObject, raw: unknown, path: string, angle: AngleExpression, found: ModelCheck): void {
  const biasPath = child(path, 'bias');
  const bias = readString(r, raw, biasPath, true);
  if (bias === undefined) return;
  if (bias === angle.param) {
    fail(r, biasPath, `'${bias}' is already this angle's param: one angle may not hold a parameter twice (use another name for the bias)`);
    return;
  }
  if (angle.param === undefined && angle.input === undefined) {
    for (const key of ['factor', 'transform'] as const) {
      if (own(o, key) !== undefined) fail(r, child(path, key), `means nothing without a "param" or an "input": the angle {"bias": "${bias}"} is offset + ${bias}; remove ${key}`);
    }
  }
  angle.bias = bias;
  found.params.push({ name: bias, path: biasPath, field: path, circuit: true });
}

function readInput(r: Report, v: unknown, path: string): true | number | undefined {
  if (v === true) return true;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v === 0 ? 0 : v;
  return fail(r, path, `must be true or an input component index (an integer of at least 0), got ${describe(v)}`);
}

function readReadout(r: Report, raw: unknown, path: string, register: Register): Readout[] | undefined {
  const what = 'a non-empty list of readouts like {"observable": "Z", "wire": 0}';
  const list = readList(r, raw, path, what);
  if (!list) return undefined;
  if (list.length === 0) return fail(r, path, `must be ${what}, got an empty list`);
  const out = list.map((item, i) => readOneReadout(r, item, index(path, i), register));
  return out.every((x) => x !== undefined) ? out : undefined;
}

const READOUT_HINT = 'a readout like {"observable": "Z", "wire": 0} or {"observable": "probabilities", "wires": [0, 1]}';

function readOneReadout(r: Report, raw: unknown, path: string, register: Register): Readout | undefined {
  const o = readObject(r, raw, path, READOUT_HINT);
  if (!o) return undefined;
  const observable = readChoice(r, own(o, 'observable'), child(path, 'observable'), [...PAULIS, 'probabilities'] as const);
  if (observable === 'probabilities') return readProbabilities(r, o, path, register);
  const wire = readDataWire(r, own(o, 'wire'), child(path, 'wire'), register);
  const parts = complete({ observable, wire });
  if (!parts) return undefined;
  const readout: Readout = { ...parts };
  copyExtras(r, o, ['observable', 'wire'], path, readout);
  return readout;
}

/** docs/spec.md §5.2: 1 to 4 distinct wires, data wires under measure-reset. */
function readProbabilities(r: Report, o: JsonObject, path: string, register: Register): Readout | undefined {
  if (own(o, 'wire') !== undefined) return fail(r, child(path, 'wire'), 'a probabilities readout measures "wires" (a list like [0, 1]): rename wire to wires');
  const wiresPath = child(path, 'wires');
  const list = readList(r, own(o, 'wires'), wiresPath, `a list of 1 to ${MAX_PROBABILITY_WIRES} distinct wires, like [0, 1]`);
  if (!list) return undefined;
  if (list.length < 1 || list.length > MAX_PROBABILITY_WIRES) {
    return fail(r, wiresPath, `has ${list.length} wires but a probabilities readout measures 1 to ${MAX_PROBABILITY_WIRES} (2 to ${1 << MAX_PROBABILITY_WIRES} features)`);
  }
  const wires = list.map((w, i) => readDataWire(r, w, index(wiresPath, i), register));
  if (!wires.every((w) => w !== undefined)) return undefined;
  const twice = wires.find((w, i) => wires.indexOf(w) !== i);
  if (twice !== undefined) return fail(r, wiresPath, `lists wire ${twice} twice: the wires of a probabilities readout must differ`);
  const readout: Readout = { observable: 'probabilities', wires };
  copyExtras(r, o, ['observable', 'wires'], path, readout);
  return readout;
}

/** A readout's wire: in the register, and a data wire under measure-reset. */
function readDataWire(r: Report, raw: unknown, path: string, register: Register): number | undefined {
  const wire = readWire(r, raw, path, register.size);
  const data = register.dataQubits;
  if (wire !== undefined && register.recurrence === 'measure-reset' && data !== undefined && wire >= data) {
    const dataWires = data === 1 ? 'wire 0' : `wires 0..${data - 1}`;
    return fail(r, path, `wire ${wire} is a hidden wire: with recurrence 'measure-reset' a readout must sit on a data wire (${dataWires})`);
  }
  return wire;
}

/** docs/spec.md §5.3: one head, or a list of 1 to `LIMITS.outputs` heads (one per output). */
/** Where a QRNN's features come from, for the one-weight-each message. */
const READOUT_FEATURES = (features: number) => `model.readout gives ${features} ${features === 1 ? 'feature' : 'features'} (one per Pauli readout, 2^k per probabilities readout of k wires)`;

/**
 * `model.head`: one head or a list of them. `features` is the number of features the head
 * reads when known (the readouts', or a QLSTM's `n`), and `source` says where they come from.
 */
export function readHeads(r: Report, raw: unknown, path: string, features: number | undefined, found: Pick<ModelCheck, 'params'>, source = READOUT_FEATURES): Head | Head[] | undefined {
  if (!Array.isArray(raw)) return readHead(r, raw, path, features, found, source);
  if (raw.length === 0) return fail(r, path, 'must not be an empty list: give one head like {"weights": ["s"], "bias": "c"} per output');
  if (raw.length > LIMITS.outputs) return fail(r, path, `has ${raw.length} heads but a model may have at most ${LIMITS.outputs} outputs`);
  const heads = raw.map((h, i) => readHead(r, h, index(path, i), features, found, source));
  return heads.every((h) => h !== undefined) ? heads : undefined;
}

function readHead(r: Report, raw: unknown, path: string, features: number | undefined, found: Pick<ModelCheck, 'params'>, source: (features: number) => string): Head | undefined {
  const o = readObject(r, raw, path, 'an object like {"weights": ["s"], "bias": "c"}');
  if (!o) return undefined;
  const weightsPath = child(path, 'weights');
  const list = readList(r, own(o, 'weights'), weightsPath, 'a list with one parameter name or number per feature');
  let weights: (string | number)[] | undefined;
  if (list) {
    const read = list.map((w, i) => readCoefficient(r, w, index(weightsPath, i), found));
    if (features !== undefined && list.length !== features) {
      fail(r, weightsPath, `has ${list.length} ${list.length === 1 ? 'weight' : 'weights'} but ${source(features)}: give one weight per feature`);
    } else if (read.every((w) => w !== undefined)) {
      weights = read;
    }
  }
  const bias = readCoefficient(r, own(o, 'bias'), child(path, 'bias'), found);
  const parts = complete({ weights, bias });
  if (!parts) return undefined;
  const head: Head = { ...parts };
  copyExtras(r, o, ['weights', 'bias'], path, head);
  return head;
}

/** A head weight or bias: a parameter name, or a fixed number. */
function readCoefficient(r: Report, v: unknown, path: string, found: Pick<ModelCheck, 'params'>): string | number | undefined {
  if (typeof v === 'string' && v !== '') {
    found.params.push({ name: v, path, field: path, circuit: false });
    return v;
  }
  if (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= LIMITS.magnitude) return v === 0 ? 0 : v;
  const expected = `a parameter name or a number from -${LIMITS.magnitude} to ${LIMITS.magnitude}`;
  return fail(r, path, v === undefined ? `is required: ${expected}` : `must be ${expected}, got ${describe(v)}`);
}

/** docs/spec.md §1.4: every field defaults to 0; `q = 0.5` already erases every readout. */
function readNoise(r: Report, raw: unknown, path: string): Noise | undefined {
  const o = readObject(r, raw, path, 'an object like {"p1": 0, "p2": 0, "gamma": 0, "q": 0}');
  if (!o) return undefined;
  const probability = { min: 0, max: 1 };
  const p1 = readNumberOr(r, own(o, 'p1'), child(path, 'p1'), 0, probability);
  const p2 = readNumberOr(r, own(o, 'p2'), child(path, 'p2'), 0, probability);
  const gamma = readNumberOr(r, own(o, 'gamma'), child(path, 'gamma'), 0, probability);
  const q = readNumberOr(r, own(o, 'q'), child(path, 'q'), 0, { min: 0, max: 0.5 });
  const parts = complete({ p1, p2, gamma, q });
  if (!parts) return undefined;
  const noise: Noise = { ...parts };
  copyExtras(r, o, ['p1', 'p2', 'gamma', 'q'], path, noise);
  return noise;
}
