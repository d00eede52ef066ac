/**
 * The QLSTM's timeline: its six circuits (rows) unrolled over the steps of the window
 * (columns). A QLSTM's parameter occurs once per step, in its own circuit, so choosing one
 * lights that circuit's row with each step's contribution (the colours of the QRNN's
 * timeline and heat map); other rows stay plain. A cell of the lit row focuses that
 * occurrence (read out under the grid, for the gradient bars and Explain); a cell of another
 * row chooses the same layer, qubit and angle in that circuit. The grid is one tab stop; the arrow
 * keys, Home and End move between its cells. "Explain this occurrence" (or a
 * double click, or Enter or Space on a lit cell, as on a QRNN's timeline) opens the walkthrough of the focused one.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { labStore, useLab } from '../../store';
import { selectChosenParam, selectContributions, selectContributionSource, selectFocusedOccurrence, selectTimelineSteps, selectAnalysisError } from '../../store/analysisSelectors';
import { selectQlstm } from '../../store/selectors';
import { QLSTM_CIRCUITS, qlstmParamName, qlstmParamNames, type QlstmCircuit } from '../../model/types';
import { occurrencesOf } from '../../plots/heatmapData';
import { contributionColor, contributionExtent } from '../../plots/heatmapScale';
import { ContributionLegend } from '../../plots/ContributionLegend';
import { CIRCUIT_ROLE, describeQlstmOccurrence, qlstmSlotOf } from '../../text/qlstm';
import { ParamPicker } from '../timeline/ParamPicker';
import { ExplainButton } from '../explain/ExplainButton';
import './qlstm.css';

const SOURCE_NOTE = {
  training: 'Contributions of the latest training batch, live.',
  analysis: 'Exact (adjoint) contributions on the first window.',
} as const;

export function QlstmTimelineCard() {
  const experiment = useLab(selectQlstm);
  const steps = useLab(selectTimelineSteps);
  const param = useLab(selectChosenParam);
  const table = useLab(selectContributions);
  const source = useLab(selectContributionSource);
  const error = useLab(selectAnalysisError);
  const focused = useLab(selectFocusedOccurrence);
  const slot = param ? qlstmSlotOf(param) : null;
  const values = useMemo(() => {
    const byStep = new Float64Array(steps).fill(NaN);
    for (const o of occurrencesOf(table, param)) if (o.step < steps) byStep[o.step] = o.contribution;
    return byStep;
  }, [table, param, steps]);
  // One tab stop for the grid (a roving tabindex): arrows move between cells, Home and End along a row.
  const grid = useRef<HTMLTableElement>(null);
  const [roving, setRoving] = useState<{ row: number; step: number }>({ row: 0, step: 0 });
  if (!experiment) return null;
  const slots = qlstmParamNames(experiment.model);
  const gate = param ? slots.indexOf(param) : -1;
  const extent = contributionExtent(values.filter((v) => !Number.isNaN(v)));
  const focusedHere = focused && focused.gate === gate ? focused.step : null;
  // The readout follows the chosen parameter: a focus left on another parameter's row is not read out.
  const activeRow = roving.row < QLSTM_CIRCUITS.length ? roving.row : 0;
  const activeStep = roving.step < steps ? roving.step : 0;
  const move = (event: KeyboardEvent, row: number, t: number) => {
    const next = { ArrowRight: [row, t + 1], ArrowLeft: [row, t - 1], ArrowDown: [row + 1, t], ArrowUp: [row - 1, t], Home: [row, 0], End: [row, steps - 1] }[event.key];
    if (!next) return false;
    event.preventDefault();
    const [r, s] = [Math.min(Math.max(next[0], 0), QLSTM_CIRCUITS.length - 1), Math.min(Math.max(next[1], 0), steps - 1)];
    setRoving({ row: r, step: s });
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${r}-${s}"]`)?.focus();
    return true;
  };
  const pick = (k: QlstmCircuit, t: number) => {
    const state = labStore.getState();
    if (slot && slot.circuit === k) {
      state.focusOccurrence({ gate, step: t });
      return;
    }
    const name = qlstmParamName(k, slot?.layer ?? 0, slot?.qubit ?? 0, slot?.angle ?? 'alpha');
    state.chooseParam(name);
    state.focusOccurrence({ gate: slots.indexOf(name), step: t });
  };
  return (
    <section className="card card--timeline" aria-labelledby="qtl-heading" data-panel="timeline">
      <header className="card-header tl-header">
        <h2 id="qtl-heading">Timeline</h2>
        <p className="card-note">{error ?? (source ? SOURCE_NOTE[source] : 'Computing contributions…')}</p>
        <div className="tl-tools">
          <ParamPicker />
          <ContributionLegend extent={extent} />
          <ExplainButton />
        </div>
      </header>
      <div className="qtl-scroll">
        <table ref={grid} className="qtl-grid" aria-label={`The six circuits over ${steps} steps${param ? `; ${param} lit` : ''}`}>
          <thead>
            <tr><td />{Array.from({ length: steps }, (_, t) => <th key={t} scope="col">{t}</th>)}</tr>
          </thead>
          <tbody>
            {QLSTM_CIRCUITS.map((k, row) => {
              const lit = slot?.circuit === k;
              return (
                <tr key={k}>
                  <th scope="row" title={CIRCUIT_ROLE[k]}>VQC<sub>{k}</sub></th>
                  {Array.from({ length: steps }, (_, t) => {
                    const value = lit ? values[t] : NaN;
                    const label = lit && param ? describeQlstmOccurrence(param, t, Number.isNaN(value) ? null : value) : `VQC_${k} (${CIRCUIT_ROLE[k]}) at step ${t}`;
                    return (
                      <td key={t}>
                        <button
                          type="button"
                          className={`qtl-cell${lit ? ' is-lit' : ''}${lit && focusedHere === t ? ' is-focused' : ''}`}
                          style={lit && !Number.isNaN(value) ? { background: contributionColor(value, extent) } : undefined}
                          aria-label={label}
                          title={label}
                          data-cell={`${row}-${t}`}
                          tabIndex={row === activeRow && t === activeStep ? 0 : -1}
                          onClick={() => { setRoving({ row, step: t }); pick(k, t); }}
                          onDoubleClick={() => lit && void labStore.getState().openExplain({ gate, step: t })}
                          onKeyDown={(e) => {
                            if (move(e, row, t)) return;
                            if (lit && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); void labStore.getState().openExplain({ gate, step: t }); }
                          }}
                          onFocus={() => { setRoving({ row, step: t }); if (lit) labStore.getState().focusOccurrence({ gate, step: t }); }}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="qtl-readout" aria-live="polite" data-testid="qlstm-timeline-readout">
        {param && focusedHere !== null ? describeQlstmOccurrence(param, focusedHere, Number.isNaN(values[focusedHere]) ? null : values[focusedHere]) : slot ? `${param}: choose a step to read its contribution.` : 'Choose a circuit parameter to light its occurrences.'}
      </p>
    </section>
  );
}
