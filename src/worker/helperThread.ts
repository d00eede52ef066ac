/**
 * What a training helper thread does with each message (`trainingHelper.worker.ts` wires it
 * to `self`; tests run it in-thread): it keeps the latest run's training windows and
 * computes the shares of mini-batches it is sent, with the trainer's own function
 * (`src/training/windowGradients.ts`), so its numbers are the trainer's.
 */
import { createWindowGradients, type WindowGradients } from '../training/windowGradients';
import type { FromHelper, ToHelper } from './helperProtocol';
import { packResults } from './packedResults';

/**
 * A handler for the messages of one helper thread, posting its replies through `post` with
 * the buffers to transfer.
 */
export function createHelperHandler(post: (message: FromHelper, transfer?: ArrayBuffer[]) => void): (message: ToHelper) => void {
  let loaded: { run: number; gradients: WindowGradients } | { run: number; error: string } | null = null;
  return (message) => {
    if (message?.qrnnHelper === 'load') {
      const created = createWindowGradients(message.experiment);
      loaded = created.ok ? { run: message.run, gradients: created.gradients } : { run: message.run, error: created.errors.map((e) => e.message).join('; ') };
      return;
    }
    if (message?.qrnnHelper !== 'share') return;
    const { job, run } = message;
    if (!loaded || loaded.run !== run) return post({ qrnnHelper: 'failed', job, message: 'the helper holds another run' });
    if ('error' in loaded) return post({ qrnnHelper: 'failed', job, message: loaded.error });
    try {
      const { results, transfer } = packResults(loaded.gradients.computePieces(message.params, message.pieces));
      post({ qrnnHelper: 'done', job, results }, transfer);
    } catch (error) {
      post({ qrnnHelper: 'failed', job, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
