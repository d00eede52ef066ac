/**
 * The messages between the training worker and its helper threads (`trainingHelpers.ts`,
 * `trainingHelper.worker.ts`): the training worker loads a run's experiment into every
 * helper, then hands each a share of a mini-batch's work (pieces of its windows) at the
 * batch's parameters; the helper sends back the pieces' results in the order it was given them. Plain
 * `postMessage` data; types only, both sides import them.
 */
import type { AnyExperiment } from '../model/types';
import type { WindowPiece } from '../training/windowGradients';
import type { WirePieceResult } from './packedResults';

/** Training worker -> helper. */
export type ToHelper =
  | { qrnnHelper: 'load'; run: number; experiment: AnyExperiment }
  | { qrnnHelper: 'share'; run: number; job: number; params: Record<string, number>; pieces: WindowPiece[] };

/**
 * Helper -> training worker: a share's results (their occurrences packed: `packedResults.ts`),
 * or why it could not compute them.
 */
export type FromHelper =
  | { qrnnHelper: 'done'; job: number; results: WirePieceResult[] }
  | { qrnnHelper: 'failed'; job: number; message: string };
