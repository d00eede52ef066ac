/**
 * `toQlstmQasm3` read back by the test parser: for every QLSTM case and every circuit, the
 * program is `VQC_k` of docs/spec.md §7 gate for gate (the lab's gate list, the CNOT rings in
 * order, `n = 2` included), its angles are the lab's for any input, and running the parsed
 * program on the lab's own inputs gives the lab's `<Z_j>`.
 */
import { describe, expect, it } from 'vitest';
import { QLSTM_CIRCUITS, type QlstmCircuit } from '../model/types';
import { applyGate, circuitAngles, circuitGates, expectZ, zeroState, type Gate } from '../qlstm/circuit';
import { shapeOf, thetas } from '../qlstm/parameters';
import { evaluateExpr } from '../testing/qasm3/qasm3Expr';
import { parseQasm3, type QasmProgram, type QasmStatement } from '../testing/qasm3/qasm3Parse';
import { qlstmExportCases, randomQlstmExperiment } from '../testing/qlstmExperiments';
import { qlstmLabRun } from '../worker/exportService';
import { toQlstmQasm3 } from './qasm3Qlstm';

function parsed(text: string): QasmProgram {
  const r = parseQasm3(text);
  if (!r.ok) throw new Error(`line ${r.line}: ${r.message}`);
  return r.program;
}

const QASM_NAME: Record<Gate['kind'], string> = { H: 'h', RY: 'ry', RZ: 'rz', CNOT: 'cx' };
const wiresOf = (g: Gate) => (g.kind === 'CNOT' ? [g.control, g.target] : [g.qubit]);

/** The parsed program's gates as the lab's gate kinds, with their angles for the inputs `u`. */
function programGates(statements: readonly QasmStatement[], u: readonly number[]): { gate: Gate; angle: number }[] {
  const env = Object.fromEntries(u.map((v, j) => [`u_${j}`, v]));
  return statements.flatMap((s) => {
    if (s.kind !== 'gate') return [];
    const angle = s.args.length > 0 ? evaluateExpr(s.args[0], env) : 0;
    if (s.name === 'cx') return [{ gate: { kind: 'CNOT', control: s.qubits[0], target: s.qubits[1] } as Gate, angle }];
    const kind = ({ h: 'H', ry: 'RY', rz: 'RZ' } as const)[s.name as 'h' | 'ry' | 'rz'];
    if (!kind) throw new Error(`unexpected gate ${s.name}`);
    return [{ gate: (kind === 'H' ? { kind, qubit: s.qubits[0] } : { kind, qubit: s.qubits[0], slot: -1 }) as Gate, angle }];
  });
}

describe('toQlstmQasm3 read back by parseQasm3 is the lab\'s VQC_k', () => {
  for (const { name, experiment: e, sequence } of qlstmExportCases()) {
    const lab = qlstmLabRun(e, sequence);
    const shape = shapeOf(e.model);
    const n = shape.n;
    it.each(QLSTM_CIRCUITS.map((k) => [k]))(`${name}, circuit %s: gate for gate, angle for angle, and the lab's <Z_j> at every step`, (k: QlstmCircuit) => {
      const p = parsed(toQlstmQasm3(e, { sequence, lab, circuit: k }));
      expect([p.version, p.includes, p.register.size, p.bits]).toEqual(['3.0', ['stdgates.inc'], n, { c: n }]);
      expect(p.inputs).toEqual(Array.from({ length: n }, (_, j) => `u_${j}`));
      const gates = circuitGates(shape);
      const theta = thetas(e.model, e.params)[QLSTM_CIRCUITS.indexOf(k)];
      const last = p.statements[p.statements.length - 1];
      expect(last).toMatchObject({ kind: 'measure', target: 'c', bit: null, qubits: Array.from({ length: n }, (_, j) => j) });
      expect(p.statements.filter((s) => s.kind !== 'gate')).toHaveLength(1);
      lab.evaluations.forEach((step, t) => {
        const { u, z } = step[QLSTM_CIRCUITS.indexOf(k)];
        const program = programGates(p.statements, u);
        const angles = circuitAngles(shape, u, theta);
        expect(program.map(({ gate }) => [QASM_NAME[gate.kind], wiresOf(gate)])).toEqual(gates.map((g) => [QASM_NAME[g.kind], wiresOf(g)]));
        gates.forEach((g, i) => {
          if (g.kind !== 'RY' && g.kind !== 'RZ') return;
          // Trained angles are numbers that read back as the lab's doubles; encoding angles are
          // the test parser's Math.atan against the lab's detmath atan, equal but for the last bit.
          if (g.slot >= 2 * n) expect(program[i].angle, `gate ${i}`).toBe(angles[g.slot]);
          else expect(Math.abs(program[i].angle - angles[g.slot]), `step ${t} gate ${i}`).toBeLessThan(1e-15);
        });
        const state = zeroState(n);
        for (const { gate, angle } of program) applyGate(state, gate, angle);
        expectZ(state, n).forEach((v, j) => expect(Math.abs(v - z[j]), `step ${t}, <Z_${j}>`).toBeLessThan(1e-12));
      });
    });
  }
});

