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

/** Every preset and reference case with its first sequence, and random cells with every gate kind, both recurrences and noise. */
function cases(): [string, Experiment, Sequence][] {
  const files = [
    ...readdirSync(new URL('public/experiments/', root)).map((f) => new URL(`public/experiments/${f}`, root)),
    ...CASE_NAMES.map((name) => pathToFileURL(casePath(name))),
  ].filter((u) => u.pathname.endsWith('.json'));
  const out: [string, Experiment, Sequence][] = files.map((url) => {
    const parsed = parseExperimentText(readFileSync(url, 'utf8'));
    if (!parsed.ok) throw new Error(url.pathname);
    return [url.pathname.split('/').pop() as string, parsed.experiment, firstSequence(parsed.experiment.data) as Sequence];
  });
  for (const [seed, recurrence, D, H, noise] of [[1, 'measure-reset', 2, 2, true], [2, 'coherent', 1, 2, true], [3, 'measure-reset', 1, 1, false], [4, 'coherent', 2, 1, false]] as const) {
    const p = randomProblem(seed, { recurrence, dataQubits: D, hiddenQubits: H, steps: 5, noise });
    const e: Experiment = { format: 'qrnn-lab.experiment', version: 1, name: `random ${seed} "quoted"\nsecond line`, model: p.model, params: { ...p.params }, frozen: [], data: { kind: 'inline', inputs: p.sequence.inputs, targets: p.sequence.targets }, loss: p.loss, training: defaultTraining() };
    out.push([`random ${seed} (${recurrence}${noise ? ', noise' : ''})`, e, p.sequence]);
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
      lab.outputs.forEach((y, t) => {
        const [label, value] = lines[t].split(' ');
        expect(label).toBe(`yhat_${t}`);
        expect(Math.abs(Number(value) - y[0]), `step ${t}`).toBeLessThan(1e-9);
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
    expect(text).toContain(`#   yhat_0 ${lab.outputs[0]}\n`);
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
