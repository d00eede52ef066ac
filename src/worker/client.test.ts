/**
 * The worker client over a fake worker: a `MessageChannel` whose far port exposes the real
 * lab service with Comlink and the worker's transport. Checks calls go through, training
 * reports arrive through the proxied callback with their buffers moved (detached on the
 * sending side), a worker `error` restarts the worker, rejects what was in flight and
 * reports `onCrash`, and `terminate()` is final.
 */
import { expose } from 'comlink';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabClient, isCancelled, isSuperseded } from './client';
import { readFileSync } from 'node:fs';
import { createLabService } from './labService';
import type { TrainingProgress } from './protocol';
import type { TrainingTransport } from './trainingRunner';
import { COMLINK_TRANSPORT } from './transport';

interface FakeWorker extends EventTarget {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  terminated: boolean;
}

/** The worker's transport, also keeping every report it sent. */
function recordingTransport(sent: TrainingProgress[]): TrainingTransport {
  return {
    deliver(callback, report, buffers) {
      sent.push(report);
      COMLINK_TRANSPORT.deliver(callback, report, buffers);
    },
    release: COMLINK_TRANSPORT.release,
  };
}

function fakeWorkerFactory(sent: TrainingProgress[] = []) {
  const made: FakeWorker[] = [];
  const create = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    expose(createLabService({ transport: recordingTransport(sent) }), port2 as unknown as Parameters<typeof expose>[1]);
    const fake = Object.assign(port1, {
      terminated: false,
      terminate() {
        fake.terminated = true;
        port1.close();
        port2.close();
      },
    }) as unknown as FakeWorker;
    made.push(fake);
    return fake as unknown as Worker;
  };
  return { create, made };
}

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

