/**
 * Per-occurrence contributions of a QLSTM (docs/spec.md §7), filled in by the adjoint or by
 * parameter-shift in whatever order they pull circuits back, and read out step by step,
 * then circuit, layer, qubit and angle; summed per parameter with the head's gradient.
 */
import type { OccurrenceContribution } from '../gradients/types';
import { QLSTM_CIRCUITS, qlstmParamNames, type QlstmModel } from '../model/types';
import { angleRefs, type AngleRef } from './parameters';
import type { QlstmOccurrence } from './types';

export class Contributions {
  /** `[t][k][s]`: angle `s` (in `theta` order) of circuit `k` at step `t`. */
  private readonly values: Float64Array;
  private readonly perCircuit: number;
  private readonly refs: AngleRef[][];

  constructor(model: QlstmModel, private readonly steps: number, private readonly trainable: ReadonlySet<string>) {
    this.refs = QLSTM_CIRCUITS.map((k) => angleRefs(model, k));
    this.perCircuit = this.refs[0].length;
    this.values = new Float64Array(steps * 6 * this.perCircuit);
  }

  /** Whether angle `s` of circuit `k` is trained (frozen parameters have no occurrences). */
  trained(k: number, s: number): boolean {
    return this.trainable.has(this.refs[k][s].param);
  }

  /** Whether any angle of any circuit is trained: otherwise no circuit needs differentiating. */
  anyTrained(): boolean {
    return this.refs.some((refs) => refs.some((r) => this.trainable.has(r.param)));
  }

  set(k: number, t: number, s: number, contribution: number): void {
    this.values[(t * 6 + k) * this.perCircuit + s] = contribution;
  }

  /** The trained occurrences in report order. */
  list(): QlstmOccurrence[] {
    const out: QlstmOccurrence[] = [];
    for (let t = 0; t < this.steps; t++) {
      for (let k = 0; k < 6; k++) {
        this.refs[k].forEach((ref, s) => {
          if (!this.trainable.has(ref.param)) return;
          out.push({ param: ref.param, circuit: QLSTM_CIRCUITS[k], layer: ref.layer, qubit: ref.qubit, angle: ref.angle, step: t, contribution: this.values[(t * 6 + k) * this.perCircuit + s] });
        });
      }
    }
    return out;
  }
}

/** `dL/dp` for every trainable parameter: its occurrences' sum, plus the head's part. */
export function gradientOf(trainable: readonly string[], occurrences: readonly QlstmOccurrence[], head: Readonly<Record<string, number>>): Record<string, number> {
  const sums = new Map<string, number>(trainable.map((p) => [p, 0]));
  for (const o of occurrences) sums.set(o.param, (sums.get(o.param) ?? 0) + o.contribution);
  for (const [p, v] of Object.entries(head)) if (sums.has(p)) sums.set(p, (sums.get(p) as number) + v);
  return Object.fromEntries(sums);
}

/**
 * Occurrences in the QRNN's shape, for the page's views and training reports: a QLSTM's
 * parameter occurs once per step, so its `gate` is the parameter's slot (its index in
 * `qlstmParamNames`), and the circuit, layer, qubit and angle are read back from the name.
 */
export function slotOccurrences(model: QlstmModel, occurrences: readonly QlstmOccurrence[]): OccurrenceContribution[] {
  const slot = new Map(qlstmParamNames(model).map((p, i) => [p, i]));
  return occurrences.map((o) => ({ param: o.param, gate: slot.get(o.param) ?? 0, step: o.step, contribution: o.contribution }));
}
