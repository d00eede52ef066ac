/**
 * The worker entry: exposes the lab service over Comlink, with training reports and analysis
 * replies moved (their typed arrays transferred) and a comparison's progress callback
 * released when it ends; it holds the worker's life lock and posts progress from inside long
 * computations (`signals.ts`), and does nothing else.
 */
import { expose, releaseProxy, transfer, type Remote } from 'comlink';
import { analysisBuffers } from './analysis';
import { createLabService } from './labService';
import type { CompareProgressCallback, LabApi } from './protocol';
import { holdLifeLock, throttledProgress } from './signals';
import { createTrainingHelpers } from './trainingHelpers';
import { COMLINK_TRANSPORT } from './transport';

// The life lock lets the page notice this worker's death, even a silent one (signals.ts).
holdLifeLock(self);
// Helper threads for training, started only when a run shares its batches out: one per core beyond this one (at most 7).
const helpers = createTrainingHelpers(Math.max(0, Math.min(navigator.hardwareConcurrency || 1, 8) - 1));
const service = createLabService({ transport: COMLINK_TRANSPORT, progress: throttledProgress((signal) => self.postMessage(signal)), helpers });

expose({
  ...service,
  analyze: (experimentJson, options) => service.analyze(experimentJson, options).then((reply) => transfer(reply, analysisBuffers(reply))),
  // The comparison's progress proxy is released when it ends, so its message port closes.
  compare: (experimentJson, options, onProgress) => service.compare(experimentJson, options, onProgress)
    .finally(() => (onProgress as Partial<Remote<CompareProgressCallback>> | undefined)?.[releaseProxy]?.()),
} satisfies LabApi);
