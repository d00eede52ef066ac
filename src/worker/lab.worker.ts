/**
 * The worker entry: exposes the lab service over Comlink, with training reports and analysis
 * replies moved (their typed arrays transferred), and does nothing else.
 */
import { expose, transfer } from 'comlink';
import { analysisBuffers } from './analysis';
import { createLabService } from './labService';
import type { LabApi } from './protocol';
import { COMLINK_TRANSPORT } from './transport';

const service = createLabService({ transport: COMLINK_TRANSPORT });

expose({
  ...service,
  analyze: (experimentJson, options) => service.analyze(experimentJson, options).then((reply) => transfer(reply, analysisBuffers(reply))),
} satisfies LabApi);
