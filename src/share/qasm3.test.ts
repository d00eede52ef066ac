import { readoutWires } from '../model/outputs';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GATES, kron2 } from '../core/gates';
import { firstSequence } from '../data';
import { randomProblem } from '../testing/randomCells';
import { angleParams, evaluateAngle } from '../simulation/angles';
import { defaultTraining, parseExperimentText } from '../model/parse';
import type { Experiment, Sequence } from '../model/types';
import { simulate } from '../simulation/simulate';
import { unroll } from '../simulation/unroll';
import { inputName, toQasm3, type QasmInputs } from './qasm3';
import { evaluateExpr } from '../testing/qasm3/qasm3Expr';
import { QASM_DEFINITIONS, QASM_GATE } from './qasm3Gates';
import { parseQasm3, type GateDefinition, type QasmProgram } from '../testing/qasm3/qasm3Parse';
import { pathToFileURL } from 'node:url';
import { CASE_NAMES, casePath } from '../testing/cases';

const root = new URL('../../', import.meta.url);

/**
 * Every preset and reference case with its first sequence, random cells (every gate kind, both
 * recurrences, noise, and the hybrid additions of docs/spec.md §5.1-5.3), and a vector input
 * read by an angle with every field, a bias included.
 */
function cases(): [string, Experiment, Sequence][] {
  const files = [
    ...readdirSync(new URL('public/experiments/', root)).map((f) => new URL(`public/experiments/${f}`, root)),
    ...CASE_NAMES.map((name) => pathToFileURL(casePath(name))),
  ].filter((u) => u.pathname.endsWith('.json'))
    // QLSTM presets (docs/spec.md §7) have their own exports: qasm3Qlstm.test.ts, pythonQlstm.test.ts.
    .filter((u) => (JSON.parse(readFileSync(u, 'utf8')) as { model?: { kind?: string } }).model?.kind !== 'qlstm');
  const out: [string, Experiment, Sequence][] = files.map((url) => {
    const parsed = parseExperimentText(readFileSync(url, 'utf8'));
    if (!parsed.ok) throw new Error(url.pathname);
    return [url.pathname.split('/').pop() as string, parsed.experiment, firstSequence(parsed.experiment.data) as Sequence];
  });
  const random = [[1, 'measure-reset', 2, 2, false], [2, 'coherent', 1, 2, false], [3, 'measure-reset', 1, 1, false], [4, 'coherent', 2, 1, false], [5, 'measure-reset', 2, 1, true], [6, 'coherent', 1, 2, true], [7, 'coherent', 2, 1, true]] as const;
  for (const [seed, recurrence, D, H, hybrid] of random) {
    const p = randomProblem(seed, { recurrence, dataQubits: D, hiddenQubits: H, steps: 4, noise: seed > 2, hybrid });
    const e: Experiment = { format: 'qrnn-lab.experiment', version: 1, name: `random ${seed}${hybrid ? ' hybrid' : ''}`, model: p.model, params: { ...p.params }, frozen: [], data: { kind: 'inline', inputs: p.sequence.inputs, targets: p.sequence.targets }, loss: p.loss, training: defaultTraining() };
    out.push([e.name, e, p.sequence]);
  }
  const [, base] = out.find(([n]) => n === 'controlled-rotations-and-head.json') as [string, Experiment, Sequence];
  const inputs = [[0.2, -0.7], [0.5, 0.1], [-0.9, 0.3]];
  const vector: Experiment = structuredClone({ ...base, name: 'vector inputs', data: { kind: 'inline', inputs, targets: [0.1, null, 0.3] } });
  vector.model.cell[1].angle = { param: 'w', input: 1, factor: -2, offset: 0.25, transform: 'arctan', bias: 'c' };
  out.push([vector.name, vector, { inputs, targets: [[0.1], null, [0.3]] }]);
  return out;
}

function parsed(text: string): QasmProgram {
  const r = parseQasm3(text);
  if (!r.ok) throw new Error(`line ${r.line}: ${r.message}`);
  return r.program;
}

