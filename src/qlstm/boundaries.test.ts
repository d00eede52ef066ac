/**
 * The realm boundaries of src/qlstm (docs/architecture.md §2, eslint.config.js): it reads the
 * pure core below it, nothing reads it but the trainer's `engines.ts` and the command line,
 * the page never reaches it, and it keeps to the deterministic math. Linted as if each
 * snippet stood in the folder named, as src/testing/boundaries.test.ts does for the others.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary and determinism rules `code` breaks when it is the file `path`. */
async function broken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  const rules = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-properties'];
  return result.messages.filter((m) => rules.includes(m.ruleId ?? '')).map((m) => m.message);
}

describe('src/qlstm boundaries', () => {
  it.each([
    ['src/ui/x.ts', "import { qlstmAdjoint } from '../qlstm/adjoint';\nexport const a = qlstmAdjoint;"],
    ['src/store/x.ts', "export const a = () => import('../qlstm/simulate');"],
    ['src/gradients/x.ts', "import { qlstmAdjoint } from '../qlstm/adjoint';\nexport const a = qlstmAdjoint;"],
    ['src/simulation/x.ts', "import { forward } from '../qlstm/lstm';\nexport const a = forward;"],
    ['src/model/x.ts', "import { circuitGates } from '../qlstm/circuit';\nexport const a = circuitGates;"],
    ['src/qlstm/x.ts', "import { createTrainer } from '../training/trainer';\nexport const a = createTrainer;"],
    ['src/qlstm/x.ts', "import { buildDataset } from '../data/build';\nexport const a = buildDataset;"],
    ['src/qlstm/x.ts', "import { randomQlstmProblem } from '../testing/randomQlstm';\nexport const a = randomQlstmProblem;"],
    ['src/qlstm/x.ts', 'export const a = Math.tanh(1);'],
  ])('%s may not: %s', async (path, code) => {
    expect(await broken(path, code)).not.toEqual([]);
  });

  it.each([
    ['src/qlstm/x.ts', "import { sampleExpectation } from '../gradients/shots';\nimport { mse } from '../simulation/head';\nimport { tanh } from '../core/detmath';\nexport const a = [sampleExpectation, mse, tanh];"],
    ['src/training/x.ts', "import { QLSTM_GRADIENT_REGISTRY } from '../qlstm/registry';\nexport const a = QLSTM_GRADIENT_REGISTRY;"],
    ['src/cli/x.ts', "import { wholeSequenceShift } from '../qlstm/wholeSequenceShift';\nexport const a = wholeSequenceShift;"],
    ['src/qlstm/x.test.ts', "import { randomQlstmProblem } from '../testing/randomQlstm';\nexport const a = randomQlstmProblem;"],
  ])('%s may: %s', async (path, code) => {
    expect(await broken(path, code)).toEqual([]);
  });
});
