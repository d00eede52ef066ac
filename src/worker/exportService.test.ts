/**
 * The worker's exports: every target writes a program for a generated dataset (whose first
 * window the service builds) that matches what `src/share` writes from that window, for a
 * QRNN and for a QLSTM (with the lab's own run, and the circuit for OpenQASM 3), and a
 * refused file, option or unknown target is a refusal in words, never a throw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSequence } from '../data/index';
import { parseAnyExperimentText, parseExperimentText } from '../model/parse';
import { QLSTM_CIRCUITS, isQlstmExperiment, type QlstmCircuit } from '../model/types';
import { circuitAngles, circuitGates, evaluateCircuit } from '../qlstm/circuit';
import { shapeOf, thetas } from '../qlstm/parameters';
import { simulateQlstm } from '../qlstm/simulate';
import { toNumpy } from '../share/python';
import { toQlstmNumpy, toQlstmPennyLane, toQlstmQiskit } from '../share/pythonQlstm';
import { toQasm3 } from '../share/qasm3';
import { toQlstmQasm3 } from '../share/qasm3Qlstm';
import { exportProgram, qlstmLabRun } from './exportService';
import { createLabService } from './labService';
import type { ExportTarget } from './exportProtocol';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

describe('exportProgram(text, target)', () => {
  it('writes OpenQASM 3 and numpy over the generator\'s first window, as src/share does', () => {
    const parsed = parseExperimentText(sine);
    if (!parsed.ok) throw new Error('sine.json does not parse');
    const sequence = firstSequence(parsed.experiment.data);
    if (!sequence) throw new Error('sine.json has no window');
    expect(exportProgram(sine, 'qasm3')).toEqual({ ok: true, target: 'qasm3', text: toQasm3(parsed.experiment, { sequence }) });
    expect(exportProgram(sine, 'numpy')).toEqual({ ok: true, target: 'numpy', text: toNumpy(parsed.experiment, { sequence }) });
  });

  it.each(['pennylane', 'qiskit'] as const)('writes a %s script that prints every step and the loss', (target) => {
    const reply = exportProgram(sine, target);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.text).toMatch(/report\(run\(\)\)\n$/);
  });

  it('refuses a file the parser refuses, naming the field', () => {
    const broken = JSON.parse(sine);
    broken.model.cell[0].gate = 'RQ';
    const reply = exportProgram(JSON.stringify(broken), 'qasm3');
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors[0].path).toBe('model.cell[0].gate');
  });

  it('refuses an unknown target', () => {
    expect(exportProgram(sine, 'cirq' as ExportTarget)).toEqual({ ok: false, message: "Unknown export target 'cirq'.", errors: [] });
  });

  it('is part of the lab service', async () => {
    const reply = await createLabService().exportProgram(sine, 'qasm3');
    expect(reply.ok && /^OPENQASM 3\.0;$/m.test(reply.text)).toBe(true);
  });
});

describe('exportProgram of a QLSTM (docs/spec.md §7)', () => {
  const qlstmSine = readFileSync(new URL('../../public/experiments/qlstm-sine.json', import.meta.url), 'utf8');
  const parsed = parseAnyExperimentText(qlstmSine);
  if (!parsed.ok || !isQlstmExperiment(parsed.experiment)) throw new Error('qlstm-sine.json does not parse as a QLSTM');
  const e = parsed.experiment;
  const sequence = firstSequence(e.data);
  if (!sequence) throw new Error('qlstm-sine.json has no window');
  const lab = qlstmLabRun(e, sequence);

  it('qlstmLabRun is the lab\'s simulate, and every evaluation is its circuit on [x_t, h_{t-1}] or m_t', () => {
    const simulated = simulateQlstm(e.model, e.params, sequence, e.loss);
    expect([lab.outputs, lab.loss]).toEqual([simulated.outputs, simulated.loss]);
    const shape = shapeOf(e.model);
    const gates = circuitGates(shape);
    const all = thetas(e.model, e.params);
    lab.evaluations.forEach((step, t) => {
      expect(step).toHaveLength(6);
      expect(step[0].u.slice(0, 1)).toEqual(sequence.inputs[t]);
      expect(step[0].u.slice(1)).toEqual(t === 0 ? [0, 0, 0] : lab.evaluations[t - 1][4].z.slice(0, 3));
      expect(step[5].z).toEqual(simulated.expectations[t]);
      step.forEach(({ u, z }, k) => {
        expect(u).toEqual(step[k < 4 ? 0 : 4].u);
        expect(evaluateCircuit(shape, gates, circuitAngles(shape, u, all[k]))).toEqual(z);
      });
    });
  });

  it.each(QLSTM_CIRCUITS.map((k) => [k]))('writes OpenQASM 3 of circuit %s over the generator\'s first window, as src/share does', (circuit) => {
    expect(exportProgram(qlstmSine, 'qasm3', { circuit })).toEqual({ ok: true, target: 'qasm3', text: toQlstmQasm3(e, { sequence, lab, circuit }) });
  });

  it('writes the numpy, PennyLane and Qiskit scripts as src/share does', () => {
    expect(exportProgram(qlstmSine, 'numpy')).toEqual({ ok: true, target: 'numpy', text: toQlstmNumpy(e, { sequence, lab }) });
    expect(exportProgram(qlstmSine, 'pennylane')).toEqual({ ok: true, target: 'pennylane', text: toQlstmPennyLane(e, { sequence, lab }) });
    expect(exportProgram(qlstmSine, 'qiskit')).toEqual({ ok: true, target: 'qiskit', text: toQlstmQiskit(e, { sequence, lab }) });
  });

  it('refuses OpenQASM 3 without a circuit, naming the option and the six choices', () => {
    const reply = exportProgram(qlstmSine, 'qasm3');
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/^Choose a circuit: OpenQASM 3 of a QLSTM is one evaluation of one of its six circuits, f \(the forget gate\), .*y \(the output map\)\.$/), errors: [{ path: 'circuit', message: "is required for a QLSTM's qasm3 export: f, i, g, o, h or y" }] });
  });

  it('refuses an unknown circuit, a circuit for a Python script, and a circuit for a QRNN, each at circuit', () => {
    const unknown = exportProgram(qlstmSine, 'qasm3', { circuit: 'x' as QlstmCircuit });
    expect(!unknown.ok && unknown.errors).toEqual([{ path: 'circuit', message: "must be one of f, i, g, o, h, y, got 'x'" }]);
    const script = exportProgram(qlstmSine, 'numpy', { circuit: 'f' });
    expect(!script.ok && script.errors).toEqual([{ path: 'circuit', message: "applies to a QLSTM's qasm3 export only (a QLSTM's numpy script builds all six circuits)" }]);
    const qrnn = exportProgram(sine, 'qasm3', { circuit: 'f' });
    expect(!qrnn.ok && qrnn.errors).toEqual([{ path: 'circuit', message: "applies to a QLSTM's qasm3 export only (this experiment is a QRNN, whose export unrolls its cell)" }]);
  });

  it('refuses a QLSTM whose inputSize the data do not give, naming model.inputSize', () => {
    const wide = JSON.parse(qlstmSine);
    wide.model.inputSize = 2;
    wide.model.head.weights.push('s4');
    wide.params.s4 = 0;
    for (const k of QLSTM_CIRCUITS) for (let l = 0; l < 2; l++) for (const a of ['alpha', 'beta', 'gamma']) wide.params[`${k}.${l}.4.${a}`] = 0;
    const reply = exportProgram(JSON.stringify(wide), 'numpy');
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors).toEqual([{ path: 'model.inputSize', message: expect.stringMatching(/^is 2 but the sine generator gives one number per step/) }]);
  });

  it('reaches the lab service with the circuit option', async () => {
    const reply = await createLabService().exportProgram(qlstmSine, 'qasm3', { circuit: 'y' });
    expect(reply.ok && reply.text).toContain('// One evaluation of the circuit VQC_y (the output map) of this QLSTM');
  });
});
