/**
 * One step of a QLSTM (docs/spec.md §7), drawn as an LSTM cell: the memory line `c_{t-1}` to
 * `c_t` across the top, the four gate circuits `VQC_f`, `VQC_i`, `VQC_g`, `VQC_o` reading
 * `v_t = [x_t, h_{t-1}]`, the classical gating between them (σ, tanh, ×, +), and the two
 * output maps `VQC_h` (giving `h_t`) and `VQC_y` (read by the head, giving `ŷ_t`) reading
 * `m_t = o ⊙ tanh(c_t)`. Each circuit is a button that opens its circuit diagram under the
 * cell; the circuit holding the chosen parameter is marked.
 */
import { useState } from 'react';
import { useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import { selectQlstm } from '../../store/selectors';
import type { QlstmCircuit } from '../../model/types';
import { CIRCUIT_ROLE, circuitLabel, qlstmSlotOf } from '../../text/qlstm';
import { QlstmCircuitDiagram } from './QlstmCircuitDiagram';
import './qlstm.css';

// A box's role fits its 72 px at 11 px: "candidate memory" is written "candidate" there (its button's name says it all).
const W = 72, H = 40;
/** Where each circuit's box sits (its centre), and the activation its output goes through. */
const BOXES: readonly { k: QlstmCircuit; x: number; y: number; act: string }[] = [
  { k: 'f', x: 110, y: 190, act: 'σ' },
  { k: 'i', x: 210, y: 190, act: 'σ' },
  { k: 'g', x: 310, y: 190, act: 'tanh' },
  { k: 'o', x: 410, y: 190, act: 'σ' },
  { k: 'h', x: 590, y: 150, act: '' },
  { k: 'y', x: 590, y: 230, act: '' },
];
const MEMORY_Y = 46;

function Op({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g className="qc-op" aria-hidden="true">
      {label.length > 1 ? <rect x={x - 19} y={y - 11} width={38} height={22} rx={11} /> : <circle cx={x} cy={y} r={12} />}
      <text x={x} y={y + 4}>{label}</text>
    </g>
  );
}

function CircuitBox({ k, x, y, act, open, holdsChosen, onOpen }: { k: QlstmCircuit; x: number; y: number; act: string; open: boolean; holdsChosen: boolean; onOpen: () => void }) {
  return (
    <g
      className={`qc-box${open ? ' is-open' : ''}${holdsChosen ? ' holds-chosen' : ''}`}
      role="button"
      tabIndex={0}
      aria-expanded={open}
      aria-controls="qlstm-circuit"
      aria-label={`${circuitLabel(k)}: ${open ? 'hide' : 'show'} its circuit${holdsChosen ? ' (holds the chosen parameter)' : ''}`}
      onClick={onOpen}
      onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onOpen(); } }}
    >
      <rect x={x - W / 2} y={y - H / 2} width={W} height={H} rx={8} />
      <text className="qc-box-name" x={x} y={y - 2}>VQC<tspan baselineShift="sub" fontSize="0.75em">{k}</tspan></text>
      <text className="qc-box-role" x={x} y={y + 13}>{k === 'g' ? 'candidate' : CIRCUIT_ROLE[k]}</text>
      {act && <text className="qc-act" x={x} y={y - H / 2 - 8}>{act}</text>}
    </g>
  );
}

