/**
 * A helper thread of `qrnn train --threads N`: the page's helper (`src/worker/helperThread.ts`)
 * on a Node worker thread, so a batch shared out in Node gives the page's numbers.
 */
import { parentPort } from 'node:worker_threads';
import { createHelperHandler } from '../../worker/helperThread';
import type { ToHelper } from '../../worker/helperProtocol';

const handle = createHelperHandler((message, transfer) => parentPort?.postMessage(message, transfer));
parentPort?.on('message', (message: ToHelper) => handle(message));
