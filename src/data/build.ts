/**
 * Turning a `data` spec into a dataset: the generator's raw series, cut into windows, split in
 * time order, normalised with offset and scale fitted on the training span only. Never
 * throws: every problem becomes a `FieldError` naming the field.
 */
import { isQlstmModel, type AnyExperiment, type DataSpec, type FieldError, type Sequence } from '../model/types';
import { createFieldReader, isRecord } from './fields';
import { readInline } from './inline';
import { IDENTITY_NORMALIZATION, NORMALIZATION_KINDS, fitNormalization, normalize, type Normalization } from './normalization';
import { GENERATORS, isGeneratorKind } from './registry';
import type { RawSeries } from './series';
import { WINDOW_DEFAULTS, cutWindow, layoutWindows, readWindowing, trainInputEnd, type WindowLayout } from './windows';

/** Defaults of the fields every generator shares (`stride` defaults to `window`). */
const DATA_DEFAULTS = { ...WINDOW_DEFAULTS, normalize: 'minmax', seed: 1 } as const;

/** Windows, normalisation and the whole series of one `data` spec. */
export interface Dataset {
  /** Training windows, in time order, in normalised units. */
  train: Sequence[];
  /** Held-out windows after the training span, in normalised units (none for inline data). */
  test: Sequence[];
  /** The first target's normalisation (for a scalar series also the input one), fitted on the training span. */
  normalization: Normalization;
  /** Cross-prediction only: the input series' own normalisation. */
  inputNormalization?: Normalization;
  /** Cross-prediction only: the first target's normalisation (the same as `normalization`). */
  targetNormalization?: Normalization;
  /** Every target series' normalisation, one per output (docs/spec.md §5.3). */
  targetNormalizations: Normalization[];
  /**
   * The whole normalised series before windowing, index = time step: the target of output
   * `j` for input `inputs[t]` is `targets[j][t + layout.horizon]`. For inline data `inputs`
   * holds component 0 of each input and an unscored (null) target is NaN.
   */
  series: { inputs: number[]; targets: number[][] };
  /** Where the windows start in `series`, with the resolved window, horizon, stride and split. */
  layout: WindowLayout;
}

/** A dataset, or errors naming the `data` fields that stop it. */
export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; errors: FieldError[] };

const refuse = (path: string, message: string): DatasetResult => ({ ok: false, errors: [{ path, message }] });

