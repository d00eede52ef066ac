/**
 * The training loop of the lab service, run in-thread on a short version of the sine preset
 * (40 points, windows of 6, adjoint gradients: a few milliseconds an epoch) with a fake
 * clock that moves only between epochs. Checks start, pause, step, resume, stop and reset,
 * that a replaced run never reports again, the throttle, divergence and `updateSettings`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { createTrainer } from '../training/trainer';
import { createLabService } from './labService';
import type { TrainingProgress } from './protocol';
import { fakeThread } from './fakeHelperThread.test-helper';
import { createTrainingHelpers } from './trainingHelpers';

const sine = JSON.parse(readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8'));

/** The short sine experiment as text, after `patch`. */
function short(patch: (e: typeof sine) => void = () => {}): string {
  const e = structuredClone(sine);
  Object.assign(e.data, { length: 40, window: 6 });
  e.loss.washout = 1;
  e.training.gradient.method = 'adjoint';
  e.training.epochs = 6;
  patch(e);
  return JSON.stringify(e);
}

/** A service whose clock advances `msPerTick` at every yield between epochs. */
function harness(msPerTick = 1) {
  const clock = { t: 0 };
  const service = createLabService({
    now: () => clock.t,
    tick: () => new Promise<void>((resolve) => setTimeout(() => { clock.t += msPerTick; resolve(); }, 0)),
  });
  const reports: TrainingProgress[] = [];
  const sentAt: number[] = [];
  const onProgress = (r: TrainingProgress) => { reports.push(r); sentAt.push(clock.t); };
  return { service, reports, sentAt, onProgress, clock };
}

/** Lets the event loop turn until `done()` holds (or fails after many turns). */
async function until(done: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  if (!done()) throw new Error('condition not reached');
}

const settle = (turns = 20) => until(() => false, turns).catch(() => undefined);
const last = (reports: TrainingProgress[]) => reports[reports.length - 1];

/** Concatenates the history chunks of a run's reports, checking they join without gaps. */
function joined(reports: TrainingProgress[]): number[] {
  const train: number[] = [];
  for (const r of reports) {
    expect(r.history.from).toBe(train.length);
    train.push(...r.history.trainLoss);
  }
  return train;
}

describe('createLabService().startTraining(text, onProgress)', () => {
  it('runs every epoch, reports the first and the last, and the joined history equals the trainer run alone', async () => {
    const { service, reports, onProgress } = harness();
    const reply = await service.startTraining(short(), onProgress);
    expect(reply).toMatchObject({ ok: true, status: 'running', epochs: 6, computedIn: 'in-thread' });
    await until(() => last(reports)?.status === 'finished');
    expect(reports[0].epoch).toBe(1);
    expect(last(reports)).toMatchObject({ epoch: 6, epochs: 6, status: 'finished' });
    const parsed = parseExperimentText(short());
    if (!parsed.ok) throw new Error('preset refused');
    const alone = createTrainer(parsed.experiment);
    if (!alone.ok) throw new Error('trainer refused');
    for (let e = 0; e < 6; e++) alone.trainer.step();
    expect(joined(reports)).toEqual(alone.trainer.history.map((h) => h.trainLoss));
    expect(last(reports).cost.circuitExecutions).toBe(alone.trainer.history.reduce((s, h) => s + h.circuitExecutions, 0));
    expect(last(reports).params).toEqual(alone.trainer.params());
    for (const r of reports) expect(r.runId).toBe(reply.ok && reply.runId);
  });

  it('reports typed arrays: outputs and NaN for missing targets, and contributions column by column', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress);
    await until(() => reports.length > 0);
    const first = reports[0];
    expect(first.history.trainLoss).toBeInstanceOf(Float64Array);
    expect(first.outputs?.outputs).toBeInstanceOf(Float64Array);
    expect(first.outputs?.outputs).toHaveLength(6);
    expect(first.outputs?.washout).toBe(1);
    expect(first.occurrences.contribution.length).toBeGreaterThan(0);
    expect(first.occurrences.param.length).toBe(first.occurrences.contribution.length);
    expect(first.occurrences.names).toContain('a');
    await service.stop();
  });

  it('refuses a broken file or a bad epoch count, naming the reason', async () => {
    const { service, onProgress } = harness();
    const broken = await service.startTraining('{ not json', onProgress);
    expect(broken.ok).toBe(false);
    const negative = await service.startTraining(short(), onProgress, { epochs: -1 });
    expect(negative).toMatchObject({ ok: false, message: 'The number of epochs must be a whole number of at least 0, not -1.' });
  });
});

