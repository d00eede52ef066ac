/**
 * Pure edits of an experiment's study (docs/spec.md §8) for the Studies view: a first study
 * from the current experiment, a variant from what the user picked to vary (each a `set` of
 * dotted paths whose values replace the file's whole), seeds typed as a list, the
 * re-initialisation range and the baselines with their sizes. The store commits the result
 * through the parser, which refuses a variant that would make the file invalid and names it.
 */
import { DEFAULT_LEARNING_RATE } from '../../model/parseTraining';
import type { BaselineSpec, Experiment, GradientMethodName, Study, StudyVariant } from '../../model/types';

/** What a variant may vary, as the "Add a variant" form offers it. */
export type VaryKind = 'gradient' | 'sampling' | 'optimizer' | 'recurrence' | 'model';

export const VARY_LABELS: Record<VaryKind, string> = {
  gradient: 'Gradient method and shots',
  sampling: 'Shot sampling',
  optimizer: 'Optimizer and learning rate',
  recurrence: 'Recurrence',
  model: 'Qubit counts (a preset’s cell)',
};

export const GRADIENT_CHOICES: readonly GradientMethodName[] = ['parameter-shift', 'adjoint', 'finite-difference', 'spsa'];
export const OPTIMIZER_CHOICES = ['adam', 'sgd', 'spsa', 'lbfgs'] as const;
export const SAMPLING_CHOICES = ['independent', 'trajectory'] as const;
export const RECURRENCE_CHOICES = ['measure-reset', 'coherent'] as const;

/** One choice of the form, with what it needs. */
export type VaryChoice =
  | { kind: 'gradient'; method: GradientMethodName; shots: number | null }
  | { kind: 'sampling'; sampling: (typeof SAMPLING_CHOICES)[number] }
  | { kind: 'optimizer'; optimizer: (typeof OPTIMIZER_CHOICES)[number]; learningRate: number }
  | { kind: 'recurrence'; recurrence: (typeof RECURRENCE_CHOICES)[number] }
  | { kind: 'model'; preset: string; label: string; file: { model: unknown; params: unknown; frozen?: unknown } };

const shotsWords = (shots: number | null) => (shots === null ? 'exact' : `${shots.toLocaleString('en-US')} shots`);
const OPTIMIZER_NAMES: Record<(typeof OPTIMIZER_CHOICES)[number], string> = { adam: 'Adam', sgd: 'SGD', spsa: 'SPSA', lbfgs: 'L-BFGS' };

/** A name for the variant a choice makes: what it sets, in a few words. */
export function suggestedName(choice: VaryChoice): string {
  switch (choice.kind) {
    case 'gradient': return `${choice.method}, ${shotsWords(choice.shots)}`;
    case 'sampling': return `${choice.sampling} sampling`;
    case 'optimizer': return choice.optimizer === 'lbfgs' ? 'L-BFGS' : `${OPTIMIZER_NAMES[choice.optimizer]}, rate ${choice.learningRate}`;
    case 'recurrence': return `${choice.recurrence} recurrence`;
    case 'model': return `cell of ${choice.label}`;
  }
}

/**
 * The `set` of a choice on `experiment`. A path's value replaces the file's whole, so a
 * gradient or sampling choice keeps the file's other gradient fields, and a model choice
 * brings the preset's parameters and frozen list with its cell.
 */
export function setOf(choice: VaryChoice, experiment: Experiment): Record<string, unknown> {
  const gradient = experiment.training.gradient;
  switch (choice.kind) {
    case 'gradient': return { 'training.gradient': { ...gradient, method: choice.method, shots: choice.shots } };
    case 'sampling': return { 'training.gradient': { ...gradient, sampling: choice.sampling } };
    case 'optimizer': return { 'training.optimizer': choice.optimizer === 'lbfgs' ? { kind: 'lbfgs', memory: 10 } : { kind: choice.optimizer, learningRate: choice.learningRate } };
    case 'recurrence': return { 'model.recurrence': choice.recurrence };
    case 'model': return { model: choice.file.model, params: choice.file.params, frozen: choice.file.frozen ?? [] };
  }
}

/** The first study of an experiment: the experiment as it is, over three seeds. */
export function firstStudy(): Study {
  return { variants: [{ name: 'as is', set: {} }], seeds: [1, 2, 3] };
}

/** `study` with one more variant. */
export const withVariant = (study: Study, variant: StudyVariant): Study => ({ ...study, variants: [...study.variants, variant] });

/** `study` without variant `index`. */
export const withoutVariant = (study: Study, index: number): Study => ({ ...study, variants: study.variants.filter((_, i) => i !== index) });

