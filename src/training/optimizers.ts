/**
 * Optimizers as pure `(state, gradient) -> state` updates over named parameters. Each keeps
 * its own state (momentum, Adam moments, SPSA iteration); frozen parameters are never
 * passed in, so they stay put.
 *
 * - `sgd`: `v <- momentum v + g`, `theta <- theta - lr v` (momentum default 0).
 * - `adam`: Kingma & Ba, `beta1 = 0.9`, `beta2 = 0.999`, `eps = 1e-8`, bias-corrected.
 * - `spsa`: Spall's recursion `theta <- theta - a_k g_k`, `a_k = a / (A + k + 1)^alpha`,
 *   with `a` the learning rate, `alpha = 0.602` and `A` 10% of the planned iterations; the
 *   trainer pairs it with SPSA estimates at `c_k = c / (k + 1)^gamma`.
 * - `ridge` is not a step rule: see ridge.ts.
 * - `lbfgs` takes whole iterations with a line search, not steps: see lbfgs.ts; its state
 *   rides here so the trainer's snapshot carries every optimizer the same way.
 */
import { pow } from '../core/detmath';
import { LBFGS_MEMORY } from '../model/parseTraining';
import type { OptimizerSpec } from '../model/types';
import { initialLbfgsState, type LbfgsState } from './lbfgs';

export interface OptimizerState {
  kind: OptimizerSpec['kind'];
  /** Completed updates. */
  iteration: number;
  /** Per-parameter buffers: momentum (sgd) or first moments (adam). */
  m: Record<string, number>;
  /** Second moments (adam). */
  v: Record<string, number>;
  /** L-BFGS's curvature pairs and line-search memory (lbfgs only). */
  lbfgs?: LbfgsState;
}

export interface OptimizerSettings {
  /** `NaN` for lbfgs, which has none (its line search picks the step). */
  learningRate: number;
  /** L-BFGS: the curvature pairs kept. */
  memory: number;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** SPSA: `alpha` and the stability constant `A`. */
  alpha: number;
  stability: number;
}

export const OPTIMIZER_DEFAULTS = { momentum: 0, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, alpha: 0.602 } as const;

/** Settings from the file's optimizer block (unknown keys ignored), with `plannedIterations` for SPSA's `A`. */
export function optimizerSettings(spec: OptimizerSpec, plannedIterations: number): OptimizerSettings {
  const num = (key: string, fallback: number) => (typeof spec[key] === 'number' && Number.isFinite(spec[key]) ? (spec[key] as number) : fallback);
  return {
    learningRate: spec.kind === 'lbfgs' ? Number.NaN : spec.learningRate,
    memory: spec.kind === 'lbfgs' ? spec.memory : LBFGS_MEMORY.fallback,
    momentum: num('momentum', OPTIMIZER_DEFAULTS.momentum),
    beta1: num('beta1', OPTIMIZER_DEFAULTS.beta1),
    beta2: num('beta2', OPTIMIZER_DEFAULTS.beta2),
    epsilon: num('epsilon', OPTIMIZER_DEFAULTS.epsilon),
    alpha: num('alpha', OPTIMIZER_DEFAULTS.alpha),
    stability: num('A', Math.max(0, Math.round(0.1 * plannedIterations))),
  };
}

export function initialOptimizerState(kind: OptimizerSpec['kind']): OptimizerState {
  return kind === 'lbfgs' ? { kind, iteration: 0, m: {}, v: {}, lbfgs: initialLbfgsState() } : { kind, iteration: 0, m: {}, v: {} };
}

/** One update: new parameters and new state (inputs are not mutated). */
export function optimizerStep(
  state: OptimizerState, settings: OptimizerSettings, params: Readonly<Record<string, number>>, gradient: Readonly<Record<string, number>>,
): { params: Record<string, number>; state: OptimizerState } {
  const next: Record<string, number> = { ...params };
  const m = { ...state.m }, v = { ...state.v };
  const k = state.iteration;
  for (const [p, g] of Object.entries(gradient)) {
    switch (state.kind) {
      case 'sgd': {
        m[p] = settings.momentum * (m[p] ?? 0) + g;
        next[p] = params[p] - settings.learningRate * m[p];
        break;
      }
      case 'adam': {
        m[p] = settings.beta1 * (m[p] ?? 0) + (1 - settings.beta1) * g;
        v[p] = settings.beta2 * (v[p] ?? 0) + (1 - settings.beta2) * g * g;
        const mHat = m[p] / (1 - pow(settings.beta1, k + 1));
        const vHat = v[p] / (1 - pow(settings.beta2, k + 1));
        next[p] = params[p] - (settings.learningRate * mHat) / (Math.sqrt(vHat) + settings.epsilon);
        break;
      }
      case 'spsa': {
        next[p] = params[p] - spsaGain(settings, k) * g;
        break;
      }
      case 'ridge':
        throw new Error('ridge is solved in closed form, not stepped');
      case 'lbfgs':
        throw new Error('lbfgs takes whole iterations with a line search (lbfgs.ts), not steps');
    }
  }
  return { params: next, state: { kind: state.kind, iteration: k + 1, m, v } };
}

/** `a_k = a / (A + k + 1)^alpha`. */
export function spsaGain(settings: OptimizerSettings, k: number): number {
  return settings.learningRate / pow(settings.stability + k + 1, settings.alpha);
}
