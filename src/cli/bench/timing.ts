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

/**
 * How hard to time: the full figures, or `bench --quick`, which caps every budget and repeat
 * count and shortens the warm-up (rougher figures, in seconds rather than minutes).
 */
export interface TimingProfile {
  /** Warm-up time before the timed runs. */
  warmUpMs: number;
  /** Upper bound on any figure's budget. */
  maxBudgetMs: number;
  /** Upper bound on any figure's repeats. */
  maxRepeats: number;
}

export const FULL: TimingProfile = { warmUpMs: 150, maxBudgetMs: Infinity, maxRepeats: Infinity };
export const QUICK: TimingProfile = { warmUpMs: 20, maxBudgetMs: 150, maxRepeats: 5 };

export function time(run: () => void, budgetMs = 1500, minRepeats = 3, maxRepeats = 50, profile: TimingProfile = FULL): Timing {
  const budget = Math.min(budgetMs, profile.maxBudgetMs);
  const most = Math.max(1, Math.min(maxRepeats, profile.maxRepeats));
  const least = Math.min(minRepeats, most);
  // Warm-up: JIT and caches. At least one run, and runs for the profile's warm-up, so that a
  // run of a fraction of a millisecond is timed in optimised code, not in the interpreter.
  const warmStart = performance.now();
  do run(); while (performance.now() - warmStart < profile.warmUpMs);
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < least || (samples.length < most && performance.now() - start < budget)) {
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