/** Seeds typed as numbers separated by spaces or commas, or `null` when a token is not a whole number. */
export function parseSeeds(text: string): number[] | null {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (tokens.length === 0) return null;
  const seeds = tokens.map(Number);
  return seeds.every((s) => Number.isInteger(s)) ? seeds : null;
}

export const withSeeds = (study: Study, seeds: number[]): Study => ({ ...study, seeds });

/** `study` with re-initialisation from `[low, high)`, or without it (`null`). */
export function withReinitialize(study: Study, range: { low: number; high: number } | null): Study {
  const next = { ...study };
  if (range) next.reinitialize = range;
  else delete next.reinitialize;
  return next;
}

export const BASELINE_ORDER = ['lstm', 'gru', 'esn', 'linear'] as const;
export type BaselineKind = (typeof BASELINE_ORDER)[number];

/** Each baseline's size field, its words, and the size a new one starts with. */
export const BASELINE_SIZE: Record<BaselineKind, { field: 'hidden' | 'units' | 'lags'; label: string; start: number; name: string }> = {
  lstm: { field: 'hidden', label: 'hidden units', start: 2, name: 'LSTM' },
  gru: { field: 'hidden', label: 'hidden units', start: 2, name: 'GRU' },
  esn: { field: 'units', label: 'reservoir units', start: 20, name: 'Echo-state network' },
  linear: { field: 'lags', label: 'lags', start: 4, name: 'Linear on the last inputs' },
};

/** The size of a baseline spec. */
export const baselineSize = (b: BaselineSpec): number => (b.kind === 'esn' ? b.units : b.kind === 'linear' ? b.lags : b.hidden);

/** A baseline of `kind` and `size`, keeping the other settings of `previous` (its learning rate, its spectral radius). */
export function baselineOf(kind: BaselineKind, size: number, previous?: BaselineSpec): BaselineSpec {
  if (kind === 'esn') return { spectralRadius: 0.9, ...(previous?.kind === 'esn' ? previous : {}), kind, units: size };
  if (kind === 'linear') return { ...(previous?.kind === 'linear' ? previous : {}), kind, lags: size };
  return { ...(previous?.kind === kind ? previous : {}), kind, hidden: size };
}

/** `study` with the baseline of `kind` at `size` (in the SPEC's kind order), or without it (`null`). */
export function withBaseline(study: Study, kind: BaselineKind, size: number | null): Study {
  const current = study.baselines ?? [];
  const previous = current.find((b) => b.kind === kind);
  const others = current.filter((b) => b.kind !== kind);
  const baselines = size === null ? others : [...others, baselineOf(kind, size, previous)];
  baselines.sort((a, b) => BASELINE_ORDER.indexOf(a.kind) - BASELINE_ORDER.indexOf(b.kind));
  const next = { ...study };
  if (baselines.length > 0) next.baselines = baselines;
  else delete next.baselines;
  return next;
}

/**
 * What a variant's `set` does, in words: "training.gradient = {method: spsa, shots: 1000}". A
 * QLSTM model (docs/spec.md §7) is named by its sizes, and the `params` and `frozen` that come
 * with it by their counts.
 */
export function describeSet(set: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(set);
  if (entries.length === 0) return 'the file as it is';
  const model = set.model as { kind?: unknown; inputSize?: unknown; hiddenSize?: unknown; layers?: unknown } | undefined;
  if (model && model.kind === 'qlstm') {
    const rest = entries.filter(([k]) => k !== 'model' && k !== 'params' && k !== 'frozen');
    const { inputSize: i, hiddenSize: h, layers: L } = model;
    const words = `a QLSTM: ${i} input + ${h} hidden ${Number(i) + Number(h) === 1 ? 'qubit' : 'qubits'}, ${L} ${L === 1 ? 'layer' : 'layers'}, six circuits`;
    return [words, ...rest.map(([k, v]) => describeSet({ [k]: v }))].join('; ');
  }
  const value = (v: unknown): string => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length > 4) return `{${keys.length} fields}`;
      return `{${keys.map((k) => `${k}: ${value((v as Record<string, unknown>)[k])}`).join(', ')}}`;
    }
    if (Array.isArray(v)) return v.length > 4 ? `[${v.length} items]` : `[${v.map(value).join(', ')}]`;
    return v === null ? 'exact' : String(v);
  };
  return entries.map(([k, v]) => `${k} = ${value(v)}`).join('; ');
}

/** The learning rate a new optimizer variant starts with: the file's, else the default. */
export function startingLearningRate(experiment: Experiment): number {
  return experiment.training.optimizer.learningRate ?? DEFAULT_LEARNING_RATE;
}