describe('startTraining(text, onProgress, { resume })', () => {
  it("a run continued from a checkpoint shows its outputs at once: the paused run's, not the file's", async () => {
    const first = harness();
    await first.service.startTraining(short(), first.onProgress, { paused: true });
    await first.service.stepOnce();
    await first.service.stepOnce();
    const paused = last(first.reports);
    expect(paused).toMatchObject({ status: 'paused', epoch: 2 });
    const checkpoint = paused.checkpoint;
    if (!checkpoint || !paused.outputs) throw new Error('a paused report carries its checkpoint and outputs');
    const history = { trainLoss: joined(first.reports).map((v) => (Number.isNaN(v) ? null : v)), testLoss: [] as (number | null)[], circuitExecutions: [] as number[], shots: [] as number[] };
    for (const r of first.reports) {
      history.testLoss.push(...Array.from(r.history.testLoss, (v) => (Number.isNaN(v) ? null : v)));
      history.circuitExecutions.push(...r.history.circuitExecutions);
      history.shots.push(...r.history.shots);
    }

    const second = harness();
    const reply = await second.service.startTraining(short(), second.onProgress, { paused: true, resume: { checkpoint, history } });
    expect(reply).toMatchObject({ ok: true, status: 'paused' });
    const resumed = second.reports[0];
    expect(resumed).toMatchObject({ status: 'paused', epoch: 2 });
    expect(resumed.outputs?.outputs).toEqual(paused.outputs.outputs);
    expect(resumed.outputs?.targets).toEqual(paused.outputs.targets);

    const file = parseExperimentText(short());
    if (!file.ok) throw new Error('preset refused');
    const untrained = createTrainer(file.experiment);
    if (!untrained.ok) throw new Error('trainer refused');
    expect(Array.from(resumed.outputs?.outputs ?? [])).not.toEqual(untrained.trainer.outputs().outputs.flat());
  });
});

describe('pause(), stepOnce(), resume()', () => {
  it('pause stops the epochs, stepOnce runs exactly one, resume runs to the end', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress);
    await until(() => reports.length > 0);
    const paused = await service.pause();
    expect(paused).toMatchObject({ ok: true, status: 'paused' });
    const at = paused.ok ? paused.epoch : -1;
    expect(last(reports)).toMatchObject({ status: 'paused', epoch: at });
    const count = reports.length;
    await settle();
    expect(reports).toHaveLength(count);
    const stepped = await service.stepOnce();
    expect(stepped).toMatchObject({ ok: true, status: 'paused', epoch: at + 1 });
    expect(last(reports)).toMatchObject({ status: 'paused', epoch: at + 1 });
    await settle();
    expect(last(reports).epoch).toBe(at + 1);
    expect(await service.resume()).toMatchObject({ ok: true, status: 'running' });
    await until(() => last(reports).status === 'finished');
    expect(joined(reports)).toHaveLength(6);
  });

  it('starts paused at epoch 0 when asked, and refuses controls that do not fit the state', async () => {
    const { service, reports, onProgress } = harness();
    expect(await service.pause()).toMatchObject({ ok: false, message: 'There is no training run to pause.' });
    const reply = await service.startTraining(short(), onProgress, { paused: true });
    expect(reply).toMatchObject({ ok: true, status: 'paused' });
    await settle();
    expect(reports).toHaveLength(0);
    expect(await service.pause()).toMatchObject({ ok: false, message: 'The training run is paused; it cannot pause.' });
    expect(await service.stepOnce()).toMatchObject({ ok: true, epoch: 1 });
    await service.resume();
    expect(await service.updateSettings(short())).toMatchObject({ ok: false, message: 'The training run is running; it cannot take new settings.' });
    await until(() => last(reports).status === 'finished');
    expect(await service.stepOnce()).toMatchObject({ ok: false });
  });
});

describe('stop(), reset() and stale runs', () => {
  it('stop sends a last report with status stopped, and nothing follows', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress);
    await until(() => reports.length > 0);
    expect(await service.stop()).toEqual({ ok: true, runId: null, status: 'none', epoch: 0 });
    expect(last(reports).status).toBe('stopped');
    const count = reports.length;
    await settle();
    expect(reports).toHaveLength(count);
    expect(await service.resume()).toMatchObject({ ok: false });
  });

  it('reset discards the run without a report; the next run starts from epoch 1 with a new id', async () => {
    const { service, reports, onProgress } = harness();
    const first = await service.startTraining(short(), onProgress);
    await until(() => reports.length > 0);
    await service.reset();
    const count = reports.length;
    await settle();
    expect(reports).toHaveLength(count);
    const again: TrainingProgress[] = [];
    const second = await service.startTraining(short(), (r) => { again.push(r); });
    await until(() => again.length > 0);
    expect(second.ok && first.ok && second.runId).not.toBe(first.ok && first.runId);
    expect(again[0]).toMatchObject({ epoch: 1, history: { from: 0 } });
    await service.stop();
  });

  it('a run replaced by a newer one never reports again, and every report carries its own run id', async () => {
    const { service, reports: older, onProgress } = harness();
    const a = await service.startTraining(short((e) => { e.training.epochs = 50; }), onProgress);
    await until(() => older.length > 0);
    const newer: TrainingProgress[] = [];
    const b = await service.startTraining(short(), (r) => { newer.push(r); });
    const count = older.length;
    await until(() => last(newer)?.status === 'finished');
    expect(older).toHaveLength(count);
    expect(new Set(older.map((r) => r.runId))).toEqual(new Set([a.ok && a.runId]));
    expect(new Set(newer.map((r) => r.runId))).toEqual(new Set([b.ok && b.runId]));
    expect(joined(newer)).toHaveLength(6);
  });
});

