import { describe, expect, it } from 'vitest';
import { chromiumTicks, cpuBetween, cpuFields, cpuUse } from './threadCpu';

describe('CPU time by thread', () => {
  it('counts each kind of thread between two readings, threads that started between them whole', () => {
    const before = new Map([['1/1', { kind: 'page' as const, ticks: 50 }], ['1/2', { kind: 'worker' as const, ticks: 100 }]]);
    const after = new Map([['1/1', { kind: 'page' as const, ticks: 60 }], ['1/2', { kind: 'worker' as const, ticks: 300 }], ['1/3', { kind: 'worker' as const, ticks: 150 }], ['2/9', { kind: 'other' as const, ticks: 5 }]]);
    expect(cpuBetween(before, after)).toEqual({ worker: 3.5, page: 0.1, other: 0.05 });
    expect(cpuBetween(null, after)).toBeNull();
  });

  it('turns CPU seconds into cores busy and milliseconds an epoch, and reports their medians', () => {
    const use = cpuUse({ worker: 3, page: 0.1, other: 0.2 }, 2000, 300);
    expect(use).toEqual({ workerCores: 1.5, pageCores: 0.05, otherCores: 0.1, workerCpuMsPerEpoch: 10 });
    const other = cpuUse({ worker: 2, page: 0, other: 0 }, 2000, 100);
    expect(cpuFields([use, other], '2')).toEqual({ workerCores2: 1.25, pageCores2: 0.03, otherCores2: 0.05, workerCpuMsPerEpoch2: 15 });
    expect(cpuFields([], '1')).toEqual({});
  });

  it('reads this process\'s Chromium threads where there is a /proc (none are running here)', () => {
    const ticks = chromiumTicks();
    if (process.platform === 'linux') expect(ticks).toBeInstanceOf(Map);
    else expect(ticks).toBeNull();
  });
});
