/**
 * A helper on a Node worker thread for `sharedBoard.test.ts`: serves the board it is given,
 * as a training helper does, computing its chunks normally, throwing on each, or ending its
 * thread in the middle of one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createWindowGradients } from '../training/windowGradients';
import type { AnyExperiment } from '../model/types';
import { serveBoard } from './sharedBoard';

const { experiment, buffer, index, behaviour } = workerData as { experiment: AnyExperiment; buffer: SharedArrayBuffer; index: number; behaviour: 'works' | 'fails' | 'dies' };
const created = createWindowGradients(experiment);
if (!created.ok) throw new Error('not shareable');
const gradients = behaviour === 'works' ? created.gradients : {
  ...created.gradients,
  computePieces: () => {
    if (behaviour === 'dies') process.exit(3);
    throw new Error('this helper fails every chunk');
  },
};
void serveBoard(buffer, index, gradients, () => true);
// A pending `Atomics.waitAsync` does not keep a Node thread alive; a listening port does.
parentPort?.on('message', () => undefined);
parentPort?.postMessage('serving');