describe('throttling', () => {
  it('sends at most one report per 200 ms of the clock while running, plus the first and the last', async () => {
    const { service, reports, sentAt, onProgress } = harness(60);
    await service.startTraining(short((e) => { e.training.epochs = 13; }), onProgress);
    await until(() => last(reports)?.status === 'finished');
    expect(reports.length).toBeLessThan(13);
    expect(reports[0].epoch).toBe(1);
    expect(last(reports).epoch).toBe(13);
    for (let i = 1; i < reports.length - 1; i++) expect(sentAt[i] - sentAt[i - 1]).toBeGreaterThanOrEqual(200);
    expect(reports.map((r) => r.epoch)).toEqual([1, 5, 9, 13]);
    expect(joined(reports)).toHaveLength(13);
  });
});

describe('divergence and updateSettings(text)', () => {
  const tooHigh = (e: typeof sine) => { e.training.optimizer = { kind: 'sgd', learningRate: 10 }; };

  it('a diverged run pauses with its message and continues from its last completed epoch after a lower learning rate', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(tooHigh), onProgress);
    await until(() => last(reports)?.status === 'diverged');
    const diverged = last(reports);
    expect(diverged.message).toMatch(/^Training diverged in epoch \d+: the loss grew .*learning rate \(10\) is probably too high/);
    const done = diverged.epoch;
    await settle();
    expect(last(reports)).toBe(diverged);
    expect(await service.resume()).toMatchObject({ ok: false, message: 'The training run is diverged; it cannot resume.' });
    const updated = await service.updateSettings(short((e) => { tooHigh(e); e.training.optimizer = { kind: 'sgd', learningRate: 0.05 }; }));
    expect(updated).toMatchObject({ ok: true, status: 'paused', epoch: done });
    expect(last(reports)).toMatchObject({ status: 'paused', message: null, epoch: done });
    expect(last(reports).params).toEqual(diverged.params);
    await service.resume();
    await until(() => last(reports).status === 'finished');
    expect(last(reports).epoch).toBe(6);
    expect(joined(reports)).toHaveLength(6);
    for (const loss of joined(reports).slice(done)) expect(Number.isFinite(loss)).toBe(true);
  });

  it('an L-BFGS run whose line search finds no step stalls with its message, and goes on after new settings', async () => {
    const noisy = (e: typeof sine) => { e.training.optimizer = { kind: 'lbfgs' }; e.training.gradient = { method: 'parameter-shift', shots: 20 }; e.training.epochs = 12; };
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(noisy), onProgress);
    await until(() => last(reports)?.status === 'stalled');
    const stalled = last(reports);
    expect(stalled.epoch).toBe(8);
    expect(stalled.message).toMatch(/^Training stopped in epoch 8: the L-BFGS line search found no step that lowers the loss after 20 halvings\. With 20 shots .* Use exact gradients \(adjoint, or parameter-shift without shots\) or more shots\.$/);
    expect(stalled.checkpoint?.trainer.stalled).toBe(true);
    await settle();
    expect(last(reports)).toBe(stalled);
    expect(await service.resume()).toMatchObject({ ok: false, message: 'The training run is stalled; it cannot resume.' });
    const exact = await service.updateSettings(short((e) => { noisy(e); e.training.gradient = { method: 'adjoint', shots: null }; }));
    expect(exact).toMatchObject({ ok: true, status: 'paused', epoch: 8 });
    expect(last(reports)).toMatchObject({ status: 'paused', message: null });
    await service.resume();
    await until(() => last(reports).status === 'finished');
    expect(joined(reports)).toHaveLength(12);
  });

  it('keeps the trained parameters, the epoch count and the cost; an edited parameter value wins', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress, { paused: true });
    await service.stepOnce();
    await service.stepOnce();
    const before = last(reports);
    const edited = short((e) => { e.params.b = 1.25; e.training.epochs = 4; e.training.optimizer.learningRate = 0.01; });
    expect(await service.updateSettings(edited)).toMatchObject({ ok: true, status: 'paused', epoch: 2 });
    const after = last(reports);
    expect(after.params.b).toBe(1.25);
    expect(after.params.a).toBe(before.params.a);
    expect(after.params.a).not.toBe(sine.params.a);
    expect(after).toMatchObject({ epoch: 2, epochs: 4, cost: before.cost });
    await service.resume();
    await until(() => last(reports).status === 'finished');
    expect(last(reports).epoch).toBe(4);
    expect(last(reports).cost.circuitExecutions).toBeGreaterThan(before.cost.circuitExecutions);
    expect(joined(reports)).toHaveLength(4);
  });

  it('fewer epochs than the run has done finish it, and the report says why', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress, { paused: true });
    for (let i = 0; i < 3; i++) await service.stepOnce();
    expect(await service.updateSettings(short((e) => { e.training.epochs = 2; }))).toMatchObject({ ok: true, status: 'finished', epoch: 3 });
    expect(last(reports)).toMatchObject({
      status: 'finished', epoch: 3, epochs: 2,
      message: 'The run has already done 3 epochs, more than the 2 now set, so it has finished. Reset to train 2 from the start.',
    });
    expect(await service.updateSettings(short((e) => { e.training.epochs = 5; }))).toMatchObject({ ok: true, status: 'paused', epoch: 3 });
    expect(last(reports)).toMatchObject({ status: 'paused', epochs: 5, message: null });
  });

  it('a refused edit leaves the run as it was', async () => {
    const { service, reports, onProgress } = harness();
    await service.startTraining(short(), onProgress, { paused: true });
    await service.stepOnce();
    const refused = await service.updateSettings(short((e) => { e.model.cell[1].wires = [9]; }));
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.errors.map((e) => e.path)).toContain('model.cell[1].wires[0]');
    expect(await service.stepOnce()).toMatchObject({ ok: true, epoch: 2 });
    expect(joined(reports)).toHaveLength(2);
  });
});

