/**
 * `qrnn simulate`, `grad` and `train` on a QLSTM file (docs/spec.md §4, §7), through the real
 * command line, against the QLSTM reference case; the commands that unroll a QRNN cell
 * refuse it with exit code 2 and the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { casePath, caseExpected, sumsByParamAndStep } from '../testing/cases';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NAME = 'qlstm/qlstm-input1-hidden2';
const file = casePath(NAME);
const expected = caseExpected(NAME);

/** Runs the real command line as a child process, as `npm run --silent qrnn --` does. */
function qrnn(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('qrnn on a QLSTM file', () => {
  it('simulate --json prints the outputs and loss of the reference, VQC_y\'s n values per step and no Bloch vectors', () => {
    const r = qrnn('simulate', file, '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc).sort()).toEqual(['bloch', 'expectations', 'loss', 'outputs']);
    (doc.outputs as number[]).forEach((y, t) => expect(Math.abs(y - (expected.outputs[t] as number))).toBeLessThan(1e-9));
    expect(Math.abs(doc.loss - (expected.loss as number))).toBeLessThan(1e-9);
    expect(doc.bloch).toEqual([]);
    expect(doc.expectations.map((e: number[]) => e.length)).toEqual([3, 3, 3, 3]);
  });

  it.each(['adjoint', 'parameter-shift'])('grad --method %s --json reproduces the gradient and the per-"param|step" sums; occurrences name circuit, layer, qubit, angle, step', (method) => {
    const r = qrnn('grad', file, '--method', method, '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const [p, g] of Object.entries(expected.gradient)) expect(Math.abs(doc.gradient[p] - g), p).toBeLessThan(1e-9);
    const sums = sumsByParamAndStep(doc.occurrences);
    for (const [key, v] of Object.entries(expected.occurrenceSums ?? {})) expect(Math.abs(sums[key] - v), key).toBeLessThan(1e-9);
    expect(Object.keys(doc.occurrences[0])).toEqual(['param', 'circuit', 'layer', 'qubit', 'angle', 'step', 'contribution']);
    expect(doc.occurrences[0]).toMatchObject({ param: 'f.0.0.alpha', circuit: 'f', layer: 0, qubit: 0, angle: 'alpha', step: 0 });
    // 6T unshifted + 36LnT + 16h(T-1) + 8nT with T = 4, n = 3, h = 2, L = 1 (src/qlstm/cost.test.ts).
    expect(doc.cost).toEqual({ circuitExecutions: method === 'adjoint' ? 24 : 24 + 432 + 96 + 96, shots: 0 });
  });

  it('grad with shots is seeded: the same seed gives the same bits, and costs N shots per execution', () => {
    for (const method of ['parameter-shift', 'finite-difference', 'spsa', 'adjoint']) {
      const a = qrnn('grad', file, '--method', method, '--shots', '200', '--seed', '4', '--json');
      const b = qrnn('grad', file, '--method', method, '--shots', '200', '--seed', '4', '--json');
      expect(a.code, a.stderr).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      // docs/spec.md §7: the lab says beside the estimate that shots bias it.
      expect(a.stderr).toMatch(/with shots this gradient is biased/);
      const doc = JSON.parse(a.stdout);
      expect(doc.cost.shots).toBe(200 * doc.cost.circuitExecutions);
      expect(doc.cost.circuitExecutions).toBeGreaterThan(0);
    }
  });

  it('grad prints a table naming each occurrence\'s circuit without --json', () => {
    const r = qrnn('grad', file, '--method', 'parameter-shift');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/param\s+circuit\s+layer\s+qubit\s+angle\s+step\s+contribution/);
    expect(r.stdout).toMatch(/y\.0\.0\.beta\s+VQC_y\s+0\s+0\s+beta\s+3/);
    expect(r.stdout).not.toMatch(/biased/);
  });

  it('train --json gives one history entry per epoch, bills 6T executions per sequence, and is bit-identical twice', () => {
    const a = qrnn('train', file, '--epochs', '3', '--json');
    const b = qrnn('train', file, '--epochs', '3', '--json');
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(doc.history.map((h: { epoch: number }) => h.epoch)).toEqual([1, 2, 3]);
    expect(doc.history[0].circuitExecutions).toBe(24);
    expect(Math.abs(doc.initial.trainLoss - (expected.loss as number))).toBeLessThan(1e-9);
    expect(doc.history[2].trainLoss).toBeLessThan(doc.history[0].trainLoss);
    expect(Object.keys(doc.params)).toHaveLength(58);
  });

  it('refuses --sampling trajectory, and OpenQASM 3 without a circuit (exportQlstm.test.ts), with exit code 2 and the reason', () => {
    const trajectory = qrnn('grad', file, '--method', 'parameter-shift', '--shots', '10', '--sampling', 'trajectory');
    expect(trajectory.code).toBe(2);
    expect(trajectory.stderr).toMatch(/separate executions/);
    const exported = qrnn('export', file, '--to', 'qasm3');
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/option '--circuit' is required for a QLSTM file's qasm3 export/);
  });

  it('refuses a QLSTM file with a QRNN field, naming it', () => {
    const e = JSON.parse(readFileSync(file, 'utf8'));
    e.model.cell = [];
    const path = join(mkdtempSync(join(tmpdir(), 'qlstm-')), 'broken.json');
    writeFileSync(path, JSON.stringify(e));
    const r = qrnn('simulate', path, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/model\.cell: is a QRNN field/);
  });
});
