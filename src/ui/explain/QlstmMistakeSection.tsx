/**
 * The common mistake for a QLSTM occurrence, behind the toggle: shift the occurrence by
 * `+-pi/2` and re-run the whole sequence (the QRNN's recipe), beside the local rule's value
 * and their difference, with why they differ (or, in the output map, agree). Scrolls into
 * view when switched on.
 */
import { useEffect, useRef } from 'react';
import { labStore, useLab } from '../../store';
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { angleSymbol, differenceText, mistakeText, val } from './qlstmFormat';

/** The toggle and, when on, the comparison. */
export function QlstmMistakeSection({ x }: { x: QlstmExplainSuccess }) {
  const on = useLab((s) => s.showMistake);
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (on) bodyRef.current?.scrollIntoView({ block: 'nearest' });
  }, [on]);
  return (
    <section className="explain-mistake" aria-labelledby="qlstm-mistake-heading">
      <h3 id="qlstm-mistake-heading" className="visually-hidden">The common mistake</h3>
      <label className="explain-toggle">
        <input type="checkbox" checked={on} onChange={(event) => labStore.getState().setShowMistake(event.currentTarget.checked)} />
        Show the common mistake
      </label>
      {on && x.mistake !== null && <div ref={bodyRef}><QlstmMistakeBody x={x} mistake={x.mistake} /></div>}
    </section>
  );
}

/** The whole-sequence shift's value beside the local rule's, their difference, and why. */
export function QlstmMistakeBody({ x, mistake }: { x: QlstmExplainSuccess; mistake: { contribution: number; difference: number } }) {
  // Struck through only where it is wrong: in the output map the recipe happens to be right.
  const wrong = Math.abs(mistake.difference) > 1e-12 * Math.max(1, Math.abs(x.contribution));
  return (
    <div className="explain-mistake-body" data-testid="qlstm-mistake-body">
      <dl className="explain-compare explain-compare--three">
        <div className={wrong ? 'is-wrong' : undefined}>
          <dt>{angleSymbol(x.angle)} at step {x.step} shifted by ±π/2, the whole sequence re-run, two-term rule on the outputs</dt>
          <dd data-testid="qlstm-mistake">{val(mistake.contribution)}</dd>
        </div>
        <div className="is-right">
          <dt>This evaluation alone shifted, chained with ∂L/∂a (steps 2–5)</dt>
          <dd>{val(x.contribution)}</dd>
        </div>
        <div>
          <dt>|difference|</dt>
          <dd data-testid="qlstm-mistake-difference">{differenceText(mistake.contribution, x.contribution)}</dd>
        </div>
      </dl>
      <p>{mistakeText(x)}</p>
    </div>
  );
}
