/**
 * The Comlink transport of training reports: each report goes through the page's proxied
 * callback with its typed arrays' buffers transferred (moved, not copied), and a callback
 * whose run has ended is released so its message port closes. A report the page can no
 * longer take (its port closed) is dropped: the run it belongs to is over for the page.
 */
import { releaseProxy, transfer, type Remote } from 'comlink';
import type { ProgressCallback } from './trainingProtocol';
import type { TrainingTransport } from './trainingRunner';

const ignore = () => undefined;

/** Delivers reports to a Comlink-proxied callback, transferring their buffers. */
export const COMLINK_TRANSPORT: TrainingTransport = {
  deliver(callback, report, buffers) {
    try {
      void Promise.resolve(callback(transfer(report, buffers))).catch(ignore);
    } catch {
      // The proxy was released or its port closed: the page no longer follows this run.
    }
  },
  release(callback) {
    const remote = callback as unknown as Partial<Remote<ProgressCallback>>;
    remote[releaseProxy]?.();
  },
};