describe('createLabClient({ createWorker, onCrash })', () => {
  it('forwards calls to the worker', async () => {
    const { create } = fakeWorkerFactory();
    const client = createLabClient({ createWorker: create });
    await expect(client.ping()).resolves.toBe('pong');
    const reply = await client.simulate('{ not json');
    expect(reply.ok).toBe(false);
    client.terminate();
  });

  it('restarts a crashed worker, rejects the calls in flight and reports the crash', async () => {
    const { create, made } = fakeWorkerFactory();
    const crashes: string[] = [];
    const client = createLabClient({ createWorker: create, onCrash: (m) => crashes.push(m) });
    const inFlight = client.ping();
    made[0].dispatchEvent(new Event('error'));
    await expect(inFlight).rejects.toThrow(/restarted/);
    expect(made).toHaveLength(2);
    expect(made[0].terminated).toBe(true);
    expect(crashes).toEqual(['The lab worker stopped unexpectedly.']);
    await expect(client.ping()).resolves.toBe('pong');
    client.terminate();
  });

  it('terminate() stops the worker and refuses later calls', async () => {
    const { create, made } = fakeWorkerFactory();
    const client = createLabClient({ createWorker: create });
    await client.ping();
    client.terminate();
    expect(made[0].terminated).toBe(true);
    await expect(client.ping()).rejects.toThrow(/terminated/);
  });

  it('startTraining() reports through the proxied callback; the typed arrays are moved, not copied', async () => {
    const sent: TrainingProgress[] = [];
    const { create } = fakeWorkerFactory(sent);
    const client = createLabClient({ createWorker: create });
    const experiment = JSON.parse(sine);
    Object.assign(experiment.data, { length: 40, window: 6 });
    Object.assign(experiment.training, { epochs: 3, gradient: { method: 'adjoint', shots: null } });
    const received: TrainingProgress[] = [];
    const reply = await client.startTraining(JSON.stringify(experiment), (r) => { received.push(r); });
    expect(reply).toMatchObject({ ok: true, epochs: 3 });
    for (let i = 0; i < 500 && received[received.length - 1]?.status !== 'finished'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(received[received.length - 1]).toMatchObject({ status: 'finished', epoch: 3 });
    expect(received[0].history.trainLoss).toBeInstanceOf(Float64Array);
    expect(received[0].history.trainLoss.length).toBeGreaterThan(0);
    expect(sent.length).toBe(received.length);
    for (const report of sent) {
      expect(report.history.trainLoss.byteLength).toBe(0);
      expect(report.outputs?.outputs.byteLength).toBe(0);
    }
    await expect(client.pause()).resolves.toMatchObject({ ok: false });
    client.terminate();
  });

  it('a crash while training restarts the worker, which has no run any more', async () => {
    const { create, made } = fakeWorkerFactory();
    const crashes: string[] = [];
    const client = createLabClient({ createWorker: create, onCrash: (m) => crashes.push(m) });
    const reply = await client.startTraining(sine, () => undefined, { paused: true });
    expect(reply.ok).toBe(true);
    made[0].dispatchEvent(new Event('error'));
    expect(crashes).toHaveLength(1);
    await expect(client.stepOnce()).resolves.toMatchObject({ ok: false, message: 'There is no training run to step.' });
    client.terminate();
  });
});

/** A worker that never answers: it records what it was sent and whether it was terminated. */
function silentWorkerFactory() {
  const made: (FakeWorker & { sent: unknown[] })[] = [];
  const create = (): Worker => {
    const target = new EventTarget();
    const fake = Object.assign(target, {
      sent: [] as unknown[],
      terminated: false,
      postMessage(message: unknown) { fake.sent.push(message); },
      terminate() { fake.terminated = true; },
      start() {},
    });
    made.push(fake);
    return fake as unknown as Worker;
  };
  return { create, made };
}

describe('createLabClient: lanes, supersede, cancel and the deadline', () => {
  it('a newer simulation supersedes a busy one at once: the stale worker is terminated and its call rejects as superseded', async () => {
    const { create, made } = silentWorkerFactory();
    const client = createLabClient({ createWorker: create, locks: null });
    const stale = client.simulate('old');
    expect(made).toHaveLength(1);
    const fresh = client.simulate('new');
    await expect(stale).rejects.toSatisfy(isSuperseded);
    expect(made[0].terminated).toBe(true);
    expect(made.length).toBe(2);
    expect(made[1].sent.length).toBeGreaterThan(0);
    void fresh.catch(() => undefined);
    client.terminate();
  });

  it('training, simulation and analysis run in workers of their own; training is never superseded', async () => {
    const { create, made } = fakeWorkerFactory();
    const client = createLabClient({ createWorker: create, locks: null });
    const started = await client.startTraining(sine, () => undefined, { paused: true });
    expect(started.ok).toBe(true);
    await client.simulate('{ not json');
    await client.simulate('{ not json');
    expect(made.length).toBe(2);
    await expect(client.stepOnce()).resolves.toMatchObject({ ok: true });
    client.terminate();
  });

  it('cancel() ends a lane\'s work with a CancelledError and starts a fresh worker', async () => {
    const { create, made } = silentWorkerFactory();
    const client = createLabClient({ createWorker: create, locks: null });
    expect(client.cancel('simulate')).toBe(false);
    const running = client.simulate('long');
    expect(client.cancel('simulate')).toBe(true);
    await expect(running).rejects.toSatisfy(isCancelled);
    expect(made[0].terminated).toBe(true);
    expect(made).toHaveLength(2);
    client.terminate();
  });

  describe('with fake timers', () => {
    beforeEach(() => { vi.useFakeTimers(); });
    afterEach(() => { vi.useRealTimers(); });

    it('a busy worker that sends nothing for the busy deadline is restarted; progress keeps it alive', async () => {
      const { create, made } = silentWorkerFactory();
      const crashes: string[] = [];
      const progress: number[] = [];
      const client = createLabClient({
        createWorker: create, locks: null, busyDeadlineMs: 8000, deadlineMs: 3000, heartbeatMs: 1000, now: () => Date.now(),
        onCrash: (m) => crashes.push(m), onProgress: (p) => progress.push(p.done),
      });
      const call = client.simulate('long');
      const tick = (done: number) => made[0].dispatchEvent(Object.assign(new MessageEvent('message', { data: { qrnnLabSignal: 'progress', task: 'simulate', done, total: 9, unit: 'step', qubits: 12 } })));
      for (let i = 1; i <= 5; i++) {
        vi.advanceTimersByTime(5000);
        tick(i);
      }
      expect(crashes).toEqual([]);
      expect(progress).toEqual([1, 2, 3, 4, 5]);
      vi.advanceTimersByTime(9000);
      expect(crashes).toEqual(['The lab worker sent nothing for 8 s.']);
      await expect(call).rejects.toThrow(/restarted/);
      expect(made[0].terminated).toBe(true);
      expect(made).toHaveLength(2);
      client.terminate();
    });

    it('an idle worker is pinged, and one that does not answer within the deadline is restarted', async () => {
      const { create, made } = silentWorkerFactory();
      const crashes: string[] = [];
      const client = createLabClient({ createWorker: create, locks: null, heartbeatMs: 1000, deadlineMs: 3000, now: () => Date.now(), onCrash: (m) => crashes.push(m) });
      void client.exportProgram('x', 'qasm3').catch(() => undefined);
      // Answer the call by hand: the lane is idle afterwards.
      const request = made[0].sent[0] as { id: string };
      made[0].dispatchEvent(Object.assign(new MessageEvent('message', { data: { id: request.id, type: 'RAW', value: { ok: false, errors: [] } } })));
      await vi.advanceTimersByTimeAsync(1500);
      expect(made[0].sent.length).toBeGreaterThan(1);
      await vi.advanceTimersByTimeAsync(4000);
      expect(crashes).toHaveLength(1);
      expect(crashes[0]).toMatch(/did not answer/);
      expect(made[0].terminated).toBe(true);
      client.terminate();
    });

    it('a worker that dies before it takes its life lock is restarted after the deadline, not the 60 s training one', async () => {
      const { create, made } = silentWorkerFactory();
      const locks = { request: () => new Promise<unknown>(() => undefined) } as unknown as Pick<LockManager, 'request'>;
      const crashes: [string, string][] = [];
      const client = createLabClient({ createWorker: create, locks, heartbeatMs: 1000, deadlineMs: 3000, startDeadlineMs: 3000, now: () => Date.now(), onCrash: (m, lane) => crashes.push([m, lane]) });
      const start = client.startTraining('x', () => undefined);
      const refused = expect(start).rejects.toThrow(/starting/);
      await vi.advanceTimersByTimeAsync(2500);
      expect(crashes).toEqual([]);
      await vi.advanceTimersByTimeAsync(1500);
      expect(crashes).toEqual([['The lab worker stopped while it was starting.', 'training']]);
      await refused;
      expect(made[0].terminated).toBe(true);

      // A worker that did take its lock is vouched for by it, however long it is busy.
      const held = made[made.length - 1];
      held.dispatchEvent(Object.assign(new MessageEvent('message', { data: { qrnnLabSignal: 'held' } })));
      const busy = client.startTraining('x', () => undefined);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(crashes).toHaveLength(1);
      client.terminate();
      await busy.catch(() => undefined);
    });
  });

  it('a life lock granted to the page means the worker died: restart and report, even while busy', async () => {
    const { create, made } = silentWorkerFactory();
    let release: (() => void) | null = null;
    const locks = { request: (_name: string, callback: () => unknown) => new Promise<unknown>((resolve) => { release = () => resolve(callback()); }) } as unknown as Pick<LockManager, 'request'>;
    const crashes: [string, string][] = [];
    const client = createLabClient({ createWorker: create, locks, onCrash: (m, lane) => crashes.push([m, lane]) });
    const call = client.simulate('long');
    made[0].dispatchEvent(Object.assign(new MessageEvent('message', { data: { qrnnLabSignal: 'held' } })));
    expect(release).not.toBeNull();
    release!();
    await expect(call).rejects.toThrow(/stopped without a word/);
    expect(crashes).toEqual([['The lab worker stopped without a word.', 'simulate']]);
    expect(made).toHaveLength(2);
    client.terminate();
  });
});
