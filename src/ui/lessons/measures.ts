/**
 * The readings lessons take from the lab, as pure functions of the store's state: the exact
 * analysis of the experiment on screen (never a stale one of the previous experiment), one
 * parameter's contributions step by step, the lesson's probe of an occurrence, the first
 * epoch's bill of a training run, and the method comparison's figures. Each either gives the
 * number or a "not yet" answer saying what to do. No numerics: the worker computed it all.
 */
import type { LabState } from '../../store';
import type { AnalysisSuccess, ComparePoint, ExplainSuccess, QlstmBiasSuccess, QlstmExplainSuccess } from '../../worker/protocol';
import { formatNumber } from '../../text/format';
import type { Answer } from './lessonTypes';
import { selectQlstm, selectQrnn } from '../../store/selectors';
import { qlstmParamNames } from '../../model/types';

/** A "not yet" answer. */
export const notYet = (hint: string): Answer => ({ ready: false, hint });

/** `v` with `digits` decimals and a true minus sign. */
export const num = (v: number, digits = 3): string => formatNumber(v, digits);

/** The latest analysis if it is of the experiment on screen and not being redone; else `null`. */
function currentAnalysis(s: LabState): AnalysisSuccess | null {
  const a = s.analysis;
  if (!a || s.analysisStatus !== 'done' || !s.experiment || a.experimentName !== s.experiment.name) return null;
  return a;
}

/**
 * The index in `model.cell` of the first gate whose angle binds `param`, or -1; for a QLSTM,
 * the parameter's slot (its index in `qlstmParamNames`: it occurs once per step, docs/spec.md §7).
 */
export function gateOfParam(s: LabState, param: string): number {
  const qlstm = selectQlstm(s);
  if (qlstm) return qlstmParamNames(qlstm.model).indexOf(param);
  return selectQrnn(s)?.model.cell.findIndex((g) => typeof g.angle === 'object' && g.angle.param === param) ?? -1;
}

/** Why a reading of `param` cannot be taken on the experiment on screen, or `null` when it can. */
export function missingParam(s: LabState, param: string, preset: string): Answer | null {
  if (!s.experiment) return notYet('Open an experiment first.');
  if (!(param in s.experiment.params)) return notYet(`This step reads the parameter ${param}, which the experiment on screen does not have: load ${preset} first.`);
  return null;
}

/** The analysis of the experiment on screen, or why there is none yet. */
export function analysisFor(s: LabState, param: string, preset: string): AnalysisSuccess | Answer {
  const missing = missingParam(s, param, preset);
  if (missing) return missing;
  const a = currentAnalysis(s);
  if (!a || !(param in a.gradient)) return notYet(s.trainingStatus === 'running' ? 'Pause the training run first: the exact analysis is redone when it stops.' : 'The worker is computing the exact gradients…');
  return a;
}

/** Whether a reading is a "not yet" answer rather than the value. */
export function isAnswer<T extends object>(v: T | Answer): v is Answer {
  return 'ready' in v;
}

/** One occurrence's contribution. */
export interface StepContribution {
  step: number;
  gate: number;
  contribution: number;
}

/** `param`'s occurrences in `a`, step by step. */
export function contributionsOf(a: AnalysisSuccess, param: string): StepContribution[] {
  const table = a.occurrences;
  const index = table.names.indexOf(param);
  const out: StepContribution[] = [];
  for (let i = 0; i < table.contribution.length; i++) {
    if (table.param[i] === index) out.push({ step: table.step[i], gate: table.gate[i], contribution: table.contribution[i] });
  }
  return out.sort((p, q) => p.step - q.step || p.gate - q.gate);
}

/** The lesson's probe of `param` at `step` once the worker has answered, or why not. */
export function probeOf(s: LabState, param: string, step: number): ExplainSuccess | Answer {
  const probe = s.lessonProbe;
  if (!probe || probe.at.step !== step || (probe.result !== null && probe.result.param !== param)) return notYet('Press Reveal to ask the lab.');
  if (probe.status === 'error') return notYet(`The lab could not compute it: ${probe.error}`);
  if (!probe.result) return notYet('The worker is running the shifted circuits…');
  return probe.result;
}

/** Circuit executions and shots of a run's first epoch, if the run on screen trains by `method`. */
export function firstEpochBill(s: LabState, method: string, preset: string): { executions: number; shots: number } | Answer {
  if (s.experiment?.training.gradient.method !== method) return notYet(`This step reads a run trained by ${method}: load ${preset} first.`);
  const h = s.trainingHistory;
  if (s.trainingHistoryLength < 1 || h.circuitExecutions.length < 1) return notYet('Press Step to train one epoch, then reveal.');
  return { executions: h.circuitExecutions[0], shots: h.shots[0] };
}

/** The finished comparison of `param`'s configuration of `method` at `shots`, or why there is none. */
export function comparePoint(s: LabState, param: string, method: ComparePoint['method'], shots: number): ComparePoint | Answer {
  if (s.compareStatus === 'running') return notYet('The comparison is running…');
  const c = s.comparison;
  if (!c || c.param !== param) return notYet(`Run the method comparison of ${param} (the button above) and let it finish.`);
  const point = c.points.find((p) => p.method === method && p.shots === shots);
  return point ?? notYet(`The comparison has no ${method} estimate at ${shots} shots: put ${shots} among its shot counts and run it again.`);
}

/** The lesson's probe of the QLSTM occurrence of `param` at `step` (with its common mistake), or why not. */
export function qlstmProbeOf(s: LabState, param: string, step: number, preset: string): (QlstmExplainSuccess & { mistake: NonNullable<QlstmExplainSuccess['mistake']> }) | Answer {
  const missing = missingParam(s, param, preset);
  if (missing) return missing;
  const probe = s.lessonProbe;
  if (!probe || probe.at.step !== step || (probe.qlstm && probe.qlstm.param !== param)) return notYet('Press Reveal to ask the lab.');
  if (probe.status === 'error') return notYet(`The lab could not compute it: ${probe.error}`);
  if (!probe.qlstm) return notYet('The worker is evaluating the shifted circuits…');
  if (probe.qlstm.mistake === null) return notYet('The lab gave no whole-sequence shift: press Reveal again.');
  return { ...probe.qlstm, mistake: probe.qlstm.mistake };
}

/** The lesson's probe's bias under shots of the QLSTM occurrence of `param` at `step`, or why not. */
export function qlstmBiasProbeOf(s: LabState, param: string, step: number, preset: string): QlstmBiasSuccess | Answer {
  const x = qlstmProbeOf(s, param, step, preset);
  if (isAnswer(x)) return x;
  return s.lessonProbe?.bias ?? notYet('The estimates are running in the worker…');
}
