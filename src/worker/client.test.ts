/**
 * The worker client over a fake worker: a `MessageChannel` whose far port exposes the real
 * lab service with Comlink and the worker's transport. Checks calls go through, training
 * reports arrive through the proxied callback with their buffers moved (detached on the
 * sending side), a worker `error` restarts the worker, rejects what was in flight and
 * reports `onCrash`, and `terminate()` is final.
 */
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { createLabClient } from './client';
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
