/**
 * For a QLSTM, in place of the hidden register's Bloch view: its classical state over the
 * steps of the analysed window, the memory `c_t` (one line per value, solid) and the hidden
 * output `h_t` (dashed), from the worker's analysis. A table under "Values" gives every
 * number, for screen readers and for copying.
 */
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useLab } from '../../store';
import { selectAnalysis } from '../../store/analysisSelectors';
import { formatNumber } from '../../text/format';
import './qlstm.css';

const H = 220, L = 40, R = 12, T = 12, B = 28;
/** The chart's width before its container is measured, and the least it is drawn at. */
const DEFAULT_WIDTH = 640, MIN_WIDTH = 240;

/**
 * The width of `frame` in whole pixels, followed as it changes: the chart is drawn at the
 * size it is shown, so its labels keep their 11 px on a phone as on a desktop.
 */
function useFrameWidth(frame: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);
  return width;
}
const COLOURS = ['var(--series-output)', 'var(--series-output-1)', 'var(--series-output-2)', 'var(--series-output-3)', 'var(--series-output-4)', 'var(--series-output-5)'];

interface Series { name: string; values: number[]; dashed: boolean; colour: string }

function seriesOf(c: Float64Array, h: Float64Array, n: number, hidden: number, steps: number): Series[] {
  const column = (a: Float64Array, width: number, j: number) => Array.from({ length: steps }, (_, t) => a[t * width + j]);
  return [
    ...Array.from({ length: n }, (_, j) => ({ name: `c${j}`, values: column(c, n, j), dashed: false, colour: COLOURS[j % COLOURS.length] })),
    ...Array.from({ length: hidden }, (_, j) => ({ name: `h${j}`, values: column(h, hidden, j), dashed: true, colour: COLOURS[(n + j) % COLOURS.length] })),
  ];
}

function Chart({ series, steps }: { series: Series[]; steps: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const W = useFrameWidth(frame);
  const all = series.flatMap((s) => s.values);
  // The range the values need, rounded up to a tenth (h_t stays within ±1; c_t may grow past it).
  const top = Math.max(0.1, Math.ceil(10 * Math.max(0, ...all.map(Math.abs))) / 10);
  const x = (t: number) => L + (steps <= 1 ? 0 : (t / (steps - 1)) * (W - L - R));
  const y = (v: number) => T + ((top - v) / (2 * top)) * (H - T - B);
  const ticks = [-top, 0, top];
  return (
    <div ref={frame} className="qlstm-states-frame">
    <svg className="qlstm-states-svg" viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
      <g className="grid">{ticks.map((v) => <line key={v} x1={L} x2={W - R} y1={y(v)} y2={y(v)} />)}</g>
      <g className="axis">
        {ticks.map((v) => <text key={v} x={L - 6} y={y(v) + 4} textAnchor="end">{formatNumber(v, 2)}</text>)}
        {[0, steps - 1].map((t, i) => <text key={t} x={x(t)} y={H - 8} textAnchor={i === 0 ? 'start' : 'end'}>t = {t}</text>)}
      </g>
      {series.map((s) => (
        <polyline key={s.name} fill="none" stroke={s.colour} strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined} points={s.values.map((v, t) => `${x(t)},${y(v)}`).join(' ')} />
      ))}
    </svg>
    </div>
  );
}

export function QlstmStatesCard() {
  const analysis = useLab(selectAnalysis);
  const headingId = useId();
  const qlstm = analysis?.qlstm;
  const steps = analysis?.steps ?? 0;
  const n = qlstm ? qlstm.inputSize + qlstm.hiddenSize : 0;
  const series = qlstm ? seriesOf(qlstm.c, qlstm.h, n, qlstm.hiddenSize, steps) : [];
  return (
    <section className="card card--qlstm-states" aria-labelledby={headingId} data-panel="bloch">
      <header className="card-header">
        <h2 id={headingId}>Classical memory</h2>
        <p className="card-note">A QLSTM keeps its memory outside the circuits: c<sub>t</sub> (solid) and h<sub>t</sub> (dashed) after every step of the first window.</p>
      </header>
      {qlstm ? (
        <>
          <Chart series={series} steps={steps} />
          <ul className="qlstm-states-legend" aria-label="Series">
            {series.map((s) => (
              <li key={s.name}>
                <svg width="22" height="8" aria-hidden="true"><line x1="0" x2="22" y1="4" y2="4" stroke={s.colour} strokeWidth="2" strokeDasharray={s.dashed ? '5 3' : undefined} /></svg>
                {s.name}
              </li>
            ))}
          </ul>
          <details className="qlstm-states-values">
            <summary>Values</summary>
            <div className="qtl-scroll">
              <table className="qlstm-values-table">
                <thead><tr><th scope="col">t</th>{series.map((s) => <th key={s.name} scope="col">{s.name}</th>)}</tr></thead>
                <tbody>
                  {Array.from({ length: steps }, (_, t) => (
                    <tr key={t}><th scope="row">{t}</th>{series.map((s) => <td key={s.name}>{formatNumber(s.values[t], 4)}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        <p className="note">Computing the classical state…</p>
      )}
    </section>
  );
}
