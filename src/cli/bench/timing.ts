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
  run(); // warm-up: JIT and caches
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

const round = (ms: number) => Math.round(ms * 1000) / 1000;
