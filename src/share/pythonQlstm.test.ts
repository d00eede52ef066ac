/**
 * The QLSTM's Python exports: all three compile, and the numpy script, run by python3,
 * prints the lab's `simulate` outputs and loss to 1e-9 on every QLSTM case (the reference
 * case also against its independent numbers), presets with generated data and random
 * models of every shape.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateQlstm } from '../qlstm/simulate';
import { caseExpected } from '../testing/cases';
import { qlstmExportCases } from '../testing/qlstmExperiments';
import { qlstmLabRun } from '../worker/exportService';
import { toQlstmNumpy, toQlstmPennyLane, toQlstmQiskit } from './pythonQlstm';

const python = spawnSync('python3', ['--version']).status === 0;
const numpy = python && spawnSync('python3', ['-c', 'import numpy']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'qrnn-qlstm-python-'));
const noPython = python ? '' : ' (skipped: python3 is not installed, so the scripts cannot be compiled)';
const noNumpy = numpy ? '' : ` (skipped: ${python ? 'numpy is not installed for python3' : 'python3 is not installed'})`;
if (!python || !numpy) console.warn(`pythonQlstm.test.ts:${noPython || noNumpy}`);

const slug = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The script's printed lines as `[label, ...values]`. */
function run(file: string): string[][] {
  const r = spawnSync('python3', [file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => l.split(' '));
}

const cases = qlstmExportCases();

describe.skipIf(!python)(`QLSTM Python exports compile (python3 -m py_compile)${noPython}`, () => {
  for (const { name, experiment: e, sequence } of cases) {
    it(`toQlstmPennyLane, toQlstmQiskit and toQlstmNumpy of ${name}`, () => {
      const lab = qlstmLabRun(e, sequence);
      const files = [['pennylane', toQlstmPennyLane], ['qiskit', toQlstmQiskit], ['numpy', toQlstmNumpy]] as const;
      const paths = files.map(([target, f]) => write(`${slug(name)}_${target}.py`, f(e, { sequence, lab })));
      const r = spawnSync('python3', ['-m', 'py_compile', ...paths], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    });
  }
});

describe.skipIf(!numpy)(`the QLSTM numpy export prints the lab's simulate outputs and loss to 1e-9${noNumpy}`, () => {
  for (const { name, experiment: e, sequence } of cases) {
    it(`python3 ${slug(name)}.py`, () => {
      const lines = run(write(`${slug(name)}_run.py`, toQlstmNumpy(e, { sequence, lab: qlstmLabRun(e, sequence) })));
      const lab = simulateQlstm(e.model, e.params, sequence, e.loss);
      expect(lines).toHaveLength(sequence.inputs.length + 1);
      lab.outputs.forEach((row, t) => {
        const [label, ...values] = lines[t];
        expect(label).toBe(`yhat_${t}`);
        expect(values, `step ${t}: one value per output`).toHaveLength(row.length);
        row.forEach((y, j) => expect(Math.abs(Number(values[j]) - y), `step ${t}, output ${j}`).toBeLessThan(1e-9));
      });
      const [label, loss] = lines[lines.length - 1];
      expect(label).toBe('loss');
      if (lab.loss === null) expect(loss).toBe('none');
      else expect(Math.abs(Number(loss) - lab.loss)).toBeLessThan(1e-9);
    });
  }

  it('on the reference case, prints the independent implementation\'s outputs and loss to 1e-9', () => {
    const { experiment: e, sequence } = cases.find((c) => c.name === 'qlstm/qlstm-input1-hidden2') as (typeof cases)[number];
    const expected = caseExpected('qlstm/qlstm-input1-hidden2');
    const lines = run(write('reference.py', toQlstmNumpy(e, { sequence, lab: qlstmLabRun(e, sequence) })));
    expected.outputs.forEach((y, t) => expect(Math.abs(Number(lines[t][1]) - (y as number))).toBeLessThan(1e-9));
    expect(Math.abs(Number(lines[expected.outputs.length][1]) - (expected.loss as number))).toBeLessThan(1e-9);
  });
});

describe('QLSTM Python exports: what a reader sees', () => {
  const { experiment: e, sequence } = cases.find((c) => c.name === 'qlstm/qlstm-input1-hidden2') as (typeof cases)[number];
  const lab = qlstmLabRun(e, sequence);

  it('the header names the experiment and the model, and lists the lab\'s outputs and loss', () => {
    const text = toQlstmNumpy(e, { sequence, lab });
    expect(text.startsWith(`# QRNN Lab export for numpy: "${e.name}"\n# Rebuilds the QLSTM (docs/spec.md §7)`)).toBe(true);
    expect(text).toContain('# variational circuits VQC_f, VQC_i, VQC_g, VQC_o, VQC_h, VQC_y on N = 3 qubits (inputSize 1 +\n# hiddenSize 2), 1 layer, with classical memory.');
    expect(text).toContain(`#   yhat_0 ${lab.outputs[0][0]}\n`);
    expect(text).toContain(`#   loss ${lab.loss}\n`);
    expect(text).toContain(`# Head: yhat_t = s0 * e_0 + s1 * e_1 + s2 * e_2 + bias, with s0 = ${e.params.s0},`);
  });

  it('embeds the sizes, the trained parameters by name, the heads and the first sequence', () => {
    const text = toQlstmNumpy(e, { sequence, lab });
    expect(text).toContain('INPUT_SIZE = 1\nHIDDEN_SIZE = 2\nLAYERS = 1\n');
    expect(text).toContain(`PARAMS = {"f.0.0.alpha": ${e.params['f.0.0.alpha']}, "f.0.0.beta": ${e.params['f.0.0.beta']},`);
    expect(text).toContain('HEADS = [\n    (["s0", "s1", "s2"], "bias"),  # yhat_t\n]');
    expect(text).toContain(`INPUTS = [[${sequence.inputs[0][0]}], [${sequence.inputs[1][0]}],`);
    expect(text).toMatch(/print_report\(\[head\(e\) for e in run\(\)\]\)\n$/);
  });

  it('PennyLane evaluates each circuit on default.qubit with PauliZ expectations; Qiskit from a Statevector', () => {
    const pennylane = toQlstmPennyLane(e, { sequence, lab });
    expect(pennylane).toContain('dev = qml.device("default.qubit", wires=N)');
    expect(pennylane).toContain('return [qml.expval(qml.PauliZ(j)) for j in range(N)]');
    const qiskit = toQlstmQiskit(e, { sequence, lab });
    expect(qiskit).toContain('from qiskit.quantum_info import Statevector');
    expect(qiskit).toContain('state = Statevector(build(vqc_gates(k, u)))');
  });

  it('refuses a lab run of another sequence', () => {
    expect(() => toQlstmNumpy(e, { sequence: { inputs: sequence.inputs.slice(1), targets: sequence.targets.slice(1) }, lab })).toThrow(/the lab's run does not fit the sequence: it needs 3 steps/);
  });
});