/** Builds the dataset a `data` spec describes, or the errors that stop it. Never throws. */
export function buildDataset(spec: DataSpec): DatasetResult {
  try {
    return build(spec as unknown);
  } catch (error) {
    return refuse('data', `could not be built (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The first sequence a spec gives (inline: the sequence itself; generators: the first training window), or null if invalid. */
export function firstSequence(spec: DataSpec): Sequence | null {
  const result = buildDataset(spec);
  return result.ok ? result.dataset.train[0] ?? null : null;
}

/** The first sequence of a spec, or why there is none: the build's errors, or that it has no training window. */
export type FirstSequenceResult = { ok: true; sequence: Sequence } | { ok: false; errors: FieldError[] };

/** `firstSequence` with the reason kept: what a "no sequence to simulate" message should quote. */
export function firstSequenceResult(spec: DataSpec): FirstSequenceResult {
  const result = buildDataset(spec);
  if (!result.ok) return result;
  const sequence = result.dataset.train[0];
  if (sequence) return { ok: true, sequence };
  return { ok: false, errors: [{ path: 'data', message: 'the dataset has no training window: make the series longer or the window shorter' }] };
}

/**
 * What the parser cannot know until the data are built (docs/spec.md §2, Limits): every input
 * component an angle reads exists in the built sequences (`model.cell[i].angle.input`; a QLSTM
 * reads `inputSize` numbers, `model.inputSize`), and the washout is shorter than every
 * training and test sequence (`loss.washout`). Empty when the model fits the dataset.
 */
export function checkModelOnDataset(experiment: Pick<AnyExperiment, 'model' | 'loss'>, dataset: Pick<Dataset, 'train' | 'test'>): FieldError[] {
  const errors: FieldError[] = [];
  const sequences = [...dataset.train, ...dataset.test];
  const width = sequences.reduce((w, s) => Math.min(w, s.inputs[0]?.length ?? w), Infinity);
  const model = experiment.model;
  if (isQlstmModel(model)) {
    // A QLSTM reads the whole input vector (docs/spec.md §7): it must have inputSize numbers.
    if (Number.isFinite(width) && width !== model.inputSize) errors.push({ path: 'model.inputSize', message: `is ${model.inputSize} but the data give ${width === 1 ? 'one number' : `${width} numbers`} per step` });
  } else if (Number.isFinite(width)) {
    model.cell.forEach((gate, i) => {
      const angle = gate.angle;
      if (typeof angle !== 'object' || angle.input === undefined) return;
      const k = angle.input === true ? 0 : angle.input;
      if (k >= width) errors.push({ path: `model.cell[${i}].angle.input`, message: `input component ${k} is out of range: the data give ${width === 1 ? 'one number per step (component 0)' : `${width} numbers per step (components 0..${width - 1})`}` });
    });
  }
  const shortest = sequences.reduce((n, s) => Math.min(n, s.inputs.length), Infinity);
  const washout = experiment.loss.washout;
  if (Number.isFinite(shortest) && washout >= shortest) {
    errors.push({ path: 'loss.washout', message: `is ${washout} but the data's sequences have ${shortest} ${shortest === 1 ? 'step' : 'steps'}: the washout must be shorter than the sequence, or no step is scored` });
  }
  return errors;
}

function build(spec: unknown): DatasetResult {
  if (!isRecord(spec)) return refuse('data', 'must be an object with a "kind"');
  if (spec.kind === 'inline') return buildInline(spec);
  if (!isGeneratorKind(spec.kind)) {
    return refuse('data.kind', `must be one of 'inline', ${Object.keys(GENERATORS).map((k) => `'${k}'`).join(', ')}`);
  }
  const fields = createFieldReader(spec);
  const seed = fields.number('seed', DATA_DEFAULTS.seed, { integer: true });
  const kind = fields.oneOf('normalize', NORMALIZATION_KINDS, DATA_DEFAULTS.normalize);
  const w = readWindowing(fields);
  const result = GENERATORS[spec.kind].generate(fields, { seed, horizon: w.horizon });
  if (!result.ok || fields.errors.length > 0) {
    const own = result.ok ? [] : result.errors.filter((e) => !fields.errors.includes(e));
    return { ok: false, errors: [...fields.errors, ...own] };
  }
  const window = w.window ?? result.series.defaultWindow ?? DATA_DEFAULTS.window;
  const layout = layoutWindows(result.series.inputs.length, { window, horizon: w.horizon, stride: w.stride ?? window, split: w.split });
  if ('field' in layout) return refuse(`data.${layout.field}`, layout.message);
  return assemble(result.series, layout, kind);
}


/** Normalises and cuts a generated series laid out by `layout`. */
function assemble(raw: RawSeries, layout: WindowLayout, kind: Normalization['kind']): DatasetResult {
  const end = trainInputEnd(layout), h = layout.horizon;
  const inputNorm = fitNormalization(kind, raw.inputs, 0, raw.cross ? end : end + h);
  const targetNorms = raw.targets.map((y) => (raw.cross ? fitNormalization(kind, y, h, end + h) : inputNorm));
  const targetNorm = targetNorms[0];
  const inputs = normalize(raw.inputs, inputNorm);
  const targets = raw.targets.map((y, j) => (raw.cross ? normalize(y, targetNorms[j]) : inputs.slice()));
  if (!inputs.every(Number.isFinite) || !targets.every((y) => y.every(Number.isFinite))) {
    return refuse('data', 'the values are too large to normalise; rescale them');
  }
  const cut = (start: number): Sequence => cutWindow(inputs, targets, start, layout.window, h);
  const dataset: Dataset = {
    train: layout.trainStarts.map(cut),
    test: layout.testStarts.map(cut),
    normalization: targetNorm,
    targetNormalizations: targetNorms,
    series: { inputs, targets },
    layout,
  };
  if (raw.cross) { dataset.inputNormalization = inputNorm; dataset.targetNormalization = targetNorm; }
  return { ok: true, dataset };
}

function buildInline(spec: Record<string, unknown>): DatasetResult {
  const result = readInline(spec);
  if (!result.ok) return result;
  const seq = result.sequence, T = seq.inputs.length;
  const width = seq.targets.find((y) => y !== null)?.length ?? 1;
  return {
    ok: true,
    dataset: {
      train: [seq],
      test: [],
      normalization: { ...IDENTITY_NORMALIZATION },
      targetNormalizations: Array.from({ length: width }, () => ({ ...IDENTITY_NORMALIZATION })),
      series: { inputs: seq.inputs.map((x) => x[0]), targets: Array.from({ length: width }, (_, j) => seq.targets.map((y) => y?.[j] ?? NaN)) },
      layout: { window: T, horizon: 0, stride: T, split: 1, trainStarts: [0], testStarts: [] },
    },
  };
}
