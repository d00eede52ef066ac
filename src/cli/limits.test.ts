/**
 * The command line on hostile files and commands (issues 4, 5, 7, 8, 9, 10): each exits 2 in
 * under 20 s with a message naming the field or option and no stack trace, and a computed
 * result is never lost. Runs the real command line as a child process, as cli.test.ts does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES, hostileFile, hostilePath } from '../testing/hostile';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qrnn-limits-'));
const sine = JSON.parse(readFileSync(join(root, 'public/experiments/sine.json'), 'utf8'));
const TIMEOUT = 20_000;

function qrnn(...args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: TIMEOUT, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** A refusal: exit 2 within the time limit, nothing on standard output, the field named, no stack trace. */
function expectRefusal(r: ReturnType<typeof qrnn>, named: string | RegExp) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.ms).toBeLessThan(TIMEOUT);
  expect(r.stdout).toBe('');
  if (typeof named === 'string') expect(r.stderr).toContain(named);
  else expect(r.stderr).toMatch(named);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

function write(name: string, file: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof file === 'string' ? file : JSON.stringify(file));
  return path;
}

/** `sine` with a short inline sequence, so that commands run in a moment. */
const quick = { ...sine, data: { kind: 'inline', inputs: [0.1, 0.5, -0.2, 0.3], targets: [0.5, -0.2, 0.3, null] }, training: { ...sine.training, epochs: 2 } };

describe('hostile files are refused naming the field (issues 5, 8, 10)', () => {
  const commands: Record<string, string[]> = {
    'ridge with a trainable circuit parameter': ['train'],
    'shots of 2^53 - 1': ['grad', '--method', 'spsa'],
    'a washout as long as the sequence': ['train'],
    'a finite-difference step of 1e-300': ['grad', '--method', 'finite-difference'],
  };
  for (const c of HOSTILE_CASES) {
    const [command, ...rest] = commands[c.what] ?? ['simulate'];
    it(`${command}: ${c.what} -> exit 2 naming ${hostilePath(c, sine)}`, () => {
      const file = write(`${c.what.replace(/[^a-z0-9]+/gi, '-')}.json`, hostileFile(c, sine));
      expectRefusal(qrnn(command, file, ...rest, '--json'), `${hostilePath(c, sine)}:`);
    });
  }

  it('a washout as long as a generator\'s default window (known only once the data are built) -> exit 2 naming loss.washout', () => {
    const data = { ...sine.data };
    delete data.window;
    const file = write('washout-default-window.json', { ...sine, data, loss: { kind: 'mse', washout: 12 } });
    expectRefusal(qrnn('simulate', file), 'loss.washout:');
    expectRefusal(qrnn('train', file, '--epochs', '1'), 'loss.washout:');
  });
});

describe('command-line edges (issue 9)', () => {
  const file = write('quick.json', quick);

  it('constructor and toString are neither commands nor options', () => {
    expectRefusal(qrnn('constructor', file), "unknown command 'constructor'");
    expectRefusal(qrnn('toString', file), "unknown command 'toString'");
    expectRefusal(qrnn('simulate', file, '--constructor', 'x'), "unknown option '--constructor'");
    expectRefusal(qrnn('grad', file, '--toString=1'), "unknown option '--toString'");
  });

  it('refuses /dev/zero and a directory without reading them', () => {
    expectRefusal(qrnn('simulate', '/dev/zero'), 'it is not a regular file (a device, pipe or socket)');
    expectRefusal(qrnn('simulate', dir), 'it is not a regular file (a directory)');
  });

  it('stops quietly when the reader of its output goes away (simulate ... | head)', () => {
    const long = write('long.json', { ...sine, data: { kind: 'inline', inputs: Array.from({ length: 20_000 }, (_, t) => Math.sin(t)), targets: new Array(20_000).fill(0) } });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx src/cli/main.ts simulate "${long}" | head -n 1`], { cwd: root, encoding: 'utf8', timeout: TIMEOUT });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(sine.name);
    expect(r.stderr).toBe('');
  });

  it('lists at most 20 problems of a file with 100,000 bad inputs, then how many more', () => {
    const bad = write('bad-inputs.json', { ...sine, data: { kind: 'inline', inputs: new Array(100_000).fill('x'), targets: new Array(100_000).fill(0) } });
    const r = qrnn('simulate', bad);
    expectRefusal(r, 'data.inputs[0]: must be a finite number');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBe(22);
    expect(lines[21]).toBe('  ... and 99,980 more problems');
  });

  it('refuses --shots above 1e9 and --h below 1e-9, naming the option', () => {
    expectRefusal(qrnn('grad', file, '--method', 'spsa', '--shots', String(2 ** 53 - 1)), "option '--shots' must be a whole number from 1 to 1e9");
    expectRefusal(qrnn('grad', file, '--method', 'finite-difference', '--h', '1e-300'), "option '--h' must be a step from 1e-9");
  });
});

describe('results are never lost (issue 4)', () => {
  const file = write('quick-train.json', quick);

  it('train --out /missing/dir/r.json and export --out DIR are refused before any work, naming --out', () => {
    expectRefusal(qrnn('train', file, '--out', join(dir, 'missing/dir/r.json')), "option '--out': cannot write");
    expectRefusal(qrnn('export', file, '--to', 'json', '--out', dir), 'it is a directory');
    expectRefusal(qrnn('export', file, '--to', 'qasm3', '--out', join(dir, 'missing/x.qasm')), 'does not exist');
  });

  it.runIf(existsSync('/dev/full'))('a write that fails after training prints the result on standard output and says so (exit 1)', () => {
    const r = qrnn('train', file, '--out', '/dev/full');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ history: [{ epoch: 1 }, { epoch: 2 }] });
    expect(r.stderr).toMatch(/option '--out': could not write '\/dev\/full' \(.+\); the result is on standard output instead/);
    const json = qrnn('train', file, '--out', '/dev/full', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).history).toHaveLength(2);
    expect(json.stderr).toMatch(/the result is on standard output instead/);
  });

  it('train --out FILE still writes the file', () => {
    const out = join(dir, 'result.json');
    const r = qrnn('train', file, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).history).toHaveLength(2);
  });
});

describe('export --to url never writes a link the lab cannot read back (issue 7)', () => {
  it('refuses an experiment with a 100,000-row CSV, offering the file instead', () => {
    let x = 0.5;
    const text = ['v', ...Array.from({ length: 100_000 }, () => { x = (x * 9301 + 0.49297) % 1; return x.toFixed(6); })].join('\n');
    const file = write('big-csv.json', { ...sine, data: { kind: 'csv', text, column: 'v' } });
    expectRefusal(qrnn('export', file, '--to', 'url'), /cannot be shared as a link \(--to url\): .*share the experiment file instead/);
  });
});
