/**
 * Every study preset (a `public/experiments/study-*.json` file) runs with `qrnn study`, and its
 * output is the same with one worker and with two (docs/spec.md §8), apart from the wall-clock
 * `seconds` of each epoch.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const presets = readdirSync(new URL('../../public/experiments/', import.meta.url)).filter((f) => f.startsWith('study-') && f.endsWith('.json')).sort();

function study(file: string, workers: number) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'study', `public/experiments/${file}`, '--workers', String(workers), '--json'], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout) as { runs: { status: string; history: { seconds?: number }[] }[]; summary: unknown[] };
  for (const run of doc.runs) for (const h of run.history) delete h.seconds;
  return doc;
}

describe('the study presets run, and give the same output with 1 and 2 workers', () => {
  it('there are the three study presets of the studies issue and the QLSTM one', () => {
    expect(presets).toEqual(['study-bfgs-under-shots.json', 'study-qrnn-vs-qlstm.json', 'study-quantum-vs-classical.json', 'study-spsa-vs-shift.json']);
  });

  it('study-qrnn-vs-qlstm runs the QLSTM variant as a QLSTM, with its parameter count, beside the QRNN and the LSTM', () => {
    const doc = study('study-qrnn-vs-qlstm.json', 2) as unknown as { summary: { variant: string; kind: string; parameters: number; finalTrainLoss: { mean: number } }[] };
    expect(doc.summary.map((s) => [s.kind, s.parameters])).toEqual([['qrnn', 7], ['qlstm', 39], ['lstm', 35]]);
    for (const s of doc.summary) expect(s.finalTrainLoss.mean).toBeLessThan(0.2);
  }, 240_000);
  for (const file of presets) {
    it(file, () => {
      const one = study(file, 1);
      expect(study(file, 2)).toEqual(one);
      expect(one.runs.every((r) => r.history.length > 0)).toBe(true);
    }, 240_000);
  }
});
