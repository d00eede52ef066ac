/**
 * Pure edits of an experiment's training, noise and dataset settings, for the Training
 * panel's form: each returns a new experiment (the store's commit checks it with the parser,
 * which refuses a bad value by field and leaves the experiment as it was).
 */
import type { Experiment, GradientMethodName, OptimizerKind, Sampling } from '../model/types';

export type SettingField =
  | 'method' | 'shots' | 'sampling' | 'optimizer' | 'learningRate' | 'epochs' | 'batchSize' | 'seed'
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
export function withSetting(e: Experiment, field: SettingField, value: string | number | null): Experiment {
  const next: Experiment = structuredClone(e);
  const training = next.training;
  const noise = { p1: 0, p2: 0, gamma: 0, q: 0, ...next.model.noise };
  switch (field) {
    case 'method': training.gradient = { ...training.gradient, method: value as GradientMethodName }; break;
    case 'shots': training.gradient = { ...training.gradient, shots: value as number | null }; break;
    case 'sampling': training.gradient = { ...training.gradient, sampling: value as Sampling }; break;
    case 'optimizer': training.optimizer = { ...training.optimizer, kind: value as OptimizerKind }; break;
    case 'learningRate': training.optimizer = { ...training.optimizer, learningRate: value as number }; break;
    case 'epochs': training.epochs = value as number; break;
    case 'batchSize': training.batchSize = value as number; break;
    case 'seed': training.seed = value as number; break;
    case 'p1': case 'p2': case 'gamma': case 'q':
      next.model.noise = { ...noise, [field]: value as number };
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
