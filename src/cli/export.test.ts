import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import { decodeLink } from '../share/link';
import { parseQasm3 } from '../testing/qasm3/qasm3Parse';
import { CASES_DIR } from '../testing/cases';

const root = fileURLToPath(new URL('../../', import.meta.url));
const presets = join(root, 'public/experiments');
const fixtures = CASES_DIR;
const dir = mkdtempSync(join(tmpdir(), 'qrnn-export-'));
const python = spawnSync('python3', ['--version']).status === 0;
const numpy = python && spawnSync('python3', ['-c', 'import numpy']).status === 0;

/** Runs the real command line as a child process, as `npm run --silent qrnn --` does. */
function qrnn(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function experimentOf(file: string) {
  const parsed = parseExperimentText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return parsed.experiment;
}

describe('qrnn export FILE --to json|url', () => {
  it('--to json writes the normalised canonical file (presets with generated and inline data, and a reference case)', () => {
    for (const name of ['sine.json', 'reservoir.json', 'one-qubit.json', '../../src/testing/fixtures/coherent-reuploading.json']) {
      const file = join(presets, name);
      const r = qrnn('export', file, '--to', 'json');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe(serializeExperiment(experimentOf(file)));
    }
  });

  it('--to url writes a link that decodes to the same experiment, with --base and classroom flags', async () => {
    const file = join(presets, 'sine.json');
    const r = qrnn('export', file, '--to', 'url', '--base', 'https://example.org/lab/', '--hide', 'plots,bloch', '--lock', 'cell', '--lesson', 'sine-1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^https:\/\/example\.org\/lab\/#e=1\.[A-Za-z0-9_-]+&hide=plots,bloch&lock=cell&lesson=sine-1\n$/);
    expect(await decodeLink(r.stdout.trim())).toEqual({ ok: true, experiment: experimentOf(file), flags: { hide: ['plots', 'bloch'], lock: ['cell'], lesson: 'sine-1' }, warnings: [] });
    const readable = qrnn('export', file, '--to', 'url', '--readable');
    expect(readable.stdout).toMatch(/^#j=%7B/);
    expect(await decodeLink(readable.stdout.trim())).toMatchObject({ ok: true, experiment: experimentOf(file) });
  });

  it('--to url warns on standard error when the link is past the budget', () => {
    const e = JSON.parse(readFileSync(join(fixtures, 'shared-gate-every-step.json'), 'utf8'));
    e.data.inputs = Array.from({ length: 3000 }, (_, t) => Math.sin(t * 1.234567));
    e.data.targets = e.data.inputs.map((x: number) => x / 3);
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify(e));
    const r = qrnn('export', file, '--to', 'url');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^qrnn: warning: the link is [\d,]+ characters, over 32,768: share the experiment file instead \(--to json\)\n$/);
  });
});

describe('qrnn export FILE --to qasm3|pennylane|qiskit|numpy', () => {
  it('--to qasm3 writes a program parseQasm3 reads, with --inputs input and --steps', () => {
    const r = qrnn('export', join(presets, 'sine.json'), '--to', 'qasm3', '--inputs', 'input', '--steps', '3');
    expect(r.code, r.stderr).toBe(0);
    const parsed = parseQasm3(r.stdout);
    expect(parsed.ok && parsed.program.inputs).toEqual(['x_0', 'x_1', 'x_2']);
    expect(parsed.ok && parsed.program.statements.filter((s) => s.kind === 'measure').map((s) => s.kind === 'measure' && s.target)).toEqual(['c0', 'c1', 'c2']);
  });

  it('--out F writes the file and nothing to standard output', () => {
    const out = join(dir, 'sine.qasm');
    const r = qrnn('export', join(presets, 'sine.json'), '--to', 'qasm3', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`written to ${out}`);
    expect(readFileSync(out, 'utf8')).toBe(qrnn('export', join(presets, 'sine.json'), '--to', 'qasm3').stdout);
  });

  it.skipIf(!numpy)(`--to numpy gives a script that prints what qrnn simulate prints, to 1e-9${numpy ? '' : ' (skipped: no python3 with numpy)'}`, () => {
    for (const file of [join(presets, 'mackey-glass.json'), join(fixtures, 'coherent-reuploading.json')]) {
      const script = join(dir, 'model.py');
      expect(qrnn('export', file, '--to', 'numpy', '--out', script).code).toBe(0);
      const run = spawnSync('python3', [script], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const lab = JSON.parse(qrnn('simulate', file, '--json').stdout) as { outputs: number[]; loss: number | null };
      const lines = run.stdout.trim().split('\n').map((l) => l.split(' '));
      lab.outputs.forEach((y, t) => expect(Math.abs(Number(lines[t][1]) - y)).toBeLessThan(1e-9));
      expect(Math.abs(Number(lines[lab.outputs.length][1]) - (lab.loss as number))).toBeLessThan(1e-9);
    }
  });

  it.skipIf(!python)(`--to pennylane and --to qiskit give scripts that compile${python ? '' : ' (skipped: python3 is not installed)'}`, () => {
    for (const to of ['pennylane', 'qiskit']) {
      const script = join(dir, `${to}.py`);
      expect(qrnn('export', join(presets, 'lorenz.json'), '--to', to, '--out', script).code).toBe(0);
      const r = spawnSync('python3', ['-m', 'py_compile', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });
});

describe('qrnn export of a hybrid model (docs/spec.md §5.1-5.3: angle biases, probabilities, two outputs)', () => {
  const file = join(fixtures, 'hybrid-input-layer-probabilities-two-outputs.json');

  it('--to json writes the normalised file, heads in the SPEC\'s order, which parses back to the same experiment', () => {
    const r = qrnn('export', file, '--to', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(serializeExperiment(experimentOf(file)));
    expect(r.stdout).toContain('"head": [\n      {\n        "weights": [');
    expect(r.stdout).toContain('"angle": {\n          "param": "w0",\n          "input": true,\n          "bias": "b0"\n        }');
    const back = parseExperimentText(r.stdout);
    expect(back.ok && back.experiment).toEqual(experimentOf(file));
    expect(back.ok && serializeExperiment(back.experiment)).toBe(r.stdout);
  });

  it('--to url writes a link that decodes to the same experiment and the same canonical text', async () => {
    const r = qrnn('export', file, '--to', 'url');
    expect(r.code, r.stderr).toBe(0);
    const back = await decodeLink(r.stdout.trim());
    expect(back).toEqual({ ok: true, experiment: experimentOf(file), flags: {}, warnings: [] });
    expect(back.ok && serializeExperiment(back.experiment)).toBe(qrnn('export', file, '--to', 'json').stdout);
  });

  it('--to qasm3 measures the probabilities wires in Z and says which bits make each feature', () => {
    const r = qrnn('export', file, '--to', 'qasm3', '--inputs', 'input');
    expect(r.code, r.stderr).toBe(0);
    expect(parseQasm3(r.stdout).ok).toBe(true);
    expect(r.stdout).toContain('ry(0.461 * x_0 + -0.984) q[0];');
    expect(r.stdout).toContain('measured in Z (no basis change), b = c<t>[0] + 2 c<t>[1]');
    expect(r.stdout).not.toContain('basis_');
  });

  it.skipIf(!numpy)(`--to numpy prints both outputs of every step and the loss as qrnn simulate does, to 1e-9${numpy ? '' : ' (skipped: no python3 with numpy)'}`, () => {
    const script = join(dir, 'hybrid.py');
    expect(qrnn('export', file, '--to', 'numpy', '--out', script).code).toBe(0);
    const run = spawnSync('python3', [script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lab = JSON.parse(qrnn('simulate', file, '--json').stdout) as { outputs: number[][]; loss: number };
    const lines = run.stdout.trim().split('\n').map((l) => l.split(' '));
    expect(lines).toHaveLength(lab.outputs.length + 1);
    lab.outputs.forEach((row, t) => {
      expect(lines[t]).toHaveLength(1 + row.length);
      row.forEach((y, j) => expect(Math.abs(Number(lines[t][1 + j]) - y)).toBeLessThan(1e-9));
    });
    expect(lines[lab.outputs.length][0]).toBe('loss');
    expect(Math.abs(Number(lines[lab.outputs.length][1]) - lab.loss)).toBeLessThan(1e-9);
  });
});

describe('qrnn export refuses with exit 2 and the reason', () => {
  const sine = join(presets, 'sine.json');
  it.each([
    ['no --to', [sine], /option '--to' is required/],
    ['an unknown target', [sine, '--to', 'cirq'], /option '--to' must be one of qasm3\|url\|json\|pennylane\|qiskit\|numpy, got 'cirq'/],
    ['an option of another target', [sine, '--to', 'json', '--hide', 'plots'], /option '--hide' does not apply to --to json/],
    ['an unknown panel', [sine, '--to', 'url', '--hide', 'plots,teapot'], /unknown panel 'teapot'/],
    ['a bad lesson name', [sine, '--to', 'url', '--lesson', 'two words'], /option '--lesson'/],
    ['bad --inputs', [sine, '--to', 'qasm3', '--inputs', 'symbols'], /option '--inputs' must be constants or input/],
    ['too many steps', [sine, '--to', 'qasm3', '--steps', '99'], /option '--steps' must be from 1 to 12/],
    ['a missing file', [join(dir, 'absent.json'), '--to', 'json'], /no such file/],
  ])('%s', (_, args, message) => {
    const r = qrnn('export', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a broken file names its field', () => {
    const e = JSON.parse(readFileSync(sine, 'utf8'));
    e.model.cell[2].gate = 'RQ';
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(e));
    const r = qrnn('export', file, '--to', 'url');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/model\.cell\[2\]\.gate/);
  });
});
