/**
 * QLSTM experiments (docs/spec.md §7) for the tests of the exports: every QLSTM reference
 * case, every QLSTM preset with its first window (generated data), and random models of
 * every shape the SPEC singles out (`n = 2`, where the second CNOT ring is absent; several
 * inputs; several layers; several outputs with a washout and unscored steps). Each is a
 * valid file: the random ones are written as a user would write them (numbers for
 * `inputSize = 1` and for one output) and go through the parser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { firstSequence } from '../data';
import { defaultTraining, parseAnyExperiment, parseAnyExperimentText } from '../model/parse';
import { isQlstmExperiment, type QlstmExperiment, type Sequence } from '../model/types';
import { QLSTM_CASE_NAMES, caseText } from './cases';
import { randomQlstmProblem, type RandomQlstmOptions } from './randomQlstm';

export interface QlstmExportCase {
  name: string;
  experiment: QlstmExperiment;
  /** The sequence the exports run: the inline data, or the generator's first window. */
  sequence: Sequence;
}

const PRESETS = new URL('../../public/experiments/', import.meta.url);

/** The shapes of the random cases, with their seeds. */
export const RANDOM_QLSTM_SHAPES: readonly (RandomQlstmOptions & { seed: number })[] = [
  { seed: 1, inputSize: 1, hiddenSize: 1, layers: 1, steps: 4 },
  { seed: 2, inputSize: 1, hiddenSize: 1, layers: 3, steps: 3 },
  { seed: 3, inputSize: 2, hiddenSize: 1, layers: 2, steps: 5 },
  { seed: 4, inputSize: 1, hiddenSize: 3, layers: 1, steps: 4 },
  { seed: 5, inputSize: 2, hiddenSize: 2, layers: 1, steps: 6, outputs: 2, washout: 1 },
  { seed: 6, inputSize: 3, hiddenSize: 2, layers: 2, steps: 3 },
];

function parsed(text: string, where: string): QlstmExperiment {
  const result = parseAnyExperimentText(text);
  if (!result.ok || !isQlstmExperiment(result.experiment)) throw new Error(`${where} is not a valid QLSTM file: ${JSON.stringify(result)}`);
  return result.experiment;
}

/** A random QLSTM as the file a user would write (`randomQlstmProblem`), checked by the parser. */
export function randomQlstmExperiment(shape: RandomQlstmOptions & { seed: number }): QlstmExportCase {
  const p = randomQlstmProblem(shape.seed, shape);
  const single = (row: number[]) => (row.length === 1 ? row[0] : row);
  const file = {
    format: 'qrnn-lab.experiment', version: 1,
    name: `random QLSTM ${shape.seed}: input ${shape.inputSize}, hidden ${shape.hiddenSize}, ${shape.layers} layer${shape.layers === 1 ? '' : 's'}`,
    model: p.model, params: p.params, frozen: [],
    data: { kind: 'inline', inputs: p.sequence.inputs.map(single), targets: p.sequence.targets.map((y) => (y === null ? null : single(y))) },
    loss: p.loss, training: defaultTraining(),
  };
  const result = parseAnyExperiment(file);
  if (!result.ok || !isQlstmExperiment(result.experiment)) throw new Error(`random QLSTM ${shape.seed} is not valid: ${JSON.stringify(result)}`);
  return { name: file.name, experiment: result.experiment, sequence: p.sequence };
}

/** Every QLSTM reference case and preset, then the random models. */
export function qlstmExportCases(): QlstmExportCase[] {
  const presets = readdirSync(PRESETS).filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, text: readFileSync(new URL(f, PRESETS), 'utf8') }))
    .filter(({ text }) => (JSON.parse(text) as { model?: { kind?: string } }).model?.kind === 'qlstm');
  const files = [
    ...QLSTM_CASE_NAMES.map((name) => ({ name, text: caseText(name) })),
    ...presets.map(({ f, text }) => ({ name: f, text })),
  ];
  const out = files.map(({ name, text }) => {
    const experiment = parsed(text, name);
    const sequence = firstSequence(experiment.data);
    if (!sequence) throw new Error(`${name} gives no sequence`);
    return { name, experiment, sequence };
  });
  return [...out, ...RANDOM_QLSTM_SHAPES.map(randomQlstmExperiment)];
}
