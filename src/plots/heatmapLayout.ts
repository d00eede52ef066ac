/**
 * The heat map as a pure function of the data and the size: parameters down, steps across,
 * each cell the parameter's contribution at that step (summed over its gates) on the
 * diverging scale, empty where it has no occurrence. The chosen parameter's row is outlined
 * and its label set in bold; the focused step's cell in that row has a heavier outline.
 */
import { formatContribution } from '../text/format';
import { plural } from '../text/plural';
import { contributionColor, contributionExtent } from './heatmapScale';
import type { HeatmapRows } from './heatmapData';
import type { Mark } from './gradientBarsMarks';

export interface HeatmapData {
  rows: HeatmapRows;
  chosen: string | null;
  focusedStep: number | null;
}

/** Space around the grid, in px: room for the parameter names and the step labels. */
const HEATMAP_MARGIN = { top: 14, right: 16, bottom: 30, left: 64 };
const MAX_ROW = 26;

/** The symmetric extent of the colour scale: every value on the map. */
export const heatmapExtent = (rows: HeatmapRows) => contributionExtent(Array.from(rows.values).filter((v) => !Number.isNaN(v)));

/** Describes the data in words, for the SVG's `<desc>`. */
export function describeHeatmap(data: HeatmapData): string {
  const { names, steps, values } = data.rows;
  if (names.length === 0 || steps === 0) return 'No contributions yet.';
  let best = { i: -1, v: 0 };
  values.forEach((v, i) => {
    if (!Number.isNaN(v) && Math.abs(v) > Math.abs(best.v)) best = { i, v };
  });
  const strongest = best.i < 0 ? '' : ` The strongest is ${names[Math.floor(best.i / steps)]} at step ${best.i % steps}: ${formatContribution(best.v)}.`;
  return `${plural(names.length, 'parameter')} over ${plural(steps, 'step')}.${strongest}`;
}

/** The heat map's marks for a `width` x `height` plot. */
export function heatmapMarks(data: HeatmapData, width: number, height: number): { cells: Mark[]; labels: Mark[] } {
  const { names, steps, values } = data.rows;
  // Room for the longest name (a QLSTM's are like `y.1.0.alpha`), at the label font's ~7.2 px a character.
  const m = { ...HEATMAP_MARGIN, left: Math.max(HEATMAP_MARGIN.left, 14 + Math.ceil(7.2 * Math.max(0, ...names.map((n) => n.length)))) };
  if (names.length === 0 || steps === 0) return { cells: [], labels: [] };
  const cw = (width - m.left - m.right) / steps;
  const rh = Math.min(MAX_ROW, (height - m.top - m.bottom) / names.length);
  const extent = heatmapExtent(data.rows);
  const cells: Mark[] = [];
  const labels: Mark[] = [];
  names.forEach((name, r) => {
    const y = m.top + r * rh;
    const chosen = name === data.chosen;
    labels.push({ kind: 'text', key: `row-${name}`, className: `heatmap-row-label${chosen ? ' is-chosen' : ''}`, attrs: { x: m.left - 8, y: y + rh / 2 + 4, 'text-anchor': 'end', 'data-param': name }, text: name });
    for (let t = 0; t < steps; t++) {
      const v = values[r * steps + t];
      if (Number.isNaN(v)) continue;
      const focused = chosen && data.focusedStep === t;
      cells.push({
        kind: 'rect', key: `${name}:${t}`, className: `heatmap-cell${v < 0 ? ' is-negative' : ''}${focused ? ' is-focused' : ''}`,
        attrs: { x: m.left + t * cw + 0.5, y: y + 0.5, width: Math.max(cw - 1, 1), height: Math.max(rh - 1, 1), 'data-param': name, 'data-step': t },
        fill: contributionColor(v, extent), title: `${name}, step ${t}: contribution ${formatContribution(v)}`,
      });
    }
    if (chosen) cells.push({ kind: 'rect', key: 'chosen-row', className: 'heatmap-chosen', attrs: { x: m.left - 1, y: y - 0.5, width: steps * cw + 1, height: rh + 1 } });
  });
  const every = Math.max(1, Math.ceil(steps / Math.max(1, Math.floor((width - m.left - m.right) / 28))));
  for (let t = 0; t < steps; t += every) {
    labels.push({ kind: 'text', key: `step-${t}`, className: 'chart-tick', attrs: { x: m.left + (t + 0.5) * cw, y: m.top + names.length * rh + 16, 'text-anchor': 'middle' }, text: `t${t}` });
  }
  return { cells, labels };
}
