/**
 * Repeated timing with a budget: at least `minRepeats` runs, more while the budget lasts,
 * reported as median, min and max in milliseconds. Medians, because these machines are noisy.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  repeats: number;
}

export function time(run: () => void, budgetMs = 1500, minRepeats = 3, maxRepeats = 50): Timing {
  // Warm-up: JIT and caches. At least one run, and runs for WARM_UP_MS, so that a run of a
  // fraction of a millisecond is timed in optimised code, not in the interpreter.
  const warmStart = performance.now();
  do run(); while (performance.now() - warmStart < WARM_UP_MS);
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRepeats || (samples.length < maxRepeats && performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { medianMs: round(median), minMs: round(samples[0]), maxMs: round(samples[samples.length - 1]), repeats: samples.length };
}

const WARM_UP_MS = 150;

const round = (ms: number) => Math.round(ms * 1000) / 1000;
