/** A training helper thread in the test's own thread (for trainingHelpers and trainingRunner tests). */
import type { FromHelper, ToHelper } from './helperProtocol';
import { createHelperHandler } from './helperThread';
import type { HelperThread } from './trainingHelpers';

type Listener = (event: { data: unknown; message?: string }) => void;

/** A helper thread in this thread: the real handler, replying on a later task, as a worker would. */
export function fakeThread(behaviour: 'works' | 'fails' | 'dies' = 'works') {
  const listeners: Record<string, Listener[]> = { message: [], error: [] };
  const received: ToHelper[] = [];
  let terminated = false;
  const handle = createHelperHandler((reply: FromHelper) => setTimeout(() => { if (!terminated) listeners.message.forEach((l) => l({ data: reply })); }, 0));
  const thread: HelperThread = {
    postMessage(message) {
      received.push(message);
      if (behaviour === 'dies' && message.qrnnHelper === 'share') return void setTimeout(() => listeners.error.forEach((l) => l({ data: null, message: 'boom' })), 0);
      if (behaviour === 'fails' && message.qrnnHelper === 'share') return void setTimeout(() => listeners.message.forEach((l) => l({ data: { qrnnHelper: 'failed', job: message.job, message: 'no' } })), 0);
      handle(message);
    },
    addEventListener(type: 'message' | 'error', listener: Listener) { listeners[type].push(listener); },
    terminate() { terminated = true; },
  } as HelperThread;
  return { thread, received, isTerminated: () => terminated };
}

