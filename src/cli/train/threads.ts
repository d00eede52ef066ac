/**
 * The helper threads of `qrnn train --threads N`: Node worker threads behind the interface the
 * page's training worker uses (`src/worker/trainingHelpers.ts`), so the command line shares a
 * mini-batch out exactly as the page does, and gives the same history, bit for bit.
 */
import type { HelperThread } from '../../worker/trainingHelpers';
import { startWorkerThread } from '../workerThread';

const MODULE = new URL('./helperThread.ts', import.meta.url).href;

/** Starts one helper thread (its name is for the page's; Node threads need none). */
export function startNodeHelper(): HelperThread {
  const worker = startWorkerThread(MODULE);
  // A helper must never keep the process alive once training is done.
  worker.unref();
  return {
    postMessage: (message) => worker.postMessage(message),
    addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown; message?: string }) => void) {
      if (type === 'message') worker.on('message', (data: unknown) => listener({ data }));
      else {
        worker.on('error', (error: Error) => listener({ message: error.message }));
        worker.on('exit', (code) => { if (code !== 0) listener({ message: `the helper thread exited with code ${code}` }); });
      }
    },
    terminate: () => void worker.terminate(),
  } as HelperThread;
}