describe('a training run shared out over helper threads', () => {
  /** A service with `count` in-thread helper threads, and the threads. */
  function withHelpers(count: number) {
    const threads = Array.from({ length: count }, () => fakeThread());
    let next = 0;
    const service = createLabService({ helpers: createTrainingHelpers(count, () => threads[next++].thread) });
    const reports: TrainingProgress[] = [];
    return { service, threads, reports, onProgress: (r: TrainingProgress) => { reports.push(r); } };
  }

  it('gives the history and parameters of one thread, bit for bit, and uses the helpers', async () => {
    const alone = harness();
    await alone.service.startTraining(short(), alone.onProgress);
    await until(() => last(alone.reports)?.status === 'finished');
    const shared = withHelpers(1);
    expect(await shared.service.setTrainingThreads(4)).toEqual({ ok: true, threads: 2 });
    await shared.service.startTraining(short(), shared.onProgress);
    await until(() => last(shared.reports)?.status === 'finished');
    expect(joined(shared.reports)).toEqual(joined(alone.reports));
    expect(last(shared.reports).params).toEqual(last(alone.reports).params);
    expect(shared.threads[0].received.filter((m) => m.qrnnHelper === 'share').length).toBeGreaterThan(0);
  });

  it('with one thread asked for, never starts a helper', async () => {
    const shared = withHelpers(1);
    await shared.service.setTrainingThreads(1);
    await shared.service.startTraining(short(), shared.onProgress);
    await until(() => last(shared.reports)?.status === 'finished');
    expect(shared.threads[0].received).toHaveLength(0);
    expect(await shared.service.setTrainingThreads(0)).toMatchObject({ ok: false });
  });

  it('pause, step and new settings wait for the epoch in flight, and the run stays the one-thread run', async () => {
    const alone = harness();
    await alone.service.startTraining(short(), alone.onProgress, { paused: true });
    for (let i = 0; i < 3; i++) await alone.service.stepOnce();
    const shared = withHelpers(1);
    await shared.service.startTraining(short(), shared.onProgress);
    await shared.service.pause();
    await shared.service.stepOnce();
    await shared.service.stepOnce();
    const done = last(shared.reports).epoch;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(await shared.service.updateSettings(short())).toMatchObject({ ok: true, status: 'paused', epoch: done });
    const wanted = joined(alone.reports).slice(0, Math.min(done, 3));
    expect(joined(shared.reports).slice(0, wanted.length)).toEqual(wanted);
  });
});
