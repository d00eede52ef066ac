/**
 * The one type both sides of the worker boundary agree on. `LabApi` is what the worker
 * exposes and what the page's client wraps; every method returns a promise and every value
 * that crosses is plain data (structured-clone safe), so the same service also runs in-thread
 * in unit tests. This file holds types only: no Comlink, no DOM, no numerics.
 */
import type { FieldError } from '../model/types';
import type { SimulationResult } from '../model/simulate';

/** Where a reply was computed: in the Web Worker, or in the calling thread (unit tests, CLI). */
export type ComputeRealm = 'worker' | 'in-thread';

/** A simulation of the experiment's first sequence (inline data or first generated window). */
export interface SimulateSuccess {
  ok: true;
  result: SimulationResult;
  experimentName: string;
  /** `targets[t]`, `null` where step `t` has no target. */
  targets: (number | null)[];
  /** `inputs[t]` is the vector `x_t`. */
  inputs: number[][];
  /** Steps `t < washout` are not scored (SPEC 2, `loss.washout`). */
  washout: number;
  computedIn: ComputeRealm;
}

/** A refusal: each error names the field of the experiment file and the reason. */
export interface SimulateRefusal {
  ok: false;
  errors: FieldError[];
}

export type SimulateReply = SimulateSuccess | SimulateRefusal;

/** The lab's compute service: promise-returning methods over plain data. */
export interface LabApi {
  /** Liveness check; resolves to `'pong'`. */
  ping(): Promise<'pong'>;
  /**
   * Parses an experiment file (SPEC 2 JSON text) and simulates its first sequence.
   * Never rejects for a bad file: a file that breaks the contract gives `{ ok: false }`.
   */
  simulate(experimentJson: string): Promise<SimulateReply>;
}