/** The cell diagram and, under it, the circuit diagram of the circuit opened (none at first). */
export function QlstmCellView() {
  const experiment = useLab(selectQlstm);
  const chosen = useLab(selectChosenParam);
  // Closed at first: with a circuit open the cell is too tall for the charts to share the first screen while training.
  const [open, setOpen] = useState<QlstmCircuit | null>(null);
  if (!experiment) return null;
  const { model } = experiment;
  const chosenCircuit = chosen ? qlstmSlotOf(chosen)?.circuit ?? null : null;
  const toggle = (k: QlstmCircuit) => setOpen(open === k ? null : k);
  return (
    <div className="qlstm-cell">
      <div className="qc-cell-scroll qc-scroll-cue">
      <svg className="qlstm-cell-svg" viewBox="0 0 700 280" role="group" aria-label={`One step of the QLSTM: ${model.inputSize} input and ${model.hiddenSize} hidden qubits, six circuits of ${model.layers} layer${model.layers === 1 ? '' : 's'}`}>
        <g className="qc-flow" aria-hidden="true">
          {/* The memory line, c_{t-1} to c_t. */}
          <line className="qc-memory" x1={24} x2={676} y1={MEMORY_Y} y2={MEMORY_Y} />
          <text className="qc-signal" x={24} y={MEMORY_Y - 10}>c<tspan baselineShift="sub" fontSize="0.85em">t−1</tspan></text>
          <text className="qc-signal" x={650} y={MEMORY_Y - 10}>c<tspan baselineShift="sub" fontSize="0.85em">t</tspan></text>
          {/* v_t = [x_t, h_{t-1}] into the four gate circuits. */}
          <line x1={24} x2={410} y1={262} y2={262} />
          <text className="qc-signal" x={24} y={254}>v<tspan baselineShift="sub" fontSize="0.85em">t</tspan> = [x<tspan baselineShift="sub" fontSize="0.85em">t</tspan>, h<tspan baselineShift="sub" fontSize="0.85em">t−1</tspan>]</text>
          {BOXES.slice(0, 4).map((b) => <line key={b.k} x1={b.x} x2={b.x} y1={262} y2={b.y + H / 2} />)}
          {/* f scales the old memory; i times g is added. */}
          <line x1={110} x2={110} y1={190 - H / 2} y2={MEMORY_Y} />
          <line x1={210} x2={210} y1={190 - H / 2} y2={110} />
          <line x1={310} x2={310} y1={190 - H / 2} y2={110} />
          <line x1={210} x2={260} y1={110} y2={110} />
          <line x1={310} x2={260} y1={110} y2={110} />
          <line x1={260} x2={260} y1={110} y2={MEMORY_Y} />
          {/* tanh(c_t) times o is m_t, read by the two output maps. */}
          <line x1={480} x2={480} y1={MEMORY_Y} y2={110} />
          <line x1={410} x2={410} y1={190 - H / 2} y2={110} />
          <line x1={410} x2={480} y1={110} y2={110} />
          <line x1={480} x2={520} y1={110} y2={110} />
          <line x1={520} x2={520} y1={110} y2={230} />
          <line x1={520} x2={590 - W / 2} y1={150} y2={150} />
          <line x1={520} x2={590 - W / 2} y1={230} y2={230} />
          <text className="qc-signal" x={526} y={102}>m<tspan baselineShift="sub" fontSize="0.85em">t</tspan></text>
          <line x1={590 + W / 2} x2={676} y1={150} y2={150} />
          <text className="qc-signal" x={640} y={142}>h<tspan baselineShift="sub" fontSize="0.85em">t</tspan></text>
          <line x1={590 + W / 2} x2={676} y1={230} y2={230} />
          <text className="qc-signal" x={634} y={222}>head → ŷ<tspan baselineShift="sub" fontSize="0.85em">t</tspan></text>
          <Op x={110} y={MEMORY_Y} label="×" />
          <Op x={260} y={MEMORY_Y} label="+" />
          <Op x={260} y={110} label="×" />
          <Op x={480} y={78} label="tanh" />
          <Op x={480} y={110} label="×" />
        </g>
        {BOXES.map((b) => <CircuitBox key={b.k} {...b} open={open === b.k} holdsChosen={chosenCircuit === b.k} onOpen={() => toggle(b.k)} />)}
      </svg>
      </div>
      <div id="qlstm-circuit" className="qlstm-cell-circuit" hidden={open === null}>
        {open && (
          <>
            <p className="card-note">
              {circuitLabel(open)}: {open === 'h' || open === 'y' ? 'reads m_t' : 'reads v_t = [x_t, h_t−1]'}; its outputs are ⟨Z_j⟩ on every qubit. Click a trained gate to choose its parameter.
            </p>
            <QlstmCircuitDiagram circuit={open} />
          </>
        )}
      </div>
    </div>
  );
}
