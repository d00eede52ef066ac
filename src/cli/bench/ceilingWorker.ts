/**
 * The worker of the two-core ceiling (browserCeiling.ts): trains one copy of an experiment
 * for a number of epochs with the pure trainer, exactly as the lab's training worker would
 * with one thread, and answers with its worker time and final train loss. Nothing is shared
 * with any other worker, so two of them side by side measure what two cores give this
 * browser with no synchronisation at all.
 */
import { parseAnyExperimentText } from '../../model/parse';
import { createTrainer } from '../../training/trainer';

interface Job { text: string; epochs: number }

self.addEventListener('message', (event: MessageEvent<Job>) => {
  // The file's own epoch count would end the run early: it is set to the job's.
  const file = JSON.parse(event.data.text) as { training: { epochs: number } };
  file.training.epochs = event.data.epochs;
  const parsed = parseAnyExperimentText(JSON.stringify(file));
  if (!parsed.ok) throw new Error('the ceiling worker was sent a file it cannot parse');
  const made = createTrainer(parsed.experiment);
  if (!made.ok) throw new Error('the ceiling worker cannot train this file');
  const started = performance.now();
  let trainLoss: number | null = null;
  for (let epoch = 0; epoch < event.data.epochs; epoch++) trainLoss = made.trainer.step().trainLoss;
  self.postMessage({ ms: performance.now() - started, trainLoss });
});
