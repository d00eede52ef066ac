/**
 * A worker of the page's pool (`workerPool.ts`): it holds its life lock, so the pool notices
 * its death however it dies, and runs the tasks it is handed one at a time, posting each
 * study epoch as progress and then the task's value, or the error it threw.
 */
import type { FromPoolWorker, ToPoolWorker } from './poolProtocol';
import { runPoolTask } from './poolTasks';
import { holdLifeLock } from './signals';

holdLifeLock(self);
const post = (message: FromPoolWorker) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToPoolWorker>) => {
  const message = event.data;
  if (message?.qrnnPool !== 'run') return;
  const { task } = message;
  try {
    const value = runPoolTask(message.payload, (progress) => post({ qrnnPool: 'progress', task, progress }));
    post({ qrnnPool: 'done', task, value });
  } catch (error) {
    post({ qrnnPool: 'failed', task, message: error instanceof Error ? error.message : String(error) });
  }
});
