/**
 * One QLSTM circuit `VQC_k` drawn small (docs/spec.md §7), around the occurrence: the
 * encoding (`H`, `RY(arctan u_j)`, `RZ(arctan u_j^2)` on each qubit), the layers before the
 * occurrence's folded into one box, its layer in full (the CNOT ring `j -> j+1`, for `n > 2`
 * the ring `j -> j+2`, then `RZ(alpha) RY(beta) RZ(gamma)` on each qubit) with the shifted
 * rotation outlined in the accent colour and its shift printed above its column, the later layers
 * folded, then the measurement of `<Z_j>` on every qubit. Wires carrying `x_t` are drawn in
 * the data colour and those carrying `h_{t-1}` in the hidden colour, as on the timeline; the
 * gate glyphs are the timeline's (`tl-*` classes).
 */
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { angleGate, angleSymbol, circuitText, readsGateInput } from './qlstmFormat';

const NAMES = 30;
const COLUMN = 32;
const CNOT_COLUMN = 16;
const BLOCK = 58;
const BOX = 24;
const ROW = 28;
const TOP = 34;
const ANGLES = ['alpha', 'beta', 'gamma'] as const;

interface Props {
  x: QlstmExplainSuccess;
  /** The shift's label (`β+π/2`) and the shifted angle's value, already formatted. */
  shiftLabel: string;
  shiftedValue: string;
}

/** The CNOTs of one layer in order: the ring `j -> j+1`, then for `n > 2` the ring `j -> j+2`. */
function cnots(n: number): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j < n; j++) out.push([j, (j + 1) % n]);
  if (n > 2) for (let j = 0; j < n; j++) out.push([j, (j + 2) % n]);
  return out;
}

/** A gate box with its text, centred at (`cx`, `cy`). */
function Box({ cx, cy, text, shifted = false }: { cx: number; cy: number; text: string; shifted?: boolean }) {
  return (
    <g className={`tl-gate${shifted ? ' qc-shifted' : ''}`}>
      <rect className="tl-box" x={cx - BOX / 2} y={cy - BOX / 2 + 2} width={BOX} height={BOX - 4} rx={3} />
      <text className="tl-box-text" x={cx} y={cy} dy="0.35em" textAnchor="middle">{text}</text>
    </g>
  );
}

/** A folded run of layers: a dashed box over every wire. */
function Folded({ x0, top, bottom, first, last }: { x0: number; top: number; bottom: number; first: number; last: number }) {
  return (
    <g className="qc-folded">
      <rect x={x0 + 4} y={top - 14} width={BLOCK - 8} height={bottom - top + 28} rx={4} />
      <text x={x0 + BLOCK / 2} y={(top + bottom) / 2 - 6} textAnchor="middle">{first === last ? 'layer' : 'layers'}</text>
      <text x={x0 + BLOCK / 2} y={(top + bottom) / 2 + 8} textAnchor="middle">{first === last ? first : `${first}–${last}`}</text>
    </g>
  );
}

/** The drawing; its accessible name says which rotation is shifted and by how much. */
export function QlstmMiniCircuit({ x, shiftLabel, shiftedValue }: Props) {
  const n = x.inputSize + x.hiddenSize;
  const wireY = Array.from({ length: n }, (_, j) => TOP + 16 + j * ROW);
  const top = wireY[0], bottom = wireY[n - 1];
  let at = NAMES + 8;
  const encoding = [0, 1, 2].map((i) => at + i * COLUMN + COLUMN / 2);
  at += 3 * COLUMN;
  const before = x.layer > 0 ? at : null;
  if (before !== null) at += BLOCK;
  const ring = cnots(n).map(([control, target], i) => ({ control, target, cx: at + i * CNOT_COLUMN + CNOT_COLUMN / 2 }));
  at += ring.length * CNOT_COLUMN + 6;
  const rotations = ANGLES.map((_, i) => at + i * COLUMN + COLUMN / 2);
  at += 3 * COLUMN;
  const after = x.layer < x.layers - 1 ? at : null;
  if (after !== null) at += BLOCK;
  const meter = at + COLUMN / 2;
  const width = at + COLUMN + 4;
  const height = bottom + 24;
  const wireClass = (j: number) => (readsGateInput(x.circuit) ? (j < x.inputSize ? 'tl-wire is-data' : 'tl-wire is-hidden') : 'tl-wire qc-wire');
  const shifted = rotations[ANGLES.indexOf(x.angle)];
  const name = `${circuitText(x.circuit)} at step ${x.step} on ${n} qubits, ${angleGate(x.angle)}(${angleSymbol(x.angle)}) of qubit ${x.qubit} in layer ${x.layer} shifted by ${shiftLabel.replace(/^[αβγ]/, '')} to ${shiftedValue}`;
  return (
    <svg className="mini-circuit qlstm-circuit" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: `${Math.round(width * 1.2)}px`, aspectRatio: `${width} / ${height}` }} role="img" aria-label={name} data-testid="qlstm-shifted-circuit">
      <g aria-hidden="true">
        <text className="qc-header" x={encoding[1]} y={12} textAnchor="middle">encoding</text>
        <text className="qc-header" x={rotations[1]} y={12} textAnchor="middle">layer {x.layer}</text>
        {wireY.map((y, j) => (
          <g key={j}>
            <text className="tl-wire-name qc-name" x={NAMES - 4} y={y} dy="0.35em" textAnchor="end">q{j}</text>
            <line className={wireClass(j)} x1={NAMES} x2={meter} y1={y} y2={y} />
          </g>
        ))}
        {wireY.map((y, j) => ['H', 'RY', 'RZ'].map((g, i) => <Box key={`${j}${g}`} cx={encoding[i]} cy={y} text={g} />))}
        {before !== null && <Folded x0={before} top={top} bottom={bottom} first={0} last={x.layer - 1} />}
        {ring.map(({ control, target, cx }, i) => (
          <g key={i}>
            <line className="tl-connector" x1={cx} x2={cx} y1={wireY[control]} y2={wireY[target]} />
            <circle className="tl-dot" cx={cx} cy={wireY[control]} r={2.6} />
            <circle className="tl-target" cx={cx} cy={wireY[target]} r={5.5} />
            <path className="tl-stroke" d={`M${cx - 5.5} ${wireY[target]}H${cx + 5.5}M${cx} ${wireY[target] - 5.5}V${wireY[target] + 5.5}`} />
          </g>
        ))}
        {wireY.map((y, j) => ANGLES.map((a, i) => <Box key={`${j}${a}`} cx={rotations[i]} cy={y} text={angleSymbol(a)} shifted={j === x.qubit && a === x.angle} />))}
        {/* Above the first wire, clear of the boxes; the outline marks which wire. */}
        <text className="mini-shift" x={shifted} y={top - 16} textAnchor="middle">{shiftLabel}</text>
        {after !== null && <Folded x0={after} top={top} bottom={bottom} first={x.layer + 1} last={x.layers - 1} />}
        {wireY.map((y, j) => <Box key={`${j}Z`} cx={meter} cy={y} text="Z" />)}
      </g>
    </svg>
  );
}
