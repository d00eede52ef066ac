/**
 * `createTeachingApi`: Explain goes to the lab's worker; a comparison goes to the worker
 * pool, one configuration per task (fake workers here), and comes back whole and in order;
 * Cancel terminates the pool's workers, and the next comparison starts fresh ones.
 */
import { describe, expect, it } from 'vitest';
import type { CompareConfigReply, ExplainReply, ToPoolWorker } from '../worker/protocol';
import type { PoolWorker } from '../worker/workerPool';
import { createTeachingApi } from './teachingApi';

const explained: ExplainReply = { ok: false, errors: [] };

/** Fake pool workers that answer configuration `c` with a point whose mean is `c`, after `delay(c)` ms. */
function fakePool(delay: (config: number) => number) {
  const log: string[] = [];
  let made = 0;
  const createWorker = (): PoolWorker => {
    const id = ++made;
    let onMessage: (event: { data: unknown }) => void = () => undefined;
    let terminated = false;
    return {
      addEventListener: (type: string, l: (event: { data: unknown }) => void) => { if (type === 'message') onMessage = l; },
      terminate: () => { if (!terminated) log.push(`terminate ${id}`); terminated = true; },
      postMessage: (m: ToPoolWorker) => {
        if (m.payload.kind !== 'compare-config') return;
        const config = m.payload.config;
        log.push(`config ${config} in ${id}`);
        const value: CompareConfigReply = { ok: true, exact: -1, point: { method: 'spsa', h: null, shots: 1, estimates: [config], mean: config, std: 0, bias: 0, rmse: 0, circuitExecutions: 2, totalShots: 2 } };
        setTimeout(() => { if (!terminated) onMessage({ data: { qrnnPool: 'done', task: m.task, value } }); }, delay(config));
      },
    } as PoolWorker;
  };
  return { log, createWorker };
}

describe('createTeachingApi(lab, pool)', () => {
  it('explains in the lab worker and compares on the pool, putting the points back in order', async () => {
    const pool = fakePool((config) => 10 - 3 * config);
    const api = createTeachingApi({ explain: async () => { pool.log.push('lab explain'); return explained; } }, { size: 2, createWorker: pool.createWorker, locks: null });
    await api.explain('{}', { gate: 0, step: 0 });
    const progress: number[] = [];
    const reply = await api.compare('{}', { param: 'a', shots: [1], steps: [0.1], repeats: 2 }, (_done, _total, point) => progress.push(point?.mean ?? NaN));
    expect(reply.ok && reply.points.map((p) => p.mean)).toEqual([0, 1, 2]);
    expect(progress).toEqual([1, 0, 2]);
    expect(pool.log[0]).toBe('lab explain');
  });

  it('Cancel while the pool loads starts nothing; Cancel of a running comparison terminates its workers; the next starts new ones', async () => {
    const pool = fakePool(() => 50);
    const api = createTeachingApi({ explain: async () => explained }, { size: 2, createWorker: pool.createWorker, locks: null });
    const early = api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    api.cancelCompare();
    await expect(early).rejects.toMatchObject({ name: 'CancelledError' });
    expect(pool.log).toEqual([]);
    const first = api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    await new Promise((r) => setTimeout(r, 5));
    api.cancelCompare();
    await expect(first).rejects.toMatchObject({ name: 'CancelledError' });
    expect(pool.log).toEqual(['config 0 in 1', 'config 1 in 2', 'terminate 1', 'terminate 2']);
    const second = await api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    expect(second.ok).toBe(true);
    expect(pool.log.slice(4, 6)).toEqual(['config 0 in 3', 'config 1 in 4']);
  });
});
