/**
 * One QLSTM circuit `VQC_k` drawn as a circuit diagram (`circuitLayout.ts`): the encoding of
 * its input `u`, then each layer's CNOT rings and trained rotations. A trained gate shows its
 * angle's symbol; its title gives the parameter's name and value; the chosen parameter's
 * gate is outlined. Clicking a trained gate (or Enter on it) chooses its parameter, which
 * lights its occurrences on the timeline and feeds the gradient plots.
 */
import { labStore, useLab } from '../../store';
import { selectChosenParam } from '../../store/analysisSelectors';
import { selectQlstm } from '../../store/selectors';
import type { QlstmCircuit } from '../../model/types';
import { formatNumber } from '../../text/format';
import { ANGLE_SYMBOL, circuitLabel } from '../../text/qlstm';
import { circuitColumns, type CircuitColumn } from './circuitLayout';

const COLUMN = 40, ROW = 40, LEFT = 52, TOP = 22, BOX = 28;

const ENCODING_LABEL: Record<'H' | 'RY-in' | 'RZ-in', string> = { H: 'H', 'RY-in': 'RY', 'RZ-in': 'RZ' };
const ENCODING_TITLE: Record<'H' | 'RY-in' | 'RZ-in', (j: number) => string> = {
  H: () => 'Hadamard',
  'RY-in': (j) => `RY(arctan u${j}): encodes input value u${j}`,
  'RZ-in': (j) => `RZ(arctan u${j}²): encodes input value u${j}`,
};

function Column({ column, x, n, params, chosen }: { column: CircuitColumn; x: number; n: number; params: Readonly<Record<string, number>>; chosen: string | null }) {
  const y = (j: number) => TOP + j * ROW;
  if (column.kind === 'CNOT') {
    return (
      <g className="qc-cnot">
        <title>{`CNOT from qubit ${column.control} to qubit ${column.target}`}</title>
        <line x1={x} x2={x} y1={y(column.control)} y2={y(column.target)} />
        <circle className="qc-control" cx={x} cy={y(column.control)} r={4} />
        <circle className="qc-target" cx={x} cy={y(column.target)} r={9} />
        <line x1={x - 9} x2={x + 9} y1={y(column.target)} y2={y(column.target)} />
        <line x1={x} x2={x} y1={y(column.target) - 9} y2={y(column.target) + 9} />
      </g>
    );
  }
  return (
    <>
      {Array.from({ length: n }, (_, j) => {
        if (column.kind !== 'trained') {
          return (
            <g key={j} className="qc-gate qc-gate--input">
              <title>{ENCODING_TITLE[column.kind](j)}</title>
              <rect x={x - BOX / 2} y={y(j) - BOX / 2} width={BOX} height={BOX} rx={4} />
              <text x={x} y={y(j) + 4}>{ENCODING_LABEL[column.kind]}</text>
            </g>
          );
        }
        const name = column.params[j];
        const isChosen = name === chosen;
        const choose = () => labStore.getState().chooseParam(name);
        return (
          <g
            key={j}
            className={`qc-gate qc-gate--trained${isChosen ? ' is-chosen' : ''}`}
            role="button"
            tabIndex={0}
            aria-pressed={isChosen}
            aria-label={`${column.gate}(${ANGLE_SYMBOL[column.angle]}) on qubit ${j}, layer ${column.layer}: parameter ${name} = ${formatNumber(params[name])}`}
            onClick={choose}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } }}
          >
            <title>{`${name} = ${formatNumber(params[name])}`}</title>
            <rect x={x - BOX / 2} y={y(j) - BOX / 2} width={BOX} height={BOX} rx={4} />
            <text x={x} y={y(j) - 2}>{column.gate}</text>
            <text className="qc-angle" x={x} y={y(j) + 11}>{ANGLE_SYMBOL[column.angle]}</text>
          </g>
        );
      })}
    </>
  );
}

/** What wire `j` encodes: the gates read `v_t = [x_t, h_{t-1}]`, the two output maps `m_t`. */
function wireLabel(circuit: QlstmCircuit, j: number, inputSize: number): string {
  if (circuit === 'h' || circuit === 'y') return `m${j}`;
  return j < inputSize ? `x${j}` : `h${j - inputSize}`;
}

/** The diagram of circuit `circuit` of the current QLSTM, with its trained values (a run's latest once it reported). */
export function QlstmCircuitDiagram({ circuit }: { circuit: QlstmCircuit }) {
  const experiment = useLab(selectQlstm);
  const chosen = useLab(selectChosenParam);
  const trained = useLab((s) => (s.trainingCounters.epoch > 0 ? s.trainingReport?.params ?? null : null));
  if (!experiment) return null;
  const { model } = experiment;
  const n = model.inputSize + model.hiddenSize;
  const columns = circuitColumns(circuit, n, model.layers);
  const params = trained ?? experiment.params;
  const width = LEFT + columns.length * COLUMN + 16;
  const height = TOP + (n - 1) * ROW + 24;
  return (
    <div className="qc-scroll qc-scroll-cue">
      <svg className="qc-diagram" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={`The circuit of ${circuitLabel(circuit)}, ${model.layers} layer${model.layers === 1 ? '' : 's'} on ${n} qubits`}>
        {Array.from({ length: n }, (_, j) => (
          <g key={j} className="qc-wire">
            <text className="qc-wire-label" x={6} y={TOP + j * ROW + 4}>{wireLabel(circuit, j, model.inputSize)}</text>
            <line x1={LEFT - 14} x2={width - 8} y1={TOP + j * ROW} y2={TOP + j * ROW} />
          </g>
        ))}
        {columns.map((column, c) => <Column key={c} column={column} x={LEFT + c * COLUMN + COLUMN / 2} n={n} params={params} chosen={chosen} />)}
      </svg>
    </div>
  );
}
