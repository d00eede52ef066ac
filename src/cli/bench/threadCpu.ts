/**
 * Where a browser's CPU time goes, by thread (docs/performance.md §3.8): the bench's own
 * Chromium, read from Linux's `/proc`. Web Workers run on threads named `DedicatedWorker`,
 * the page on its renderer's main thread; the rest (V8's background collector and compiler,
 * the compositor, the browser and GPU processes) is counted together.
 *
 * Why: a ratio of epochs per second says how much faster two threads are, not why it is not
 * twice. The workers' CPU time says which: threads that wait (fewer cores busy than threads)
 * or threads that are slower side by side (more CPU time per epoch than one thread alone).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time in clock ticks, per thread of every Chromium process this one started. */
type Ticks = Map<string, { kind: ThreadKind; ticks: number }>;
type ThreadKind = 'worker' | 'page' | 'other';

/** Linux's clock ticks per second (`USER_HZ`): 100 on every Linux that Node runs on. */
const TICKS_PER_SECOND = 100;

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** A `/proc/.../stat` line's name and fields after it (the name may hold spaces and parentheses). */
function parseStat(line: string): { name: string; fields: string[] } {
  return { name: line.slice(line.indexOf('(') + 1, line.lastIndexOf(')')), fields: line.slice(line.lastIndexOf(')') + 2).split(' ') };
}

/** The processes descended from this one (the bench's browser and its helpers), or null where there is no `/proc`. */
function descendants(): number[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const entry of entries) {
    const stat = read(`/proc/${entry}/stat`);
    if (!stat) continue;
    const parent = Number(parseStat(stat).fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(process.pid);
  return found;
}

/** The CPU ticks so far of every thread of this process's Chromium, or null where `/proc` cannot say. */
export function chromiumTicks(): Ticks | null {
  const pids = descendants();
  if (!pids) return null;
  const out: Ticks = new Map();
  for (const pid of pids) {
    const command = read(`/proc/${pid}/cmdline`);
    if (!command?.includes('chromium')) continue;
    const renderer = command.includes('--type=renderer');
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of threads) {
      const stat = read(`/proc/${pid}/task/${tid}/stat`);
      if (!stat) continue;
      const { name, fields } = parseStat(stat);
      // utime and stime: fields 14 and 15 of the line, 12 and 13 after the name.
      const ticks = Number(fields[11]) + Number(fields[12]);
      const kind: ThreadKind = renderer && name === 'DedicatedWorker' ? 'worker' : renderer && tid === String(pid) ? 'page' : 'other';
      out.set(`${pid}/${tid}`, { kind, ticks });
    }
  }
  return out;
}

/** CPU seconds by kind of thread between two readings (threads that ended between them are not counted). */
export interface CpuSeconds {
  worker: number;
  page: number;
  other: number;
}

export function cpuBetween(before: Ticks | null, after: Ticks | null): CpuSeconds | null {
  if (!before || !after) return null;
  const out: CpuSeconds = { worker: 0, page: 0, other: 0 };
  for (const [key, { kind, ticks }] of after) out[kind] += (ticks - (before.get(key)?.ticks ?? 0)) / TICKS_PER_SECOND;
  return out;
}

/** How a run used the CPU: cores busy on average over its wall time, and the workers' CPU milliseconds per epoch. */
export interface CpuUse { workerCores: number; pageCores: number; otherCores: number; workerCpuMsPerEpoch: number }

export function cpuUse(cpu: CpuSeconds, wallMs: number, epochs: number): CpuUse {
  const seconds = wallMs / 1000;
  return { workerCores: cpu.worker / seconds, pageCores: cpu.page / seconds, otherCores: cpu.other / seconds, workerCpuMsPerEpoch: (cpu.worker * 1000) / epochs };
}

/** The medians of `runs`, each field named with `suffix` (none where `/proc` could not say). */
export function cpuFields(runs: CpuUse[], suffix: string): Record<string, number> {
  if (runs.length === 0) return {};
  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const out: Record<string, number> = {};
  for (const key of ['workerCores', 'pageCores', 'otherCores', 'workerCpuMsPerEpoch'] as const) out[`${key}${suffix}`] = Math.round(median(runs.map((r) => r[key])) * 100) / 100;
  return out;
}
