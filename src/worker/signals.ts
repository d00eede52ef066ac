/**
 * The worker's side of the side channel (`signalProtocol.ts`): it holds a life lock for as
 * long as it lives, and it sends throttled progress reports from inside long computations.
 * Both are plain `postMessage`s that Comlink ignores.
 */
import type { WorkerProgress, WorkerSignal } from './signalProtocol';

/** Least time between two progress reports of one computation, in ms. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Takes the Web Lock named after this worker (`self.name`, chosen unique by the page) and
 * never lets it go; says `held` once it has it. The lock is released when the worker dies,
 * however it dies, which is how the page notices a silent death at once. Where Web Locks are
 * missing (an insecure origin) nothing is sent and the page falls back to its deadline.
 */
export function holdLifeLock(scope: { name: string; navigator: { locks?: LockManager }; postMessage(message: WorkerSignal): void }): void {
  const locks = scope.navigator.locks;
  if (!locks || !scope.name) return;
  void locks.request(scope.name, () => {
    scope.postMessage({ qrnnLabSignal: 'held' });
    return new Promise<never>(() => undefined);
  });
}

/**
 * A progress sink that sends at most one report per {@link PROGRESS_INTERVAL_MS}, except that
 * the start of a computation (`done === 0`) always goes, so the page learns at once what the
 * worker is now working on.
 */
export function throttledProgress(post: (signal: WorkerSignal) => void, now: () => number = () => performance.now(), intervalMs = PROGRESS_INTERVAL_MS): (progress: WorkerProgress) => void {
  let last = -Infinity;
  return (progress) => {
    const t = now();
    if (progress.done !== 0 && t - last < intervalMs) return;
    last = t;
    post({ qrnnLabSignal: 'progress', ...progress });
  };
}