describe('toQlstmQasm3: what a reader sees', () => {
  const fixture = qlstmExportCases().find((c) => c.name === 'qlstm/qlstm-input1-hidden2');
  if (!fixture) throw new Error('the QLSTM reference case is missing');
  const { experiment: e, sequence } = fixture;
  const lab = qlstmLabRun(e, sequence);

  it('with two qubits each layer has the ring CNOT(0,1), CNOT(1,0) and no j+2 ring', () => {
    const two = randomQlstmExperiment({ seed: 9, inputSize: 1, hiddenSize: 1, layers: 2, steps: 2 });
    const p = parsed(toQlstmQasm3(two.experiment, { sequence: two.sequence, lab: qlstmLabRun(two.experiment, two.sequence), circuit: 'g' }));
    const cx = p.statements.filter((s) => s.kind === 'gate' && s.name === 'cx').map((s) => s.qubits);
    expect(cx).toEqual([[0, 1], [1, 0], [0, 1], [1, 0]]);
  });

  it('writes the encoding with arctan of the inputs, and each trained angle as its number with its name', () => {
    const text = toQlstmQasm3(e, { sequence, lab, circuit: 'f' });
    expect(text).toContain('input float[64] u_0;  // x_t\ninput float[64] u_1;  // h_{t-1}[0]\ninput float[64] u_2;  // h_{t-1}[1]\n');
    expect(text).toContain('h q[2];\nry(arctan(u_2)) q[2];\nrz(arctan(u_2 * u_2)) q[2];\n');
    expect(text).toContain(`rz(${e.params['f.0.0.alpha']}) q[0];  // f.0.0.alpha\nry(${e.params['f.0.0.beta']}) q[0];  // f.0.0.beta\n`);
    expect(text).toMatch(/\nbit\[3\] c = measure q;\n$/);
  });

  it('the header names the experiment and the circuit, says how shots estimate <Z_j>, and lists the lab\'s evaluations', () => {
    const text = toQlstmQasm3(e, { sequence, lab, circuit: 'o' });
    expect(text.startsWith(`// QRNN Lab export: "${e.name}"\n// One evaluation of the circuit VQC_o (the output gate) of this QLSTM (docs/spec.md §7), as OpenQASM 3: n = 3 qubits (inputSize 1 + hiddenSize 2), 1 layer.\n`)).toBe(true);
    expect(text).toContain('<Z_j> is the mean of +1 for c[j] = 0 and -1 for c[j] = 1 (bit j of c is q[j])');
    expect(text).toContain('o = sigmoid(a_o) decides how much of the memory the step shows: m_t = o * tanh(c_t)');
    const o = lab.evaluations.map((step) => step[3]);
    expect(text).toContain(`//   step 0: u = [0.3, 0.0, 0.0], <Z> = [${o[0].z.join(', ')}]\n`);
    expect(text).toContain(`//   step 3: u = [${o[3].u.join(', ')}], <Z> = [${o[3].z.join(', ')}]\n`);
  });

  it('says how the LSTM reads VQC_h (the first hiddenSize values) and VQC_y (the head, with its weights)', () => {
    const h = toQlstmQasm3(e, { sequence, lab, circuit: 'h' });
    expect(h).toContain('h_t = (<Z_0>..<Z_1>), the first hiddenSize = 2 values');
    expect(h).toContain('input float[64] u_1;  // m_t[1]');
    const y = toQlstmQasm3(e, { sequence, lab, circuit: 'y' });
    expect(y).toContain(`//   Head: yhat_t = s0 * e_0 + s1 * e_1 + s2 * e_2 + bias, with s0 = ${e.params.s0}, s1 = ${e.params.s1}, s2 = ${e.params.s2}, bias = ${e.params.bias}.\n`);
  });

  it('keeps a name with line breaks inside its comment', () => {
    const text = toQlstmQasm3({ ...e, name: 'two\nlines' }, { sequence, lab, circuit: 'i' });
    expect(text).toContain('// QRNN Lab export: "two lines"\n');
    expect(parseQasm3(text).ok).toBe(true);
  });

  it('refuses an unknown circuit, naming the six, and a lab run of another sequence', () => {
    expect(() => toQlstmQasm3(e, { sequence, lab, circuit: 'z' as QlstmCircuit })).toThrow(/circuit must be one of f \(the forget gate\), i \(the input gate\), g .*, y \(the output map\), got 'z'/);
    const shorter = { ...lab, outputs: lab.outputs.slice(1), evaluations: lab.evaluations.slice(1) };
    expect(() => toQlstmQasm3(e, { sequence, lab: shorter, circuit: 'f' })).toThrow(/the lab's run does not fit the sequence: it needs 4 steps/);
  });
});
