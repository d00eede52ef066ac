/**
 * The realm boundaries of docs/architecture.md §2 are lint rules (eslint.config.js); these
 * tests lint small imports as if they stood in each folder, so a rule that is loosened or
 * lost fails here rather than going unnoticed.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary rules `code` breaks when it is the file `path`. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('realm boundaries', () => {
  it.each([
    ['src/plots/x.ts', "import { rovingMove } from '../ui/timeline/readout';\nexport const a = rovingMove;"],
    ['src/ui/x.ts', "import { openLab } from '../app/openLab';\nexport const a = openLab;"],
    ['src/ui/x.ts', "import { simulate } from '../simulation/simulate';\nexport const a = simulate;"],
    ['src/ui/x.ts', "import { buildDataset } from '../data/build';\nexport const a = buildDataset;"],
    ['src/ui/x.ts', "export const a = () => import('../data/csvData');"],
    ['src/plots/x.ts', "import { adjoint } from '../gradients/adjoint';\nexport const a = adjoint;"],
    ['src/app/x.ts', "import { createLabService } from '../worker/labService';\nexport const a = createLabService;"],
    ['src/store/x.ts', "import { train } from '../training/trainer';\nexport const a = train;"],
    ['src/model/x.ts', "import { simulate } from '../simulation/simulate';\nexport const a = simulate;"],
    ['src/simulation/x.ts', "import { adjoint } from '../gradients/adjoint';\nexport const a = adjoint;"],
    ['src/gradients/x.ts', "import { randomProblem } from '../testing/randomCells';\nexport const a = randomProblem;"],
    ['src/text/x.ts', "import { labStore } from '../store';\nexport const a = labStore;"],
    ['src/ui/x.ts', "import { createBaselineTrainer } from '../baselines';\nexport const a = createBaselineTrainer;"],
    ['src/store/x.ts', "import { createBaselineTrainer } from '../baselines/trainer';\nexport const a = createBaselineTrainer;"],
    ['src/app/x.ts', "export const a = () => import('../baselines/trainer');"],
    ['src/training/x.ts', "import { createBaselineTrainer } from '../baselines/trainer';\nexport const a = createBaselineTrainer;"],
    ['src/simulation/x.ts', "import { lstmRecurrence } from '../baselines/lstm';\nexport const a = lstmRecurrence;"],
    ['src/baselines/x.ts', "import { adjoint } from '../gradients/adjoint';\nexport const a = adjoint;"],
    ['src/baselines/x.ts', "import { labStore } from '../store';\nexport const a = labStore;"],
    ['src/store/x.ts', "import { runPoolTask } from '../worker/poolTasks';\nexport const a = runPoolTask;"],
    ['src/worker/studyPool.ts', "import { runStudyJob } from '../study/runJob';\nexport const a = runStudyJob;"],
  ])('%s may not: %s', async (path, code) => {
    expect(await broken(path, code)).not.toEqual([]);
  });

  it.each([
    ['src/ui/x.ts', "import type { CsvColumn } from '../worker/protocol';\nimport { COMPARE_LIMITS } from '../worker/teachingProtocol';\nexport type A = CsvColumn;\nexport const b = COMPARE_LIMITS;"],
    ['src/plots/x.ts', "import { describeOccurrence } from '../text/occurrence';\nexport const a = describeOccurrence;"],
    ['src/gradients/x.ts', "import { simulate } from '../simulation/simulate';\nexport const a = simulate;"],
    ['src/gradients/x.test.ts', "import { randomProblem } from '../testing/randomCells';\nexport const a = randomProblem;"],
    ['src/baselines/x.ts', "import { epochBatches } from '../training/trainer';\nimport { mse } from '../simulation/head';\nexport const a = [epochBatches, mse];"],
    ['src/worker/x.ts', "import { createBaselineTrainer } from '../baselines';\nexport const a = createBaselineTrainer;"],
    ['src/cli/x.ts', "import { createBaselineTrainer } from '../baselines';\nexport const a = createBaselineTrainer;"],
    ['src/app/x.ts', "import { runStudyInPool } from '../worker/studyPool';\nexport const a = runStudyInPool;"],
  ])('%s may: %s', async (path, code) => {
    expect(await broken(path, code)).toEqual([]);
  });
});