/** The basis gate expected before measuring `wire`: the first readout on it sets the basis (a probabilities readout measures in Z). */
function basisFor(e: Experiment, wire: number): string | null {
  const observable = e.model.readout.find((r) => readoutWires(r).includes(wire))?.observable ?? 'Z';
  return observable === 'X' ? 'basis_x' : observable === 'Y' ? 'basis_y' : null;
}

describe('toQasm3 read back by parseQasm3 gives the lab\'s unrolled circuit', () => {
  for (const [name, e, sequence] of cases()) {
    for (const mode of ['constants', 'input'] as QasmInputs[]) {
      it(`${name}, inputs '${mode}': every gate, wire and angle (to 1e-12) of every step, then the step's measurement`, () => {
        const p = parsed(toQasm3(e, { sequence, inputs: mode }));
        const { model } = e;
        const D = model.dataQubits, T = sequence.inputs.length, width = sequence.inputs[0].length;
        expect([p.version, p.includes, p.register.size]).toEqual(['3.0', ['stdgates.inc'], D + model.hiddenQubits]);
        const env: Record<string, number> = {};
        sequence.inputs.forEach((x, t) => x.forEach((v, k) => { env[inputName(t, k, width)] = v; }));
        for (const declared of p.inputs) expect(declared in env, declared).toBe(true);
        if (mode === 'constants') expect(p.inputs).toEqual([]);
        const occurrences = unroll(model, T);
        let i = 0, occurrence = 0;
        const next = () => p.statements[i++];
        for (let t = 0; t < T; t++) {
          model.cell.forEach((g, k) => {
            const s = next();
            expect(s.kind === 'gate' && [s.name, s.qubits]).toEqual([QASM_GATE[g.gate], g.wires]);
            if (s.kind !== 'gate') return;
            if (g.angle === undefined) { expect(s.args).toEqual([]); return; }
            const want = evaluateAngle(g.angle, e.params, sequence.inputs[t]);
            expect(Math.abs(evaluateExpr(s.args[0], env) - want.value), `step ${t} gate ${k}`).toBeLessThan(1e-12);
            if (mode === 'constants') expect(evaluateExpr(s.args[0])).toBe(want.value);
            for (const param of angleParams(g.angle)) expect(occurrences[occurrence++]).toEqual({ param, gate: k, step: t });
          });
          if (model.recurrence === 'coherent') continue;
          for (let w = 0; w < D; w++) {
            const basis = basisFor(e, w);
            if (basis) expect(next()).toMatchObject({ kind: 'gate', name: basis, qubits: [w] });
          }
          expect(next()).toMatchObject({ kind: 'measure', target: `c${t}`, bit: null, qubits: Array.from({ length: D }, (_, k) => k) });
          for (let w = 0; w < D; w++) expect(next()).toMatchObject({ kind: 'reset', qubits: [w] });
        }
        expect(occurrence).toBe(occurrences.length);
        if (model.recurrence === 'coherent') {
          const wires = [...new Set(model.readout.flatMap(readoutWires))];
          for (const w of wires) { const basis = basisFor(e, w); if (basis) expect(next()).toMatchObject({ kind: 'gate', name: basis, qubits: [w] }); }
          wires.forEach((w, k) => expect(next()).toMatchObject({ kind: 'measure', target: 'c', bit: k, qubits: [w] }));
          expect(p.statements.some((s) => s.kind === 'reset')).toBe(false);
        }
        expect(i).toBe(p.statements.length);
      });
    }
  }

  it('options.steps exports a prefix of the sequence, and a generator without a sequence is refused', () => {
    const [, e, sequence] = cases().find(([n]) => n === 'coherent-reuploading.json') as [string, Experiment, Sequence];
    const p = parsed(toQasm3(e, { steps: 2 }));
    expect(p.statements.filter((s) => s.kind === 'gate' && !s.name.startsWith('basis_'))).toHaveLength(2 * e.model.cell.length);
    expect(() => toQasm3(e, { sequence, steps: 0 })).toThrow(RangeError);
    const [, sine] = cases().find(([n]) => n === 'sine.json') as [string, Experiment, Sequence];
    expect(() => toQasm3(sine)).toThrow(/'sine' generator/);
  });

  it('keeps a name with line breaks inside its comment', () => {
    const [, e, sequence] = cases()[0];
    const text = toQasm3({ ...e, name: 'two\nlines\u2028here' }, { sequence });
    expect(text).toContain('// QRNN Lab export: "two lines here"');
    expect(parseQasm3(text).ok).toBe(true);
  });
});

