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
  it('there are the three study presets of the issue', () => {
    expect(presets).toEqual(['study-bfgs-under-shots.json', 'study-quantum-vs-classical.json', 'study-spsa-vs-shift.json']);
  });
  for (const file of presets) {
    it(file, () => {
      const one = study(file, 1);
      expect(study(file, 2)).toEqual(one);
      expect(one.runs.every((r) => r.history.length > 0)).toBe(true);
    }, 240_000);
  }
});
