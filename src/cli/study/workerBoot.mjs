// A worker thread of `qrnn study` starts here: it registers tsx (the CLI runs its TypeScript
// sources directly) and then loads the worker module named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
