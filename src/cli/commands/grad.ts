/**
 * `qrnn grad FILE --method M [--shots N] [--sampling independent|trajectory] [--seed S] [--h H] [--variant central|forward]
 * [--per-occurrence] [--json]` (docs/spec.md §4): the gradient of the loss on the file's inline data
 * (or its generator's first window), with every occurrence's contribution and the hardware
 * cost. Defaults come from the file's `training` block; frozen parameters are left out. A
 * QLSTM's occurrences name `circuit`, `layer`, `qubit`, `angle` and `step` instead of `gate`
 * (docs/spec.md §7).
 */
import { printedOutputs } from '../../model/outputs';
import type { GradientResult } from '../../gradients/types';
import { GRADIENT_METHODS, LIMITS, SAMPLINGS, isQlstmExperiment, type AnyExperiment, type GradientMethodName, type Sampling } from '../../model/types';
import type { QlstmGradientResult } from '../../qlstm/types';
import { gradientOf } from '../../training/engines';
import { UsageError } from '../args';
import { formatTable } from '../format';
import { loadAnyExperiment, primarySequence } from '../load';
import { fileOperand } from '../main';

export function runGrad(operands: string[], options: Record<string, string | number | boolean>): void {
  const file = fileOperand(operands, 'grad');
  const experiment = loadAnyExperiment(file);
  const method = (options.method ?? experiment.training.gradient.method) as GradientMethodName;
  if (!GRADIENT_METHODS.includes(method)) throw new UsageError(`option '--method' must be one of ${GRADIENT_METHODS.join(', ')}, got '${method}'`);
  const shots = options.shots ?? experiment.training.gradient.shots;
  if (shots !== null && (typeof shots !== 'number' || shots < 1 || shots > LIMITS.shots)) throw new UsageError(`option '--shots' must be a whole number from 1 to ${LIMITS.shots.toExponential().replace('e+', 'e')}, got '${shots}'`);
  const sampling = (options.sampling ?? experiment.training.gradient.sampling) as Sampling | undefined;
  if (sampling !== undefined && !SAMPLINGS.includes(sampling)) throw new UsageError(`option '--sampling' must be independent or trajectory, got '${sampling}'`);
  if (sampling === 'trajectory' && isQlstmExperiment(experiment)) throw new UsageError("option '--sampling trajectory' draws a QRNN's steps from one run; a QLSTM's circuit evaluations are separate executions, so their shots are independent: leave --sampling out");
  // The file's own step (training.gradient.h, checked by the parser) unless --h overrides it, as training uses it.
  const fileStep = experiment.training.gradient.h;
  const h = (options.h as number | undefined) ?? (typeof fileStep === 'number' ? fileStep : undefined);
  if (h !== undefined && !(h >= LIMITS.minStep && h <= LIMITS.magnitude)) {
    throw new UsageError(`option '--h' must be a step from ${LIMITS.minStep} to ${LIMITS.magnitude} (below ${LIMITS.minStep} doubles cannot resolve p + h from p), got '${options.h}'`);
  }
  const variant = options.variant as string | undefined;
  if (variant !== undefined && variant !== 'central' && variant !== 'forward') throw new UsageError(`option '--variant' must be central or forward, got '${variant}'`);
  const sequence = primarySequence(file, experiment);
  const trainable = Object.keys(experiment.params).filter((p) => !experiment.frozen.includes(p));
  const result = gradientOf(
    method,
    { model: experiment.model, params: experiment.params, sequence, loss: experiment.loss, trainable },
    { shots, sampling, seed: (options.seed as number | undefined) ?? experiment.training.seed, h, variant: variant as 'central' | 'forward' | undefined, perOccurrence: Boolean(options['per-occurrence']) },
  );
  const occurrences = printedOccurrences(experiment, result);
  // docs/spec.md §7: the lab says so beside the estimate.
  const bias = isQlstmExperiment(experiment) && shots !== null
    ? 'note: a QLSTM feeds estimated expectations through sigmoid and tanh, so with shots this gradient is biased, not only noisy (docs/spec.md §7)'
    : null;
  if (options.json) {
    if (bias) process.stderr.write(`${bias}\n`);
    process.stdout.write(`${JSON.stringify({ loss: result.loss, outputs: printedOutputs(result.outputs), gradient: result.gradient, occurrences, cost: result.cost })}\n`);
    return;
  }
  const out: string[] = [`${experiment.name}: ${method}${shots === null ? ', exact' : `, ${shots} shots${sampling === 'trajectory' ? ' per execution, trajectory sampling' : ''}`}`, `loss ${result.loss === null ? 'none' : result.loss.toFixed(6)}`];
  out.push(formatTable(['parameter', 'dL/dp', 'occurrences'], Object.entries(result.gradient).map(([p, g]) => [p, g.toFixed(6), String(occurrences.filter((o) => o.param === p).length)])).trimEnd());
  if (occurrences.length) out.push(occurrenceTable(experiment, result));
  if (bias) out.push(bias);
  out.push(`cost: ${result.cost.circuitExecutions} circuit executions, ${result.cost.shots} shots${method === 'adjoint' ? ' (adjoint runs only in a simulator; the cost is the execution that measures the loss)' : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The occurrences as printed: the SPEC's fields for the model's kind, in that order. */
function printedOccurrences(experiment: AnyExperiment, result: GradientResult | QlstmGradientResult): { param: string; step: number; contribution: number }[] {
  if (isQlstmExperiment(experiment)) {
    return (result as QlstmGradientResult).occurrences.map(({ param, circuit, layer, qubit, angle, step, contribution }) => ({ param, circuit, layer, qubit, angle, step, contribution }));
  }
  return (result as GradientResult).occurrences.map(({ param, gate, step, contribution }) => ({ param, gate, step, contribution }));
}

function occurrenceTable(experiment: AnyExperiment, result: GradientResult | QlstmGradientResult): string {
  if (isQlstmExperiment(experiment)) {
    const rows = (result as QlstmGradientResult).occurrences.map((o) => [o.param, `VQC_${o.circuit}`, String(o.layer), String(o.qubit), o.angle, String(o.step), o.contribution.toFixed(6)]);
    return formatTable(['param', 'circuit', 'layer', 'qubit', 'angle', 'step', 'contribution'], rows).trimEnd();
  }
  const cell = experiment.model.cell;
  return formatTable(['param', 'gate', 'step', 'contribution'], (result as GradientResult).occurrences.map((o) => [o.param, `${o.gate} ${cell[o.gate].gate}`, String(o.step), o.contribution.toFixed(6)])).trimEnd();
}
