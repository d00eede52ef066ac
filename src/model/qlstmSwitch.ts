/**
 * The model-kind switch and the QLSTM's sizes (docs/spec.md §7), as pure edits of the
 * experiment: everything but the model and its parameters (name, data, loss, training) is
 * kept, so a QRNN and a QLSTM of the same data can be compared by switching. A new QLSTM
 * angle starts at a small seeded value (the training seed's generator, the same each time),
 * and keeps its value when the sizes change while its name stays; the head starts at 0.5 on
 * every `VQC_y` value. Switching back to a QRNN restores the QRNN the document last held
 * (from the undo history), or the default sine cell when it never held one.
 */
import { createRng } from '../core/rng';
import { LIMITS, qlstmParamNames, type AnyExperiment, type DataSpec, type Experiment, type QlstmExperiment, type QlstmModel } from './types';

/** Chen, Yoo & Fang's default sizes: 3 hidden qubits (with one input, 4 in all) and two layers. */
export const DEFAULT_QLSTM_SIZES = { hiddenSize: 3, layers: 2 } as const;

/** The largest angle a new QLSTM parameter starts at (radians): small, so the gates start near their encodings. */
const INITIAL_SPREAD = 0.5;

export interface QlstmSizes {
  inputSize: number;
  hiddenSize: number;
  layers: number;
}

/** How many numbers each input `x_t` of the data holds: a generator's series one, inline data as written. */
export function dataInputWidth(data: DataSpec): number {
  if (data.kind !== 'inline') return LIMITS.generatorInputWidth;
  const first = (data.inputs as unknown[])[0];
  return Array.isArray(first) ? Math.max(1, first.length) : 1;
}

/**
 * The heads over the `n` values of `VQC_y`: weights `s0..s{n-1}` and bias `bias` as the
 * presets name them, and for several outputs `s{m}_{j}` and `bias{m}`, one head per output.
 */
function headOf(n: number, outputs: number): QlstmModel['head'] {
  if (outputs <= 1) return { weights: Array.from({ length: n }, (_, j) => `s${j}`), bias: 'bias' };
  return Array.from({ length: outputs }, (_, m) => ({ weights: Array.from({ length: n }, (_, j) => `s${m}_${j}`), bias: `bias${m}` }));
}

/** The parameters of a QLSTM of `sizes`: kept where a name stays, else seeded (angles) or 0.5 and 0 (head). */
function paramsOf(model: QlstmModel, seed: number, kept: Readonly<Record<string, number>>): Record<string, number> {
  const rng = createRng(seed);
  const params: Record<string, number> = {};
  for (const name of qlstmParamNames(model)) {
    const fresh = (2 * rng.next() - 1) * INITIAL_SPREAD;
    params[name] = Object.prototype.hasOwnProperty.call(kept, name) ? kept[name] : fresh;
  }
  for (const head of [model.head].flat()) {
    for (const w of head.weights) if (typeof w === 'string') params[w] = kept[w] ?? 0.5;
    if (typeof head.bias === 'string') params[head.bias] = kept[head.bias] ?? 0;
  }
  return params;
}

/**
 * The experiment with a QLSTM of `sizes` as its model (its other blocks as they were), with as
 * many outputs as `outputs` (default: a QLSTM's own, else one).
 */
export function withQlstm(experiment: AnyExperiment, sizes: QlstmSizes, outputs = experiment.model.kind === 'qlstm' ? [experiment.model.head].flat().length : 1): QlstmExperiment {
  const model: QlstmModel = { kind: 'qlstm', inputSize: sizes.inputSize, hiddenSize: sizes.hiddenSize, layers: sizes.layers, head: headOf(sizes.inputSize + sizes.hiddenSize, outputs) };
  const kept = experiment.model.kind === 'qlstm' ? experiment.params : {};
  const params = paramsOf(model, experiment.training.seed, kept);
  return { ...experiment, model, params, frozen: experiment.frozen.filter((p) => p in params) };
}

/** What a QRNN's document is called once switched to a QLSTM: its own name, saying so. */
export const qlstmNameOf = (name: string) => `${name} (as a QLSTM)`;
const QLSTM_NAME_SUFFIX = qlstmNameOf('');

/** The description a switched document takes: the QRNN's would describe its cell, which is gone. */
export const qlstmDescriptionOf = (name: string) => `The QLSTM of Chen, Yoo & Fang at its default size (an LSTM whose four gates and two output maps are small circuits, its memory classical) on the data, loss and training of “${name}”.`;

/** The file's `description` (a free top-level field), if it has one. */
const descriptionOf = (experiment: AnyExperiment): unknown => (experiment as unknown as Record<string, unknown>).description;

/**
 * The QLSTM a QRNN switches to: one input per data value, Chen's default hidden size and
 * layers, one head per output. What a QLSTM cannot train with becomes what it can (docs/spec.md
 * §7): ridge (a QRNN's head in closed form) becomes Adam at 0.05 with nothing frozen, and
 * trajectory sampling (a QRNN's steps from one run) independent sampling.
 */
export function switchedToQlstm(experiment: Experiment): QlstmExperiment {
  const { training } = experiment;
  const ridge = training.optimizer.kind === 'ridge';
  const { sampling: _, ...gradient } = training.gradient;
  const adapted: Experiment = {
    ...experiment,
    frozen: ridge ? [] : experiment.frozen,
    training: {
      ...training,
      gradient: training.gradient.sampling === 'trajectory' ? gradient : training.gradient,
      optimizer: ridge ? { kind: 'adam', learningRate: 0.05 } : training.optimizer,
    },
  };
  const outputs = Array.isArray(experiment.model.head) ? experiment.model.head.length : 1;
  const qlstm = withQlstm(adapted, { inputSize: dataInputWidth(experiment.data), ...DEFAULT_QLSTM_SIZES }, outputs);
  // The name says what the document now holds; the switch back restores both (switchedToQrnn).
  return { ...qlstm, name: qlstmNameOf(experiment.name), description: qlstmDescriptionOf(experiment.name) } as QlstmExperiment;
}

/**
 * The QRNN a QLSTM switches back to: `qrnn`'s model and parameters with this experiment's
 * other blocks. A name and description the switch to the QLSTM wrote are taken back (the
 * QRNN's own, or the name without its suffix); ones the user wrote since are kept.
 */
export function switchedToQrnn(experiment: QlstmExperiment, qrnn: Experiment): Experiment {
  const back: Experiment = { ...experiment, model: qrnn.model, params: qrnn.params, frozen: qrnn.frozen };
  if (!experiment.name.endsWith(QLSTM_NAME_SUFFIX)) return back;
  const name = experiment.name.slice(0, -QLSTM_NAME_SUFFIX.length);
  const restored: Record<string, unknown> = { ...back, name };
  if (descriptionOf(experiment) === qlstmDescriptionOf(name)) {
    // The QRNN's own description when it is the QRNN the document held, else none.
    const own = name === qrnn.name ? descriptionOf(qrnn) : undefined;
    if (own === undefined) delete restored.description;
    else restored.description = own;
  }
  return restored as unknown as Experiment;
}
