/**
 * The worker's exports: every target writes a program for a generated dataset (whose first
 * window the service builds) that matches what `src/share` writes from that window, and a
 * refused file or unknown target is a refusal in words, never a throw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstSequence } from '../data/index';
import { parseExperimentText } from '../model/parse';
import { toNumpy } from '../share/python';
import { toQasm3 } from '../share/qasm3';
import { exportProgram } from './exportService';
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
