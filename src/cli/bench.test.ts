/**
 * `bench`'s argument handling (`--only`, `--quick`, `--json`, `--help`) and its isolation of
 * groups: a group that throws prints one line naming it and the reason, the other groups'
 * figures still print, no stack trace appears, and the exit code says something failed.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { benchOptions, GROUP_NAMES, oneLine, runBench, type BenchGroup } from './commands/bench';
import { findPeerPython } from './bench/peer';
import { buildError } from './bench/build';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real command line as a child process, as `npm run bench --` does. */
function qrnn(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace's frame line, as V8 prints it. */
const STACK_FRAME = /^\s+at /m;

describe('bench options', () => {
  it('runs every group but the opt-in peer comparison by default, fully, as a table', () => {
    expect(GROUP_NAMES).toEqual(['kernel', 'forward', 'adjoint', 'parameter-shift', 'qlstm', 'epoch', 'study', 'page', 'browser', 'threads', 'peer']);
    expect(benchOptions([], {})).toEqual({ groups: GROUP_NAMES.filter((g) => g !== 'peer'), quick: false, json: false });
  });

  it('--peer alone runs only the peer comparison; with --only it is added to the groups named', () => {
    expect(benchOptions([], { peer: true }).groups).toEqual(['peer']);
    expect(benchOptions([], { peer: true, only: 'forward' }).groups).toEqual(['forward', 'peer']);
    expect(benchOptions([], { only: 'peer' }).groups).toEqual(['peer']);
  });

  it('without Python and torch, the peer comparison says how to install them', () => {
    expect(() => findPeerPython(['/nonexistent/python3'])).toThrow(/apt-get install -y python3-torch python3-numpy/);
  });

  it('--only keeps the groups named, in the order given, once each; --quick and --json are flags', () => {
    expect(benchOptions([], { only: 'forward' }).groups).toEqual(['forward']);
    expect(benchOptions([], { only: 'epoch, kernel,epoch', quick: true, json: true })).toEqual({ groups: ['epoch', 'kernel'], quick: true, json: true });
  });

  it('refuses an unknown group, an empty --only and a FILE, naming what was wrong', () => {
    expect(() => benchOptions([], { only: 'forward,bogus,nope' })).toThrow(UsageError);
    expect(() => benchOptions([], { only: 'forward,bogus,nope' })).toThrow(/--only.*'bogus', 'nope'.*expected kernel, forward/);
    expect(() => benchOptions([], { only: ' , ' })).toThrow(/--only/);
    expect(() => benchOptions(['sine.json'], {})).toThrow(/takes no FILE/);
  });
});

describe('bench on the command line', () => {
  it('--help prints the usage with --only, its groups and --quick, exit 0', () => {
    const r = qrnn('bench', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--only GROUP/);
    expect(r.stdout).toMatch(/--quick/);
    for (const name of GROUP_NAMES) expect(r.stdout).toContain(name);
    expect(r.stderr).toBe('');
  });

  it('an unknown group or a missing value is exit 2 with the reason, before anything runs, and no stack trace', () => {
    const bad = qrnn('bench', '--only', 'forwards');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.split('\n')[0]).toBe("qrnn: option '--only': unknown group 'forwards' (expected kernel, forward, adjoint, parameter-shift, qlstm, epoch, study, page, browser, threads, peer)");
    expect(bad.stderr).not.toMatch(/bench: /);
    const missing = qrnn('bench', '--only');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/'--only' needs a value/);
    for (const r of [bad, missing]) expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('bench isolates its groups', () => {
  const figure = (name: string) => ({ name, dataQubits: 1, hiddenQubits: 1, T: 3, medianMs: 1.5, minMs: 1, maxMs: 2, repeats: 3 });
  const groups: BenchGroup[] = [
    { name: 'first', run: () => [figure('first-figure')] },
    {
      name: 'broken',
      run: () => {
        const error = new Error('no chromium at /usr/bin/chromium\nCall log:\n  - launching');
        error.stack = `${error.message}\n    at launch (browser.ts:1:1)\n    at run (bench.ts:2:2)`;
        throw error;
      },
    },
    { name: 'rejected', run: () => Promise.reject('the preview server did not answer') },
    { name: 'last', run: async (quick) => [figure(quick ? 'last-quick' : 'last-full')] },
  ];

  function capture() {
    const io = { stdout: '', stderr: '', out: (t: string) => { io.stdout += t; }, err: (t: string) => { io.stderr += t; } };
    return io;
  }

  it('a failed group is one line naming it and its reason; the others still print; exit code 1', async () => {
    const io = capture();
    const code = await runBench([], { quick: true }, groups, io);
    expect(code).toBe(1);
    expect(io.stdout).toMatch(/first-figure/);
    expect(io.stdout).toMatch(/last-quick/);
    const failed = io.stderr.split('\n').filter((l) => /failed/.test(l));
    expect(failed).toEqual([
      'bench: broken failed: no chromium at /usr/bin/chromium',
      'bench: rejected failed: the preview server did not answer',
    ]);
    expect(io.stdout + io.stderr).not.toMatch(STACK_FRAME);
    expect(io.stdout + io.stderr).not.toMatch(/Call log/);
  });

  it('--json prints one document with the figures and the failures', async () => {
    const io = capture();
    expect(await runBench([], { json: true, only: 'broken,last' }, groups, io)).toBe(1);
    const doc = JSON.parse(io.stdout);
    expect(doc.figures.map((f: { name: string }) => f.name)).toEqual(['last-full']);
    expect(doc.failures).toEqual([{ group: 'broken', reason: 'no chromium at /usr/bin/chromium' }]);
  });

  it('exit code 0 when every group chosen succeeds', async () => {
    const io = capture();
    expect(await runBench([], { only: 'last,first' }, groups, io)).toBe(0);
    expect(io.stdout.indexOf('last-full')).toBeLessThan(io.stdout.indexOf('first-figure'));
    expect(io.stderr).not.toMatch(/failed/);
  });

  it('oneLine keeps the first non-empty line of a message, and names an error without one', () => {
    expect(oneLine(new Error('\n  first\nsecond'))).toBe('first');
    expect(oneLine(new TypeError(''))).toBe('TypeError');
    expect(oneLine(42)).toBe('42');
  });
});

describe('a failed vite build', () => {
  it('is reported as its first tagged error and where, without the stack', () => {
    const stderr = [
      '\u001b[31m✗\u001b[0m Build failed in 440ms', 'error during build:', 'Build failed with 1 error:', '',
      '\u001b[31m[builtin:vite-transform] \u001b[0mUnexpected token', '     ╭─[ src/app/App.tsx:138:14 ]', '',
      '    at aggregateBindingErrorsIntoJsError (file:///x/rolldown/error.mjs:50:18)',
    ].join('\n');
    expect(buildError(stderr)).toBe('[builtin:vite-transform] Unexpected token (src/app/App.tsx:138:14)');
    expect(buildError('')).toBeNull();
  });
});
