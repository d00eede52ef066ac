/**
 * The analysis half of the worker protocol: what `analyze` returns for one training
 * sequence of an experiment. The exact (adjoint) gradient with every occurrence's
 * contribution, the simulation of that sequence (outputs, targets, inputs, Bloch vectors of
 * the hidden wires after every step) and the memory profile (contribution and sensitivity
 * against time distance), and the free-running forecast after the window. Large arrays are
 * typed so the worker can move them. Types only.
 */
import type { FieldError } from '../model/types';
import type { ContributionTable } from './trainingProtocol';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Which training sequence (window) to analyse; default 0, the first. Inline data has one. */
  sequence?: number;
  /** Parameter values to use instead of the file's (e.g. a training run's latest). */
  params?: Record<string, number>;
  /**
   * `auto` (the default) leaves out the exact contributions when they would take longer than
   * a few seconds (`contributionsDeferred` says so); `exact` computes them whatever they cost.
   */
  contributions?: 'auto' | 'exact';
}

/** Why the exact contributions were left out of an analysis, and what they would cost. */
export interface DeferredContributions {
  /** The estimated seconds (worker/contributionCost.ts). */
  estimateSeconds: number;
  /** The qubits of the model, for the page's note. */
  qubits: number;
}

/** One bin of the memory profile: occurrences at `distance` steps before a scored output. */
export interface MemoryBinDto {
  distance: number;
  /** Mean `|d yhat_s / d a|` over (occurrence, scored step) pairs at this distance. */
  sensitivity: number;
  /** Mean loss-weighted `|contribution|` at this distance. */
  contribution: number;
  count: number;
}

/** The memory profile: bins by distance and the least-squares line of `ln(sensitivity)`. */
export interface MemoryProfileDto {
  bins: MemoryBinDto[];
  /** `factorPerStep = exp(slope)`: below 1 memory fades, above 1 it grows. `null` with fewer than two bins. */
  fit: { slope: number; intercept: number; factorPerStep: number } | null;
}

/** The analysis of one sequence. */
export interface AnalysisSuccess {
  ok: true;
  experimentName: string;
  /** Index of the analysed sequence, and how many training sequences there are. */
  sequence: number;
  sequences: number;
  /** Steps `T` of the sequence. */
  steps: number;
  /** `inputs[t]` is the vector `x_t`, in normalised units. */
  inputs: number[][];
  /** `targets[t][j]` for output `j`; `null` where step `t` has no target. */
  targets: (number[] | null)[];
  washout: number;
  /** `m`, the number of outputs (docs/spec.md §5.3). */
  outputCount: number;
  /** `yhat_{t,j}` at `outputs[t * outputCount + j]`. */
  outputs: Float64Array;
  loss: number | null;
  /** The exact gradient `dL/dp` of every parameter (circuit and head); empty when `contributionsDeferred`. */
  gradient: Record<string, number>;
  /** Set when the contributions (and so `gradient`, `occurrences`, `memory` and `forecast`) were left for the user to ask for. */
  contributionsDeferred: DeferredContributions | null;
  /** Every occurrence's exact contribution, step by step and in cell order within a step. */
  occurrences: ContributionTable;
  /** The parameters the head reads (their gradient has no occurrences). */
  headParams: string[];
  /** Circuit parameters none of whose gates reaches a readout: they cannot affect the loss (simulation/lightCone.ts). */
  unreachable: string[];
  /** Hidden wires `H`; `bloch[(t * H + k) * 3 + c]` is component `c` (x, y, z) of wire `k` after step `t`. */
  hiddenQubits: number;
  bloch: Float64Array;
  /** `null` above the size the page profiles (`memoryNote` says why). */
  memory: MemoryProfileDto | null;
  /** Why the memory profile was not computed, in words; `null` when it was. */
  memoryNote: string | null;
  /**
   * The free-running forecast after the window (each input the previous output, normalised
   * units), one value per step; `null` when the task is not next-step prediction of one series.
   */
  forecast: Float64Array | null;
  /** The parameter values analysed. */
  params: Record<string, number>;
  /** For a QLSTM (docs/spec.md §7): its classical memory over the steps; absent for a QRNN. */
  qlstm?: QlstmStatesDto;
  computedIn: 'worker' | 'in-thread';
}

/**
 * A QLSTM's classical state after every step: `c[t * n + j]` (the memory, `n = i + h` values)
 * and `h[t * hidden + j]` (the hidden output, `hidden` values). Its occurrences' `gate` is the
 * index of their parameter in `slots` (qlstmParamNames order: one occurrence per step each).
 */
export interface QlstmStatesDto {
  inputSize: number;
  hiddenSize: number;
  layers: number;
  c: Float64Array;
  h: Float64Array;
  slots: string[];
}

/** A refusal: the file (or its data) cannot be analysed; each error names the field. */
export interface AnalysisRefusal {
  ok: false;
  errors: FieldError[];
}

export type AnalysisReply = AnalysisSuccess | AnalysisRefusal;
