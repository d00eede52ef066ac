/**
 * React adapter for the heat map: creates the chart, feeds it from a store subscription
 * (rows are recomputed only when the contributions change), and turns a click into the
 * view slice's choice of parameter and occurrence, a double click into the Explain panel.
 * Shows the colour legend of the whole map.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { labStore, type LabState } from '../store';
import { selectChosenParam, selectContributions, selectTimelineSteps } from '../store/analysisSelectors';
import { ContributionLegend } from './ContributionLegend';
import { createHeatmapChart, type HeatmapChart } from './heatmap';
import { heatmapRows, keepRows, type HeatmapRows } from './heatmapData';
import { qlstmSlotOf } from '../text/qlstm';
import { heatmapExtent } from './heatmapLayout';
import { qlstmParamNames } from '../model/types';
import { selectQlstm, selectQrnn } from '../store/selectors';

function select(param: string, step: number | null): void {
  const state = labStore.getState();
  state.chooseParam(param);
  // The parameter's first gate, as its `param` or as its bias (docs/spec.md §5.1); a QLSTM's parameter is its own slot.
  const qlstm = selectQlstm(state);
  const gate = qlstm
    ? qlstmParamNames(qlstm.model).indexOf(param)
    : selectQrnn(state)?.model.cell.findIndex((g) => typeof g.angle === 'object' && (g.angle.param === param || g.angle.bias === param)) ?? -1;
  if (step !== null && gate >= 0) state.focusOccurrence({ gate, step });
}

/** Opens the Explain panel on the cell's occurrence (the parameter's first gate at that step; the chosen parameter, so a bias explains the bias). */
function explain(param: string, step: number): void {
  select(param, step);
  const occurrence = labStore.getState().focusedOccurrence;
  if (occurrence) void labStore.getState().openExplain(occurrence);
}

/** Parameters x steps of contributions; fills its parent. */
export function Heatmap() {
  const svgRef = useRef<SVGSVGElement>(null);
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [extent, setExtent] = useState(1);

  useEffect(() => {
    const chart: HeatmapChart = createHeatmapChart(svgRef.current as SVGSVGElement, { idPrefix: `heatmap-${idPrefix}`, onSelect: select, onActivate: explain });
    let rows: HeatmapRows | null = null;
    let shownCircuit: string | null = null;
    const feed = (state: LabState, fresh: boolean) => {
      // A QLSTM has 18 L n angles: the map shows the chosen parameter's circuit and layer alone (3 n rows, readable).
      const chosen = selectQlstm(state) ? qlstmSlotOf(selectChosenParam(state) ?? '') ?? { circuit: 'f', layer: 0 } : null;
      const circuit = chosen ? `${chosen.circuit}.${chosen.layer}` : null;
      if (fresh || !rows || circuit !== shownCircuit) {
        const all = heatmapRows(selectContributions(state), selectTimelineSteps(state));
        rows = chosen ? keepRows(all, (name) => { const s = qlstmSlotOf(name); return s?.circuit === chosen.circuit && s.layer === chosen.layer; }) : all;
        shownCircuit = circuit;
        setExtent(heatmapExtent(rows));
      }
      chart.update({ rows, chosen: selectChosenParam(state), focusedStep: state.focusedOccurrence?.step ?? null });
    };
    feed(labStore.getState(), true);
    const unsubscribe = labStore.subscribe((state, previous) => {
      const fresh = selectContributions(state) !== selectContributions(previous) || selectTimelineSteps(state) !== selectTimelineSteps(previous);
      if (fresh || selectChosenParam(state) !== selectChosenParam(previous) || state.focusedOccurrence !== previous.focusedOccurrence) feed(state, fresh);
    });
    return () => {
      unsubscribe();
      chart.destroy();
    };
  }, [idPrefix]);

  return (
    <>
      <div className="chart-legend-row"><ContributionLegend extent={extent} /></div>
      <div className="chart-frame chart-frame--heatmap">
        <svg ref={svgRef} className="chart-svg" data-testid="heatmap" />
      </div>
    </>
  );
}
