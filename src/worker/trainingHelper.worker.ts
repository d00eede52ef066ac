/** A helper thread of the training worker (`trainingHelpers.ts`); its work is `helperThread.ts`'s. */
import type { ToHelper } from './helperProtocol';
import { createHelperHandler } from './helperThread';

const handle = createHelperHandler((message, transfer) => self.postMessage(message, transfer ?? []));
self.addEventListener('message', (event: MessageEvent<ToHelper>) => handle(event.data));
