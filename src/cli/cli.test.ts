import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, sumsByParamAndStep } from '../testing/cases';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = CASES_DIR;

/** Runs the real command line as a child process, as `npm run --silent qrnn --` does. */
function qrnn(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cases = readdirSync(fixtures).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('qrnn simulate FILE --json', () => {
  it('prints one JSON document matching every reference case to 1e-9', () => {
    for (const file of cases) {
      const r = qrnn('simulate', join(fixtures, file), '--json');
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      const expected = JSON.parse(readFileSync(join(fixtures, file.replace('.json', '.expected.json')), 'utf8'));
      expect(Object.keys(doc).sort()).toEqual(['bloch', 'expectations', 'loss', 'outputs']);
      // One output prints as [yhat_t], several as [[yhat_t0, ..]] (docs/spec.md §5.3), as the expected files hold them.
      expect(doc.outputs.length).toBe(expected.outputs.length);
      (doc.outputs as (number | number[])[]).flat().forEach((y, i) => expect(Math.abs(y - (expected.outputs as (number | number[])[]).flat()[i])).toBeLessThan(1e-9));
      expect(Math.abs(doc.loss - expected.loss)).toBeLessThan(1e-9);
      expect(doc.bloch.length).toBe(expected.outputs.length);
    }
  });

  it('runs the default preset on the first window of its sine generator', () => {
    const r = qrnn('simulate', join(root, 'public/experiments/sine.json'), '--json');
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.outputs).toHaveLength(12);
    expect(doc.bloch[0]).toHaveLength(2);
  });
});

