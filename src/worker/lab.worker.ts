/**
 * The worker entry: exposes the lab service over Comlink, with training reports moved by the
 * Comlink transport, and does nothing else.
 */
import { expose } from 'comlink';
import { createLabService } from './labService';
import type { LabApi } from './protocol';
import { COMLINK_TRANSPORT } from './transport';

expose(createLabService({ transport: COMLINK_TRANSPORT }) satisfies LabApi);
