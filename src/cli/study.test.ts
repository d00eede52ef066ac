/**
 * `qrnn study` (docs/spec.md §8): the same output for any number of workers, a refusal for a
 * file without a study, and a pool that loses only the run of a crashed worker.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInWorkers } from './study/pool';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qrnn-study-'));
const sine = JSON.parse(readFileSync(join(root, 'public/experiments/sine.json'), 'utf8')) as Record<string, unknown>;

/** A small study of the sine preset: two variants, two seeds, four epochs. */
function smallStudy(extra: Record<string, unknown> = {}): string {
  const file = {
    ...sine,
    training: { ...(sine.training as object), epochs: 4 },
    study: {
      variants: [
        { name: 'parameter-shift', set: {} },
        { name: 'adjoint, Adam 0.1', set: { 'training.gradient': { method: 'adjoint', shots: null }, 'training.optimizer': { kind: 'adam', learningRate: 0.1 } } },
      ],
      seeds: [1, 2],
      ...extra,
    },
  };
  const path = join(dir, `study-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

function study(file: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'study', file, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The output without `seconds`, the one field allowed to differ between runs. */
function withoutSeconds(text: string) {
  const doc = JSON.parse(text) as { runs: { history: { seconds?: number }[] }[] };
  for (const run of doc.runs) for (const h of run.history) delete h.seconds;
  return doc;
}

describe('qrnn study FILE [--workers N] [--json]', () => {
  it('prints the same runs and summary with 1 and 2 workers, in the study order', () => {
    const file = smallStudy();
    const one = study(file, '--workers', '1', '--json'), two = study(file, '--workers', '2', '--json');
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(withoutSeconds(two.stdout)).toEqual(withoutSeconds(one.stdout));
    const doc = JSON.parse(one.stdout);
    expect(doc.runs.map((r: { variant: string; seed: number }) => `${r.variant}@${r.seed}`)).toEqual(['parameter-shift@1', 'parameter-shift@2', 'adjoint, Adam 0.1@1', 'adjoint, Adam 0.1@2']);
    expect(doc.summary.map((s: { variant: string; kind: string; parameters: number }) => [s.variant, s.kind, s.parameters])).toEqual([['parameter-shift', 'qrnn', 7], ['adjoint, Adam 0.1', 'qrnn', 7]]);
    expect(doc.runs[0].history).toHaveLength(4);
    expect(doc.runs[0].history.every((h: { seconds: number }) => h.seconds >= 0)).toBe(true);
  });

  it("the empty variant at the file's seed reproduces qrnn train, epoch for epoch and bit for bit", () => {
    const file = smallStudy();
    const doc = JSON.parse(study(file, '--workers', '1', '--json').stdout);
    const train = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'train', file, '--json'], { cwd: root, encoding: 'utf8' });
    const history = JSON.parse(train.stdout).history;
    expect(withoutSeconds(JSON.stringify(doc)).runs[0].history).toEqual(history);
  });

  it('refuses a file without a study, naming the field, with exit code 2', () => {
    const r = study(join(root, 'public/experiments/sine.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('study');
  });
});

describe('the worker pool', () => {
  const crashing = new URL('./study/crashingWorker.test-helper.ts', import.meta.url).href;
  const labels = (n: number) => Array.from({ length: n }, (_, i) => ({ variant: i < 2 ? 'parameter-shift' : 'adjoint, Adam 0.1', kind: 'qrnn' as const, seed: 1 + (i % 2), parameters: 7 }));

  for (const [times, outcome] of [[1, 'retried once and finished'], [2, 'marked failed after its retry']] as const) {
    it(`a run whose worker crashes ${times === 1 ? 'once is' : 'twice is'} ${outcome}; the other runs are untouched`, async () => {
      const counter = join(dir, `crashes-${times}`);
      writeFileSync(counter, '0');
      const text = readFileSync(smallStudy({ crashJob: 1, crashTimes: times, crashCounter: counter }), 'utf8');
      const results = await runInWorkers(text, labels(4), 2, undefined, crashing);
      expect(results.map((r) => r.status)).toEqual(['finished', times === 1 ? 'finished' : 'failed', 'finished', 'finished']);
      if (times === 2) expect(results[1]).toMatchObject({ variant: 'parameter-shift', seed: 2, history: [], message: 'the worker exited with code 3' });
      expect(results[0].history).toHaveLength(4);
    }, 60_000);
  }
});
