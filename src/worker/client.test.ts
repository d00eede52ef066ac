/**
 * The worker client over a fake worker: a `MessageChannel` whose far port exposes the real
 * lab service with Comlink. Checks calls go through, a worker `error` restarts the worker,
 * rejects what was in flight and reports `onCrash`, and `terminate()` is final.
 */
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { createLabClient } from './client';
import { createLabService } from './labService';

interface FakeWorker extends EventTarget {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  terminated: boolean;
}

function fakeWorkerFactory() {
  const made: FakeWorker[] = [];
  const create = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    expose(createLabService(), port2 as unknown as Parameters<typeof expose>[1]);
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
    client.terminate();
    expect(made[0].terminated).toBe(true);
    await expect(client.ping()).rejects.toThrow(/terminated/);
  });
});
