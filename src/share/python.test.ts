import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSequence } from '../data';
import { randomProblem } from '../testing/randomCells';
import { defaultTraining, parseExperimentText } from '../model/parse';
import { simulate } from '../simulation/simulate';
import type { Experiment, Sequence } from '../model/types';
import { toNumpy, toPennyLane, toQiskit } from './python';
import { pathToFileURL } from 'node:url';
import { CASE_NAMES, casePath } from '../testing/cases';

const root = new URL('../../', import.meta.url);
const python = spawnSync('python3', ['--version']).status === 0;
const numpy = python && spawnSync('python3', ['-c', 'import numpy']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'qrnn-python-'));
const noPython = python ? '' : ' (skipped: python3 is not installed, so the scripts cannot be compiled)';
const noNumpy = numpy ? '' : ` (skipped: ${python ? 'numpy is not installed for python3' : 'python3 is not installed'})`;
if (!python || !numpy) console.warn(`python.test.ts:${noPython || noNumpy}`);

/**
 * Every preset and reference case with its first sequence, and random cells with every gate
 * kind, both recurrences and noise; the hybrid ones add angle biases, a probabilities readout
 * (with readout error where there is noise) and two outputs (docs/spec.md §5.1-5.3).
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
  const random = [
    [1, 'measure-reset', 2, 2, true, false], [2, 'coherent', 1, 2, true, false], [3, 'measure-reset', 1, 1, false, false], [4, 'coherent', 2, 1, false, false],
    [5, 'measure-reset', 2, 1, true, true], [6, 'coherent', 1, 2, true, true], [7, 'measure-reset', 2, 2, false, true], [8, 'coherent', 2, 1, false, true], [9, 'measure-reset', 1, 1, true, true],
  ] as const;
  for (const [seed, recurrence, D, H, noise, hybrid] of random) {
    const p = randomProblem(seed, { recurrence, dataQubits: D, hiddenQubits: H, steps: 5, noise, hybrid });
    const e: Experiment = { format: 'qrnn-lab.experiment', version: 1, name: `random ${seed} "quoted"\nsecond line`, model: p.model, params: { ...p.params }, frozen: [], data: { kind: 'inline', inputs: p.sequence.inputs, targets: p.sequence.targets }, loss: p.loss, training: defaultTraining() };
    out.push([`random ${seed} (${recurrence}${noise ? ', noise' : ''}${hybrid ? ', hybrid' : ''})`, e, p.sequence]);
  }
  return out;
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const slug = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_');

describe.skipIf(!python)(`Python exports compile (python3 -m py_compile)${noPython}`, () => {
  for (const [name, e, sequence] of cases()) {
    it(`toPennyLane, toQiskit and toNumpy of ${name}`, () => {
      const files = [['pennylane', toPennyLane], ['qiskit', toQiskit], ['numpy', toNumpy]] as const;
      const paths = files.map(([target, f]) => write(`${slug(name)}_${target}.py`, f(e, { sequence })));
      const r = spawnSync('python3', ['-m', 'py_compile', ...paths], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    });
  }
});

describe.skipIf(!numpy)(`the numpy export prints the lab's outputs and loss to 1e-9${noNumpy}`, () => {
  for (const [name, e, sequence] of cases()) {
    it(`python3 ${slug(name)}_numpy.py`, () => {
      const file = write(`${slug(name)}_run.py`, toNumpy(e, { sequence }));
      const r = spawnSync('python3', [file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const lab = simulate(e.model, e.params, sequence, e.loss, { bloch: false });
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(sequence.inputs.length + 1);
      lab.outputs.forEach((row, t) => {
        const [label, ...values] = lines[t].split(' ');
        expect(label).toBe(`yhat_${t}`);
        expect(values, `step ${t}: one value per output`).toHaveLength(row.length);
        row.forEach((y, j) => expect(Math.abs(Number(values[j]) - y), `step ${t}, output ${j}`).toBeLessThan(1e-9));
      });
      const [label, loss] = lines[lines.length - 1].split(' ');
      expect(label).toBe('loss');
      if (lab.loss === null) expect(loss).toBe('none');
      else expect(Math.abs(Number(loss) - lab.loss)).toBeLessThan(1e-9);
    });
  }
});

describe('Python exports: what a reader sees', () => {
  const [, e, sequence] = cases().find(([n]) => n === 'sine.json') as [string, Experiment, Sequence];

  it('the header names the experiment and lists the lab\'s outputs and loss', () => {
    const text = toPennyLane(e, { sequence });
    const lab = simulate(e.model, e.params, sequence, e.loss, { bloch: false });
    expect(text.startsWith('# QRNN Lab export for PennyLane: "Sine prediction, 1 data + 2 hidden"\n')).toBe(true);
    expect(text).toContain(`#   yhat_0 ${lab.outputs[0][0]}\n`);
    expect(text).toContain(`#   loss ${lab.loss}\n`);
    expect(text).toContain('dev = qml.device("default.mixed", wires=N)');
    expect(toQiskit(e, { sequence })).toContain('from qiskit.quantum_info import DensityMatrix, Kraus, Pauli, partial_trace');
  });

  it('embeds the trained parameters and the first sequence', () => {
    const text = toNumpy(e, { sequence });
    expect(text).toContain('PARAMS = {"a": 0.4, "b": -0.3, "c": 0.8, "j": 0.5, "d": 0.2, "s": 1.0, "bias": 0.0}');
    expect(text).toContain(`INPUTS = [[0.0], [${sequence.inputs[1][0]}]`);
    expect(text).toContain('    ("RY", [0], {"input": 0, "transform": "arccos"}),');
  });

  it('refuses a generator without its sequence', () => {
    expect(() => toNumpy(e)).toThrow(/'sine' generator/);
  });
});

describe('Python exports of a hybrid model (docs/spec.md §5.1-5.3): what a reader sees', () => {
  const [, e, sequence] = cases().find(([n]) => n === 'hybrid-input-layer-probabilities-two-outputs.json') as [string, Experiment, Sequence];

  it('holds the angle biases, the probabilities readout, one head per output and row targets', () => {
    const text = toNumpy(e, { sequence });
    expect(text).toContain('    ("RY", [0], {"param": "w0", "input": 0, "bias": "b0"}),');
    expect(text).toContain('READOUT = [("probabilities", [0, 1])]');
    expect(text).toContain('HEADS = [\n    (["h00", "h01", "h02", "h03"], "o0"),  # yhat_t,0\n    (["h10", "h11", "h12", "h13"], "o1"),  # yhat_t,1\n]');
    expect(text).toContain('TARGETS = [None, [0.2, -0.1], [0.4, 0.3], [-0.2, 0.5], [0.1, 0.0]]');
    expect(text).toContain("#   e_0..e_3: e_b = P(b) on q[0], q[1], b = b(q[0]) + 2 b(q[1]) with b(q[w]) the outcome (0 or 1) of q[w] (q[0] is the least significant bit: the reverse of PennyLane's qml.probs order)");
    expect(text).toContain('#   yhat_t,1 = h10 * e_0 + h11 * e_1 + h12 * e_2 + h13 * e_3 + o1');
  });

  it('PennyLane asks qml.probs for the wires reversed; Qiskit\'s probabilities need no reordering', () => {
    expect(toPennyLane(e, { sequence })).toContain('results.append(qml.probs(wires=list(reversed(where))))');
    expect(toQiskit(e, { sequence })).toContain('return rho.probabilities(qargs=where)');
  });

  it('a one-output model keeps one HEADS entry and prints one value per step', () => {
    const [, sine, sineSequence] = cases().find(([n]) => n === 'sine.json') as [string, Experiment, Sequence];
    expect(toNumpy(sine, { sequence: sineSequence })).toContain('HEADS = [\n    (["s"], "bias"),  # yhat_t\n]');
  });
});
