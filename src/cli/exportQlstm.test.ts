/**
 * `qrnn export` of a QLSTM file (docs/spec.md §7), through the real command line: JSON and a
 * link that read back whole, OpenQASM 3 of the circuit `--circuit` picks, scripts of the
 * whole LSTM (the numpy one prints what `qrnn simulate` prints, to 1e-9), and a refusal with
 * exit 2 naming the option for every option that does not fit the file's kind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAnyExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import { inlineSequence } from '../model/sequence';
import { isQlstmExperiment, type InlineData } from '../model/types';
import { decodeLink } from '../share/link';
import { toQlstmQasm3 } from '../share/qasm3Qlstm';
import { casePath } from '../testing/cases';
import { parseQasm3 } from '../testing/qasm3/qasm3Parse';
import { qlstmLabRun } from '../worker/exportService';

const root = fileURLToPath(new URL('../../', import.meta.url));
const presets = join(root, 'public/experiments');
const reference = casePath('qlstm/qlstm-input1-hidden2');
const dir = mkdtempSync(join(tmpdir(), 'qrnn-export-qlstm-'));
const python = spawnSync('python3', ['--version']).status === 0;
const numpy = python && spawnSync('python3', ['-c', 'import numpy']).status === 0;

/** Runs the real command line as a child process, as `npm run --silent qrnn --` does. */
function qrnn(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function experimentOf(file: string) {
  const parsed = parseAnyExperimentText(readFileSync(file, 'utf8'));
  if (!parsed.ok || !isQlstmExperiment(parsed.experiment)) throw new Error(`${file} is not a QLSTM file`);
  return parsed.experiment;
}

describe('qrnn export of a QLSTM file', () => {
  it('--to json writes the normalised file, and --to url a link that decodeLink reads back to the same experiment', async () => {
    const json = qrnn('export', reference, '--to', 'json');
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout).toBe(serializeExperiment(experimentOf(reference)));
    const url = qrnn('export', reference, '--to', 'url', '--base', 'https://example.org/lab/');
    expect(url.code, url.stderr).toBe(0);
    expect(url.stderr).toBe('');
    expect(await decodeLink(url.stdout.trim())).toEqual({ ok: true, experiment: experimentOf(reference), flags: {}, warnings: [] });
  });

  it('--to qasm3 --circuit y writes the OpenQASM 3 of VQC_y over the generator\'s first window, which parseQasm3 reads', () => {
    const file = join(presets, 'qlstm-sine.json');
    const r = qrnn('export', file, '--to', 'qasm3', '--circuit', 'y');
    expect(r.code, r.stderr).toBe(0);
    const parsed = parseQasm3(r.stdout);
    expect(parsed.ok && parsed.program.inputs).toEqual(['u_0', 'u_1', 'u_2', 'u_3']);
    const e = experimentOf(file);
    const simulated = JSON.parse(qrnn('simulate', file, '--json').stdout) as { outputs: number[] };
    expect(r.stdout).toContain(`// The lab's exact evaluations of VQC_y over the first sequence (${simulated.outputs.length} steps)`);
    expect(r.stdout).toContain(`rz(${e.params['y.1.3.gamma']}) q[3];  // y.1.3.gamma\n`);
    expect(r.stdout).toMatch(/\nbit\[4\] c = measure q;\n$/);
  });

  it('--to qasm3 of inline data is what src/share writes with the lab\'s run', () => {
    const r = qrnn('export', reference, '--to', 'qasm3', '--circuit', 'f');
    expect(r.code, r.stderr).toBe(0);
    const e = experimentOf(reference);
    const sequence = inlineSequence(e.data as InlineData);
    expect(r.stdout).toBe(toQlstmQasm3(e, { sequence, lab: qlstmLabRun(e, sequence), circuit: 'f' }));
  });

  it.skipIf(!numpy)(`--to numpy gives a script that prints what qrnn simulate prints, to 1e-9${numpy ? '' : ' (skipped: no python3 with numpy)'}`, () => {
    for (const file of [join(presets, 'qlstm-sine.json'), reference]) {
      const script = join(dir, 'qlstm.py');
      const w = qrnn('export', file, '--to', 'numpy', '--out', script);
      expect(w.code, w.stderr).toBe(0);
      const run = spawnSync('python3', [script], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const lab = JSON.parse(qrnn('simulate', file, '--json').stdout) as { outputs: number[]; loss: number };
      const lines = run.stdout.trim().split('\n').map((l) => l.split(' '));
      expect(lines).toHaveLength(lab.outputs.length + 1);
      lab.outputs.forEach((y, t) => expect(Math.abs(Number(lines[t][1]) - y), `${file} step ${t}`).toBeLessThan(1e-9));
      expect(lines[lab.outputs.length][0]).toBe('loss');
      expect(Math.abs(Number(lines[lab.outputs.length][1]) - lab.loss)).toBeLessThan(1e-9);
    }
  });

  it.skipIf(!python)(`--to pennylane and --to qiskit give scripts that compile${python ? '' : ' (skipped: python3 is not installed)'}`, () => {
    for (const to of ['pennylane', 'qiskit']) {
      const script = join(dir, `qlstm_${to}.py`);
      const w = qrnn('export', join(presets, 'qlstm-mackey-glass.json'), '--to', to, '--out', script);
      expect(w.code, w.stderr).toBe(0);
      const r = spawnSync('python3', ['-m', 'py_compile', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });
});

describe('qrnn export refuses an option that does not fit the file\'s model, with exit 2 and the option', () => {
  const sine = join(presets, 'sine.json');
  it.each([
    ['a QLSTM\'s qasm3 without --circuit', [reference, '--to', 'qasm3'], /option '--circuit' is required for a QLSTM file's qasm3 export: --circuit f\|i\|g\|o\|h\|y, one of f \(the forget gate\), i \(the input gate\)/],
    ['an unknown circuit', [reference, '--to', 'qasm3', '--circuit', 'z'], /option '--circuit' must be one of f\|i\|g\|o\|h\|y, got 'z'/],
    ['--circuit for a QRNN file', [sine, '--to', 'qasm3', '--circuit', 'f'], /option '--circuit' applies to a QLSTM file only \(model\.kind "qlstm"\); .*sine\.json holds a QRNN/],
    ['--circuit for a script', [reference, '--to', 'numpy', '--circuit', 'f'], /option '--circuit' does not apply to --to numpy/],
    ['--inputs for a QLSTM', [reference, '--to', 'qasm3', '--circuit', 'f', '--inputs', 'input'], /option '--inputs' does not apply to a QLSTM file .*: a QLSTM's OpenQASM 3 is one evaluation of one circuit/],
    ['--steps for a QLSTM', [reference, '--to', 'qasm3', '--circuit', 'f', '--steps', '2'], /option '--steps' does not apply to a QLSTM file/],
  ])('%s', (_, args, message) => {
    const r = qrnn('export', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a broken QLSTM file names its field', () => {
    const e = JSON.parse(readFileSync(reference, 'utf8'));
    delete e.params['g.0.1.beta'];
    const file = join(dir, 'broken-qlstm.json');
    writeFileSync(file, JSON.stringify(e));
    const r = qrnn('export', file, '--to', 'numpy');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/g\.0\.1\.beta/);
  });
});
