/**
 * The training announcer's sentences: one per tenth epoch however many epochs a report
 * jumps, one on finishing (with the losses) or diverging, none for other reports or a reset.
 */
import { describe, expect, it } from 'vitest';
import { trainingAnnouncement, type TrainingSnapshot } from './trainingAnnouncement';

const at = (epoch: number, status: TrainingSnapshot['status'] = 'running', trainLoss: number | null = 0.041): TrainingSnapshot => ({ status, epoch, epochs: 40, trainLoss, testLoss: 0.052 });

describe('trainingAnnouncement(previous, next)', () => {
  it('says the tenth and twentieth epochs, with the train loss, and nothing in between', () => {
    expect(trainingAnnouncement(at(8), at(9))).toBeNull();
    expect(trainingAnnouncement(at(9), at(10))).toBe('Epoch 10 of 40, train loss 0.0410.');
    expect(trainingAnnouncement(at(10), at(13))).toBeNull();
    expect(trainingAnnouncement(at(17), at(22))).toBe('Epoch 22 of 40, train loss 0.0410.');
  });

  it('says the end once, with both losses, and a divergence without numbers it does not have', () => {
    expect(trainingAnnouncement(at(38), at(40, 'finished'))).toBe('Training finished at epoch 40 of 40, train loss 0.0410, test loss 0.0520.');
    expect(trainingAnnouncement(at(40, 'finished'), at(40, 'finished'))).toBeNull();
    expect(trainingAnnouncement(at(2), at(3, 'diverged', null))).toBe('Training diverged at epoch 3 of 40.');
    expect(trainingAnnouncement(at(7), at(8, 'stalled'))).toBe('Training stalled at epoch 8 of 40, train loss 0.0410: the line search found no step that lowers the loss.');
    expect(trainingAnnouncement(at(8, 'stalled'), at(8, 'stalled'))).toBeNull();
  });

  it('is silent for a reset and for a pause', () => {
    expect(trainingAnnouncement(at(20, 'paused'), at(0, 'idle', null))).toBeNull();
    expect(trainingAnnouncement(at(12), at(12, 'paused'))).toBeNull();
  });
});
