/**
 * The study chart on a small hand-made study: runs are grouped as the summary groups them;
 * each group's point is the mean x and the mean, lowest and highest loss over its seeds; the
 * cost axes are cumulative and log-scaled, where a baseline has nothing to draw and says so;
 * every variant gets one band and one line, its colour, dash and marker differing from the
 * others and shown together in the legend; the description reads it out; the snapshot.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectSnapshot, renderChart } from './chartSnapshot.test-helper';
import { createStudyChart } from './studyChart';
import { smooth, studyGroups, xValues, type StudyChartRun } from './studyChartData';
import { describeStudy, formatAxisValue, groupStyle, markerIndices, studyMarks } from './studyChartLayout';

const run = (variant: string, seed: number, losses: (number | null)[], executions: number, kind = 'qrnn'): StudyChartRun => ({
  variant, kind, seed,
  history: losses.map((l, i) => ({ epoch: i + 1, trainLoss: l, testLoss: l === null ? null : l * 2, circuitExecutions: executions, shots: executions * 1000, seconds: (i + 1) * seed * 0.1 })),
});

const runs: StudyChartRun[] = [
  run('parameter-shift', 1, [0.5, 0.2, 0.1, 0.05], 100),
  run('parameter-shift', 2, [0.6, 0.3, 0.1, 0.03], 100),
  run('SPSA', 1, [0.5, 0.4, 0.35, 0.3], 2),
  run('SPSA', 2, [0.7, 0.5], 2),
  run('lstm', 1, [0.4, 0.1, 0.05, 0.02], 0, 'lstm'),
];

describe('studyGroups(runs, axis, split, log)', () => {
  it('groups by variant, takes the mean x and the mean, lowest and highest loss over the seeds at each epoch', () => {
    const groups = studyGroups(runs, 'epochs', 'train', true);
    expect(groups.map((g) => [g.variant, g.runs, g.style])).toEqual([['parameter-shift', 2, 0], ['SPSA', 2, 1], ['lstm', 1, 2]]);
    expect(groups[0].points[1]).toEqual({ x: 2, mean: 0.25, min: 0.2, max: 0.3, raw: 0.25, seeds: 2 });
    expect(groups[1].points.map((p) => p.seeds)).toEqual([2, 2, 1, 1]);
  });

  it('accumulates the cost axes, and leaves a baseline off them with the reason', () => {
    expect(xValues(runs[0], 'shots')).toEqual([100_000, 200_000, 300_000, 400_000]);
    expect(xValues(runs[3], 'seconds')).toEqual([0.2, 0.4]);
    const groups = studyGroups(runs, 'executions', 'test', true);
    expect(groups[1].points[0]).toMatchObject({ x: 2, mean: 1.2 });
    expect(groups[2]).toMatchObject({ points: [], absent: 'a classical baseline runs no circuits, so it has no circuit executions to plot against', absentShort: 'not on this axis' });
    const exact = { ...runs[0], history: runs[0].history.map((h) => ({ ...h, shots: 0 })) };
    expect(studyGroups([exact], 'shots', 'train', true)[0]).toMatchObject({ points: [], absent: 'exact expectations spend no shots', absentShort: 'not on this axis' });
  });

  it('says a group with no epochs (cancelled before it began) has run none, on every axis, not that the axis leaves it off', () => {
    const none = { ...runs[0], history: [] };
    for (const axis of ['epochs', 'shots'] as const) expect(studyGroups([none], axis, 'train', true)[0]).toMatchObject({ points: [], absent: 'no epochs run', absentShort: 'no epochs run' });
    const keys = studyMarks(studyGroups([runs[0], none].map((r, i) => ({ ...r, variant: `v${i}` })), 'epochs', 'train', true), { axis: 'epochs', split: 'train', logY: true }, 720, 360)
      .legend.filter((m) => m.key.startsWith('key-text'));
    expect(keys.map((m) => m.text)).toEqual(['v0', 'v1: no epochs run']);
    // Faded, not struck through: struck is for a group the axis itself leaves off.
    expect(keys.map((m) => m.className)).toEqual(['chart-legend-text study-key', 'chart-legend-text study-key is-empty']);
    const offAxis = studyMarks(studyGroups(runs, 'executions', 'train', true), { axis: 'executions', split: 'train', logY: true }, 720, 360)
      .legend.filter((m) => m.key.startsWith('key-text')).map((m) => m.className);
    expect(offAxis).toEqual(['chart-legend-text study-key', 'chart-legend-text study-key', 'chart-legend-text study-key is-absent']);
  });

  it('smooths by a debiased moving average, the first value kept, the raw mean kept beside it', () => {
    for (const v of smooth([1, 1, 1], 0.9)) expect(v).toBeCloseTo(1, 12);
    const s = smooth([1, 0, 0], 0.5);
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(0.5 * 0.5 / 0.75, 12);
    expect(smooth([3, 1], 0)).toEqual([3, 1]);
    const groups = studyGroups(runs, 'epochs', 'train', true, 0.5);
    expect(groups[0].points[1].raw).toBe(0.25);
    expect(groups[0].points[1].mean).toBeCloseTo((0.5 * 0.55 * 0.5 + 0.5 * 0.25) / 0.75, 12);
    expect(studyMarks(groups, { axis: 'epochs', split: 'train', logY: true, smoothing: 0.5 }, 720, 360).lines.filter((m) => m.className.includes('study-raw'))).toHaveLength(3);
  });

  it('skips losses a log axis cannot show', () => {
    const groups = studyGroups([run('a', 1, [0.5, 0, null, 0.1], 1)], 'epochs', 'train', true);
    expect(groups[0].points.map((p) => p.x)).toEqual([1, 4]);
    expect(studyGroups([run('a', 1, [0.5, 0], 1)], 'epochs', 'train', false)[0].points).toHaveLength(2);
  });
});

describe('studyMarks(groups, view, width, height)', () => {
  const view = { axis: 'shots' as const, split: 'train' as const, logY: true };
  const groups = studyGroups(runs, view.axis, view.split, view.logY);
  const marks = studyMarks(groups, view, 720, 360);

  it('draws one band and one line per variant on the axis, named by data-variant', () => {
    expect(marks.bands.map((m) => m.attrs['data-variant'])).toEqual(['parameter-shift', 'SPSA']);
    expect(marks.lines.map((m) => m.attrs['data-variant'])).toEqual(['parameter-shift', 'SPSA']);
    expect(marks.markers.filter((m) => m.attrs['data-variant'] === 'SPSA')).toHaveLength(4);
  });

  it('pairs each colour with a dash and a marker in the legend, differing between neighbours', () => {
    const styles = [0, 1, 2, 3, 23].map(groupStyle);
    expect(new Set(styles.map((s) => `${s.colour}/${s.shape}`)).size).toBe(5);
    expect(styles[0]).toEqual({ colour: 'study-c0', dash: '', shape: 'circle' });
    expect(styles[1]).toEqual({ colour: 'study-c1', dash: '7 4', shape: 'square' });
    const keys = marks.legend.filter((m) => m.key.startsWith('key-text')).map((m) => m.text);
    expect(keys).toEqual(['parameter-shift', 'SPSA', 'lstm (baseline): not on this axis']);
    expect(marks.legend.find((m) => m.key === 'key-band-text')?.text).toBe('band: lowest to highest seed; line: mean');
    expect(marks.legend.find((m) => m.key === 'key-line-1')?.attrs['stroke-dasharray']).toBe('7 4');
  });

  it('draws the group pointed at over the others, which fade', () => {
    const lit = studyMarks(groups, { ...view, highlight: 'qrnn:SPSA' }, 720, 360);
    expect(lit.lines.map((m) => m.className)).toEqual(['study-line study-c0 is-dim', 'study-line study-c1 is-highlighted']);
    expect(lit.bands.every((m) => m.attrs['data-group'] === 'qrnn:parameter-shift' ? m.className.includes('is-dim') : m.className.includes('is-highlighted'))).toBe(true);
    expect(marks.lines.every((m) => !/is-(dim|highlighted)/.test(m.className))).toBe(true);
  });

  it('lays the legend out in rows without overlap, the long labels of absent baselines included', () => {
    const many = [...runs, run('gru', 1, [0.3], 0, 'gru'), run('linear', 1, [0.3], 0, 'linear')];
    const legend = studyMarks(studyGroups(many, 'executions', 'train', true), view, 520, 360).legend.filter((m) => m.kind === 'text');
    for (let i = 1; i < legend.length; i++) {
      const [a, b] = [legend[i - 1], legend[i]];
      if (a.attrs.y === b.attrs.y) expect(Number(b.attrs.x)).toBeGreaterThan(Number(a.attrs.x) + (a.text ?? '').length * 6);
      else expect(Number(b.attrs.y)).toBeGreaterThan(Number(a.attrs.y));
    }
    expect(new Set(legend.map((m) => m.attrs.y)).size).toBeGreaterThan(1);
  });

  it('labels the log cost axis in short counts', () => {
    expect(marks.axes.filter((m) => m.key.startsWith('xtick')).map((m) => m.text)).toEqual(['1k', '10k', '100k', '1M']);
    expect([formatAxisValue(2_000_000, 'shots'), formatAxisValue(0.5, 'seconds'), formatAxisValue(3, 'epochs')]).toEqual(['2M', '0.5', '3']);
    expect(markerIndices(3)).toEqual([0, 1, 2]);
    expect(markerIndices(20)).toEqual([4, 8, 11, 15, 19]);
  });

  it('reads the chart out in words', () => {
    expect(describeStudy(groups, view)).toBe(
      'Train loss against shots spent (log scale), log scale; lines are the mean over seeds, bands the lowest to highest seed. '
      + 'parameter-shift ends at 0.0400 (2 seeds, 0.0300 to 0.0500) after 400,000 shots; SPSA ends at 0.300 (1 seed, 0.300 to 0.300) after 8,000 shots. '
      + 'Not drawn: lstm (baseline): a classical baseline runs no circuits, so it has no shots to plot against.',
    );
    expect(describeStudy([], view)).toBe('No study runs yet.');
    const exact = { ...runs[0], history: runs[0].history.map((h) => ({ ...h, shots: 0 })) };
    expect(describeStudy(studyGroups([exact], 'shots', 'train', true), view)).toBe('Nothing to plot against shots spent (log scale): parameter-shift: exact expectations spend no shots.');
  });

  it('says what to do before any run', () => {
    expect(studyMarks([], view, 720, 360).axes.map((m) => m.text)).toEqual(['Run the study to draw its losses here.']);
  });
});

describe('createStudyChart(svg) snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the axes, the bands, the mean lines, the markers and the legend it drew last time', async () => {
    const r = renderChart(720, 360, (svg) => createStudyChart(svg));
    r.chart.update({ runs, axis: 'epochs', split: 'train', logY: true });
    await expectSnapshot(r.text(), 'studyChart');
    expect(r.svg.querySelectorAll('path.study-band').length).toBe(3);
  });
});