describe('toQasm3 of a hybrid model (docs/spec.md §5.1-5.3): what a reader sees', () => {
  const hybrid = () => cases().find(([n]) => n === 'hybrid-input-layer-probabilities-two-outputs.json') as [string, Experiment, Sequence];

  it('writes an angle with a bias as the number it is, or in input mode as offset + factor * theta * u + bias', () => {
    const [, e, sequence] = hybrid();
    expect(toQasm3(e, { sequence })).toContain(`ry(${0.461 * 0.1 + -0.984}) q[0];`);
    const text = toQasm3(e, { sequence, inputs: 'input' });
    expect(text).toContain('ry(0.461 * x_0 + -0.984) q[0];');
    expect(text).toContain(`rx(${0.056 + 0.121}) q[2];`);
  });

  it('states which bits make each probabilities feature, that wires[0] is the least significant, and the heads', () => {
    const [, e, sequence] = hybrid();
    const text = toQasm3(e, { sequence });
    expect(text).toContain("// Readout e_0..e_3: e_b = P(b) on q[0], q[1], b = b(q[0]) + 2 b(q[1]) with b(q[w]) the outcome (0 or 1) of q[w] (q[0] is the least significant bit: the reverse of PennyLane's qml.probs order): measured in Z (no basis change), b = c<t>[0] + 2 c<t>[1].\n");
    expect(text).toContain('// Heads, one per output (2 outputs):\n//   yhat_t,0 = h00 * e_0 + h01 * e_1 + h02 * e_2 + h03 * e_3 + o0\n//   yhat_t,1 = h10 * e_0 + h11 * e_1 + h12 * e_2 + h13 * e_3 + o1\n//   with h00 = -0.256,');
    const lab = simulate(e.model, e.params, sequence, e.loss, { bloch: false });
    expect(text).toContain(`// step 1: x_1 = 0.5, target [0.2, -0.1], lab output yhat_1 = [${lab.outputs[1].join(', ')}]\n`);
    expect(text).toContain(`// step 0: x_0 = 0.1, target none, lab output yhat_0 = [${lab.outputs[0].join(', ')}]\n`);
  });

  it('numbers the features of readouts after a probabilities readout on from its 2^k, in the readouts and the heads', () => {
    const [, base, sequence] = hybrid();
    const e = structuredClone(base);
    e.model.readout = [{ observable: 'Z', wire: 1 }, { observable: 'probabilities', wires: [1, 0] }, { observable: 'Z', wire: 0 }];
    e.model.head = { weights: [1, 2, 3, 4, 5, 6], bias: 0 };
    const text = toQasm3(e, { sequence });
    expect(text).toContain('// Readout e_0 = <Z> on q[1]: bit c<t>[1]; +1 for bit 0, -1 for bit 1.\n');
    expect(text).toContain('// Readout e_1..e_4: e_(1+b) = P(b) on q[1], q[0], b = b(q[1]) + 2 b(q[0])');
    expect(text).toContain('measured in Z (no basis change), b = c<t>[1] + 2 c<t>[0].\n');
    expect(text).toContain('// Readout e_5 = <Z> on q[0]: bit c<t>[0]; +1 for bit 0, -1 for bit 1.\n');
    expect(text).toContain('// Head: yhat_t = 1.0 * e_0 + 2.0 * e_1 + 3.0 * e_2 + 4.0 * e_3 + 5.0 * e_4 + 6.0 * e_5 + 0.0.\n');
  });

  it('a probabilities readout on a wire another readout measures in X needs its own execution; coherent bits are named by their place in c', () => {
    const [, base, sequence] = hybrid();
    const e = structuredClone(base);
    e.model.readout = [{ observable: 'X', wire: 0 }, { observable: 'probabilities', wires: [0, 1] }];
    e.model.head = { weights: [1, 1, 1, 1, 1], bias: 0 };
    expect(toQasm3(e, { sequence })).toContain("qml.probs order): needs its own execution: another readout sets the basis of its wire.\n");
    const coherent = structuredClone(base);
    coherent.model.recurrence = 'coherent';
    coherent.model.readout = [{ observable: 'probabilities', wires: [2, 0] }];
    const text = toQasm3(coherent, { sequence });
    expect(text).toContain('measured in Z (no basis change), b = c[0] + 2 c[1].\n');
    expect(text).toMatch(/c\[0\] = measure q\[2\];\nc\[1\] = measure q\[0\];\n$/);
  });
});

