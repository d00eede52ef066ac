/**
 * `createTeachingApi`: Explain goes to the lab's worker; comparisons go to a worker started on
 * first use and kept for the next; Cancel terminates it, and the next comparison starts anew.
 */
import { describe, expect, it } from 'vitest';
import type { CompareReply, ExplainReply } from '../worker/protocol';
import { createTeachingApi } from './teachingApi';

const compared: CompareReply = { ok: true, param: 'a', exact: 0, repeats: 2, points: [], computedIn: 'worker' };
const explained: ExplainReply = { ok: false, errors: [] };

describe('createTeachingApi(lab, startComparisonWorker)', () => {
  it('starts one comparison worker on first use, reuses it, and replaces it after Cancel', async () => {
    const log: string[] = [];
    let started = 0;
    const api = createTeachingApi({ explain: async () => { log.push('lab explain'); return explained; } }, () => {
      const id = ++started;
      return { compare: async () => { log.push(`compare in ${id}`); return compared; }, terminate: () => log.push(`terminate ${id}`) };
    });
    await api.explain('{}', { gate: 0, step: 0 });
    expect(started).toBe(0);
    await api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    await api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    api.cancelCompare();
    await api.compare('{}', { param: 'a', shots: [1], steps: [], repeats: 2 }, () => undefined);
    expect(log).toEqual(['lab explain', 'compare in 1', 'compare in 1', 'terminate 1', 'compare in 2']);
  });
});