describe('qrnn simulate refuses a broken file with exit 2 and the field', () => {
  const base = JSON.parse(readFileSync(join(fixtures, 'shared-gate-every-step.json'), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'qrnn-'));
  const broken: [string, (e: typeof base) => void, RegExp][] = [
    ['wrong gate name', (e) => { e.model.cell[2].gate = 'RQ'; }, /model\.cell\[2\]\.gate/],
    ['wire out of range', (e) => { e.model.cell[1].wires = [0, 5]; }, /model\.cell\[1\]\.wires/],
    ['missing parameter', (e) => { delete e.params.theta; }, /theta/],
    ['non-numeric input', (e) => { e.data.inputs[2] = 'abc'; }, /data\.inputs\[2\]/],
  ];
  for (const [what, mutate, field] of broken) {
    it(`a ${what}`, () => {
      const e = structuredClone(base);
      mutate(e);
      const file = join(dir, `${what.replace(/ /g, '-')}.json`);
      writeFileSync(file, JSON.stringify(e));
      const r = qrnn('simulate', file, '--json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(field);
    });
  }

  it('a file that is not JSON, a missing file, and an unknown option', () => {
    const file = join(dir, 'not-json.json');
    writeFileSync(file, '{"format": "qrnn-lab.experiment",');
    expect(qrnn('simulate', file).code).toBe(2);
    expect(qrnn('simulate', join(dir, 'absent.json')).stderr).toMatch(/no such file/);
    const r = qrnn('simulate', join(fixtures, cases[0]), '--shots', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shots/);
  });
});

describe('qrnn grad FILE --method M --json', () => {
  it("takes the finite-difference step from the file's training.gradient.h unless --h is given", () => {
    const e = JSON.parse(readFileSync(join(fixtures, 'shared-gate-every-step.json'), 'utf8'));
    e.training.gradient = { method: 'finite-difference', shots: null, h: 0.3 };
    const file = join(mkdtempSync(join(tmpdir(), 'qrnn-h-')), 'h.json');
    writeFileSync(file, JSON.stringify(e));
    const gradient = (...args: string[]) => JSON.parse(qrnn('grad', file, '--json', ...args).stdout).gradient;
    expect(gradient()).toEqual(gradient('--h', '0.3'));
    expect(gradient()).not.toEqual(gradient('--h', '0.001'));
  });

  for (const method of ['adjoint', 'parameter-shift']) {
    it(`${method} reproduces every reference gradient and occurrence to 1e-9`, () => {
      for (const file of cases) {
        const r = qrnn('grad', join(fixtures, file), '--method', method, '--json');
        expect(r.code, r.stderr).toBe(0);
        const doc = JSON.parse(r.stdout);
        const expected = JSON.parse(readFileSync(join(fixtures, file.replace('.json', '.expected.json')), 'utf8'));
        expect(Object.keys(doc).sort()).toEqual(['cost', 'gradient', 'loss', 'occurrences', 'outputs']);
        for (const [p, g] of Object.entries(expected.gradient as Record<string, number>)) expect(Math.abs(doc.gradient[p] - g), `${file} ${p}`).toBeLessThan(1e-9);
        if (expected.occurrenceSums) {
          const sums = sumsByParamAndStep(doc.occurrences);
          for (const [key, v] of Object.entries(expected.occurrenceSums as Record<string, number>)) expect(Math.abs(sums[key] - v), `${file} ${key}`).toBeLessThan(1e-9);
          continue;
        }
        expect(doc.occurrences).toHaveLength(expected.occurrences.length);
        doc.occurrences.forEach((o: { param: string; gate: number; step: number; contribution: number }, i: number) => {
          const e = expected.occurrences[i];
          expect([o.param, o.gate, o.step]).toEqual([e.param, e.gate, e.step]);
          expect(Math.abs(o.contribution - e.contribution)).toBeLessThan(1e-9);
        });
      }
    });
  }

  it('with shots and a seed, the same command gives the same numbers twice and reports shots', () => {
    const args = ['grad', join(fixtures, 'shared-gate-every-step.json'), '--method', 'parameter-shift', '--shots', '500', '--seed', '7', '--json'];
    const a = JSON.parse(qrnn(...args).stdout), b = JSON.parse(qrnn(...args).stdout);
    expect(a).toEqual(b);
    expect(a.cost.shots).toBe(500 * a.cost.circuitExecutions);
  });

  it('--sampling trajectory samples each execution as one run per shot: another estimate, the same cost, the same numbers twice', () => {
    const base = ['grad', join(fixtures, 'shared-gate-every-step.json'), '--method', 'parameter-shift', '--shots', '500', '--seed', '7', '--json'];
    const independent = JSON.parse(qrnn(...base).stdout), explicit = JSON.parse(qrnn(...base, '--sampling', 'independent').stdout);
    const trajectory = JSON.parse(qrnn(...base, '--sampling', 'trajectory').stdout), again = JSON.parse(qrnn(...base, '--sampling', 'trajectory').stdout);
    expect(explicit).toEqual(independent);
    expect(trajectory).toEqual(again);
    expect(trajectory.gradient).not.toEqual(independent.gradient);
    expect(trajectory.cost).toEqual(independent.cost);
    const bad = qrnn(...base, '--sampling', 'qpu');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sampling' must be independent or trajectory/);
  });

  it('refuses an unknown method and a bad shot count with exit 2', () => {
    const file = join(fixtures, 'shared-gate-every-step.json');
    expect(qrnn('grad', file, '--method', 'bogus').code).toBe(2);
    const r = qrnn('grad', file, '--method', 'spsa', '--shots', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shots/);
  });
});

describe('qrnn train FILE --threads N', () => {
  it('gives the one-thread output byte for byte, on the default preset by parameter-shift and on the hybrid preset by adjoint', () => {
    for (const [file, epochs] of [['sine.json', '6'], ['hybrid-lorenz.json', '2']]) {
      const path = join(root, 'public/experiments', file);
      const one = qrnn('train', path, '--json', '--epochs', epochs);
      const two = qrnn('train', path, '--json', '--epochs', epochs, '--threads', '2');
      expect(one.code, one.stderr).toBe(0);
      expect(two.code, two.stderr).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('refuses a thread count below 1', () => {
    const r = qrnn('train', join(root, 'public/experiments/sine.json'), '--threads', '0');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--threads/);
  });
});

describe('qrnn train --threads beyond what helps', () => {
  it('refuses more threads than cores, and says when a run trains on one thread anyway', () => {
    const many = qrnn('train', join(root, 'public/experiments/sine.json'), '--threads', '999');
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/--threads' must be a whole number from 1 to \d+ \(this machine's cores\), got '999'/);
    const spsa = qrnn('train', join(root, 'public/experiments/spsa.json'), '--epochs', '1', '--threads', '2');
    expect(spsa.code, spsa.stderr).toBe(0);
    expect(spsa.stderr).toMatch(/training on one thread: shots are set/);
  });
});