/** OpenQASM 3's U(theta, phi, lambda) as in the specification, and the stdgates.inc gates the definitions call. */
const U = (th: number, ph: number, la: number) => {
  const c = Math.cos(th / 2), s = Math.sin(th / 2);
  return Float64Array.of(c, 0, -Math.cos(la) * s, -Math.sin(la) * s, Math.cos(ph) * s, Math.sin(ph) * s, Math.cos(ph + la) * c, Math.sin(ph + la) * c);
};
const scaled = (m: Float64Array, phase: number) => {
  const out = new Float64Array(m.length), c = Math.cos(phase), s = Math.sin(phase);
  for (let k = 0; k < m.length; k += 2) { out[k] = c * m[k] - s * m[k + 1]; out[k + 1] = s * m[k] + c * m[k + 1]; }
  return out;
};
const STDGATES: Record<string, (a: number) => Float64Array> = {
  h: () => U(Math.PI / 2, 0, Math.PI),
  x: () => U(Math.PI, 0, Math.PI),
  sdg: () => Float64Array.of(1, 0, 0, 0, 0, 0, 0, -1),
  rx: (a) => U(a, -Math.PI / 2, Math.PI / 2),
  rz: (a) => scaled(U(0, 0, a), -a / 2),
};

function multiply(a: Float64Array, b: Float64Array, dim: number): Float64Array {
  const out = new Float64Array(2 * dim * dim);
  for (let r = 0; r < dim; r++) for (let c = 0; c < dim; c++) for (let k = 0; k < dim; k++) {
    const ar = a[2 * (r * dim + k)], ai = a[2 * (r * dim + k) + 1], br = b[2 * (k * dim + c)], bi = b[2 * (k * dim + c) + 1];
    out[2 * (r * dim + c)] += ar * br - ai * bi;
    out[2 * (r * dim + c) + 1] += ar * bi + ai * br;
  }
  return out;
}

const I2 = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);
const CX = GATES.CNOT.matrix(0), SWAP = GATES.SWAP.matrix(0);

/** The matrix of a definition in the lab's basis |first second> (its first qubit is the high bit). */
function definitionMatrix(def: GateDefinition, theta: number): Float64Array {
  const dim = 1 << def.qubits.length;
  let m = dim === 2 ? I2 : kron2(I2, I2);
  for (const call of def.body) {
    const on = call.qubits.map((q) => def.qubits.indexOf(q));
    let g: Float64Array;
    if (call.name === 'cx') g = on[0] === 0 ? CX : multiply(SWAP, multiply(CX, SWAP, 4), 4);
    else {
      const u = STDGATES[call.name](call.args.length > 0 ? evaluateExpr(call.args[0], { theta }) : 0);
      g = dim === 2 ? u : on[0] === 0 ? kron2(u, I2) : kron2(I2, u);
    }
    m = multiply(g, m, dim);
  }
  return m;
}

