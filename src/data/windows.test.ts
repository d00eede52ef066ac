import { describe, expect, it } from 'vitest';
import { cutWindow, layoutWindows, trainInputEnd, type WindowLayout } from './windows';

const layout = (length: number, window: number, horizon: number, stride: number, split: number): WindowLayout => {
  const l = layoutWindows(length, { window, horizon, stride, split });
  if ('field' in l) throw new Error(l.message);
  return l;
};

describe('layoutWindows', () => {
  it('with the sine defaults (120 points, window 12, horizon 1, stride 12, split 0.75) gives 7 training and 2 test windows', () => {
    const l = layout(120, 12, 1, 12, 0.75);
    expect(l.trainStarts).toEqual([0, 12, 24, 36, 48, 60, 72]);
    expect(l.testStarts).toEqual([84, 96]);
    expect(trainInputEnd(l)).toBe(84);
  });

  it('counts floor((length - window - horizon) / stride) + 1 windows when the stride does not cut the gap', () => {
    const l = layout(100, 10, 3, 10, 0.5);
    expect(l.trainStarts.length + l.testStarts.length).toBe(Math.floor((100 - 10 - 3) / 10) + 1);
  });

  it('with overlapping windows drops test windows whose inputs overlap the last training window', () => {
    const l = layout(30, 5, 1, 2, 0.5);
    // starts 0, 2, ..., 24 (13 windows); 7 for training (last at 12); test from 17 on.
    expect(l.trainStarts).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(l.testStarts).toEqual([18, 20, 22, 24]);
  });

  it('keeps at least one training window, and split 1 keeps every window for training', () => {
    expect(layout(20, 5, 1, 5, 0.01).trainStarts).toEqual([0]);
    const all = layout(20, 5, 1, 5, 1);
    expect(all.trainStarts).toEqual([0, 5, 10]);
    expect(all.testStarts).toEqual([]);
  });

  it('refuses a window that does not fit, blaming data.window, and too many points, blaming data.stride', () => {
    expect(layoutWindows(10, { window: 10, horizon: 1, stride: 10, split: 0.75 })).toMatchObject({ field: 'window' });
    expect(layoutWindows(100_000, { window: 50_000, horizon: 1, stride: 1, split: 0.75 })).toMatchObject({ field: 'stride' });
  });
});

describe('cutWindow', () => {
  it('cutWindow(s, y, i, window, horizon) has inputs [s[i + t]] and targets y[i + t + horizon]', () => {
    const s = [0, 1, 2, 3, 4, 5, 6], y = [10, 11, 12, 13, 14, 15, 16];
    expect(cutWindow(s, [y], 2, 3, 2)).toEqual({ inputs: [[2], [3], [4]], targets: [[14], [15], [16]] });
    expect(cutWindow(s, [s], 0, 2, 0)).toEqual({ inputs: [[0], [1]], targets: [[0], [1]] });
    expect(cutWindow(s, [y, s], 1, 2, 1)).toEqual({ inputs: [[1], [2]], targets: [[12, 2], [13, 3]] });
  });
});
