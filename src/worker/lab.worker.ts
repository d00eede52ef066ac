/**
 * The worker entry: exposes the lab service over Comlink and does nothing else.
 */
import { expose } from 'comlink';
import { createLabService } from './labService';
import type { LabApi } from './protocol';

expose(createLabService() satisfies LabApi);