function maxDifference(a: Float64Array, b: Float64Array): number {
  return Math.max(...a.map((v, k) => Math.abs(v - b[k])));
}

describe('the gates the export defines equal the gate table', () => {
  const definitions = parsed(`OPENQASM 3.0;\n${Object.values(QASM_DEFINITIONS).join('\n')}\n`).definitions;

  for (const [name, gate] of [['rxx', 'RXX'], ['ryy', 'RYY'], ['rzz', 'RZZ']] as const) {
    it(`${name}(theta) built from stdgates.inc's h, cx, rx, rz equals ${gate}(theta) of the gate table to 1e-12, global phase included`, () => {
      for (const theta of [0, 0.3, -1.7, Math.PI, 5.1]) expect(maxDifference(definitionMatrix(definitions[name], theta), GATES[gate].matrix(theta))).toBeLessThan(1e-12);
    });
  }

  it('basis_x maps X to Z and basis_y maps Y to Z, so a computational-basis measurement reads <X> or <Y>', () => {
    const Z = GATES.Z.matrix(0);
    for (const [name, P] of [['basis_x', GATES.X.matrix(0)], ['basis_y', GATES.Y.matrix(0)]] as const) {
      const V = definitionMatrix(definitions[name], 0);
      const adjoint = Float64Array.of(V[0], -V[1], V[4], -V[5], V[2], -V[3], V[6], -V[7]);
      expect(maxDifference(multiply(V, multiply(P, adjoint, 2), 2), Z)).toBeLessThan(1e-15);
    }
  });

  it('the stdgates.inc gates the definitions call equal the gate table (h, x, sdg, rx, rz)', () => {
    for (const a of [0.4, -2.2]) {
      expect(maxDifference(STDGATES.rx(a), GATES.RX.matrix(a))).toBeLessThan(1e-15);
      expect(maxDifference(STDGATES.rz(a), GATES.RZ.matrix(a))).toBeLessThan(1e-15);
    }
    expect(maxDifference(STDGATES.h(0), GATES.H.matrix(0))).toBeLessThan(1e-15);
    expect(maxDifference(STDGATES.x(0), GATES.X.matrix(0))).toBeLessThan(1e-15);
    expect(maxDifference(STDGATES.sdg(0), GATES.Sdg.matrix(0))).toBeLessThan(1e-15);
  });
});

describe('parseQasm3 refuses what it does not read, with the line', () => {
  it.each([
    ['a missing version', 'qubit[1] q;', 'a program starts with OPENQASM 3.0;', 1],
    ['a second qubit register', 'OPENQASM 3.0;\nqubit[1] q;\nqubit[1] r;', 'this parser reads one qubit register', 3],
    ['an index out of range', 'OPENQASM 3.0;\nqubit[2] q;\nh q[2];', 'qubit index out of range: q[2]', 3],
    ['a measurement into an undeclared register', 'OPENQASM 3.0;\nqubit[1] q;\nc = measure q[0];', "bit register 'c' is not declared", 3],
    ['an unknown function', 'OPENQASM 3.0;\nqubit[1] q;\nrx(foo(1)) q[0];', "unknown function 'foo'", 3],
    ['a stray character', 'OPENQASM 3.0;\nqubit[1] q;\nh q[0]; $', "unexpected character '$'", 3],
  ])('%s', (_, text, message, line) => {
    expect(parseQasm3(text)).toEqual({ ok: false, message, line });
  });

  it('reads expressions with the usual precedence', () => {
    const p = parsed('OPENQASM 3.0;\nqubit[1] q;\nrx(1 + -2 * 3 / (4 - 2) - pi / π + arctan(1)) q[0];');
    const s = p.statements[0];
    expect(s.kind === 'gate' && evaluateExpr(s.args[0])).toBeCloseTo(1 - 3 - 1 + Math.PI / 4, 15);
  });
});
