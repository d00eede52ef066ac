/**
 * Pure edits of an experiment's training, noise and dataset settings, for the Training
 * panel's form: each returns a new experiment (the store's commit checks it with the parser,
 * which refuses a bad value by field and leaves the experiment as it was).
 */
import { DEFAULT_LEARNING_RATE, LBFGS_MEMORY } from '../model/parseTraining';
import { isQlstmExperiment, type AnyExperiment, type GradientMethodName, type OptimizerKind, type OptimizerSpec, type Sampling } from '../model/types';

export type SettingField =
  | 'method' | 'shots' | 'sampling' | 'optimizer' | 'learningRate' | 'memory' | 'epochs' | 'batchSize' | 'seed'
  | 'p1' | 'p2' | 'gamma' | 'q'
  | 'dataKind' | 'window' | 'horizon' | 'split' | 'dataSeed';

/** The generators a user may switch to here (CSV data comes from Load CSV). */
export const GENERATED_KINDS = ['sine', 'sequence', 'mackey-glass', 'lorenz', 'kuramoto-sivashinsky'] as const;

/**
 * Parses a typed value: numbers as numbers (empty means "not set"), `shots` empty as exact;
 * returns `undefined` for text that is not a number, which the form reports itself.
 */
export function parseSettingValue(field: SettingField, text: string): string | number | null | undefined {
  if (field === 'method' || field === 'sampling' || field === 'optimizer' || field === 'dataKind') return text;
  const trimmed = text.trim();
  if (trimmed === '') return field === 'shots' ? null : undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** The experiment with one setting changed (a copy; the input is not mutated). */
export function withSetting<E extends AnyExperiment>(e: E, field: SettingField, value: string | number | null): E {
  const next: E = structuredClone(e);
  const training = next.training;
  switch (field) {
    case 'method': training.gradient = { ...training.gradient, method: value as GradientMethodName }; break;
    case 'shots': training.gradient = { ...training.gradient, shots: value as number | null }; break;
    case 'sampling': training.gradient = { ...training.gradient, sampling: value as Sampling }; break;
    case 'optimizer': training.optimizer = withOptimizerKind(training.optimizer, value as OptimizerKind); break;
    case 'learningRate': training.optimizer = { ...training.optimizer, learningRate: value as number }; break;
    case 'memory': training.optimizer = { ...training.optimizer, memory: value as number }; break;
    case 'epochs': training.epochs = value as number; break;
    case 'batchSize': training.batchSize = value as number; break;
    case 'seed': training.seed = value as number; break;
    case 'p1': case 'p2': case 'gamma': case 'q':
      // Noise is the QRNN's density-matrix channel; a QLSTM's circuits are pure states (docs/spec.md §7).
      if (!isQlstmExperiment(next)) next.model.noise = { p1: 0, p2: 0, gamma: 0, q: 0, ...next.model.noise, [field]: value as number };
      break;
    case 'dataKind': {
      // A new generator starts from its own defaults; the windowing choices carry over.
      const { window, horizon, split, normalize, seed } = next.data as Record<string, unknown>;
      next.data = { kind: value as (typeof GENERATED_KINDS)[number], ...Object.fromEntries(Object.entries({ window, horizon, split, normalize, seed }).filter(([, v]) => v !== undefined)) };
      break;
    }
    case 'window': case 'horizon': case 'split':
      next.data = { ...next.data, [field]: value as number };
      break;
    case 'dataSeed': next.data = { ...next.data, seed: value as number }; break;
  }
  return next;
}

/**
 * The optimizer block with another kind. L-BFGS has no learning rate and the others have no
 * memory (docs/spec.md §5.4): the field the old kind used and the new one does not is dropped,
 * and the new kind starts from its default (learning rate 0.05, memory 10), so a file saved
 * from the form carries no field without effect. Other fields stay.
 */
function withOptimizerKind(optimizer: OptimizerSpec, kind: OptimizerKind): OptimizerSpec {
  const rest = Object.fromEntries(Object.entries(optimizer).filter(([key]) => key !== 'kind' && key !== 'learningRate' && key !== 'memory'));
  if (kind === 'lbfgs') return { ...rest, kind, memory: optimizer.kind === 'lbfgs' ? optimizer.memory : LBFGS_MEMORY.fallback };
  return { ...rest, kind, learningRate: optimizer.kind === 'lbfgs' ? DEFAULT_LEARNING_RATE : optimizer.learningRate };
}
