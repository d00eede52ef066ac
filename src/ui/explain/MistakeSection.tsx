/**
 * The common mistake, behind a toggle: shift the parameter itself by ±π/2 (every occurrence
 * at once) and apply the two-term rule. The panel shows that number next to the right one
 * and says in one sentence why it is wrong, scrolling it into view when it is switched on.
 */
import { useEffect, useRef } from 'react';
import { labStore, useLab } from '../../store';
import type { ExplainSuccess } from '../../worker/protocol';
import { num } from './explainFormat';

/** Why the mistake is wrong here, in one sentence. */
function why(x: ExplainSuccess): string {
  const k = x.occurrences.length;
  if (k > 1) return `It is wrong because with θ in ${k} occurrences, each output as a function of θ holds frequencies up to ${k}, and a single ±π/2 shift gives the derivative only of a function with one frequency.`;
  if (x.rule === 'four-term') return `Here θ sits in a single controlled rotation, whose two frequencies already defeat a single ±π/2 shift: it needs the four-term rule.`;
  return 'With θ in a single occurrence the two coincide: shifting it is shifting everything. The mistake shows once a parameter is shared between gates or steps.';
}

/** The toggle and, when on, the comparison. */
export function MistakeSection({ x }: { x: ExplainSuccess }) {
  const on = useLab((s) => s.showMistake);
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (on) bodyRef.current?.scrollIntoView({ block: 'nearest' });
  }, [on]);
  const k = x.occurrences.length;
  return (
    <section className="explain-mistake" aria-labelledby="explain-mistake-heading">
      <h3 id="explain-mistake-heading" className="visually-hidden">The common mistake</h3>
      <label className="explain-toggle">
        <input type="checkbox" checked={on} onChange={(event) => labStore.getState().setShowMistake(event.currentTarget.checked)} />
        Show the common mistake
      </label>
      {on && x.mistake !== null && (
        <div ref={bodyRef} className="explain-mistake-body" data-testid="explain-mistake-body">
          <dl className="explain-compare">
            <div className="is-wrong">
              <dt>{k === 1 ? 'The one occurrence' : `All ${k} occurrences`} shifted at once by ±π/2, two-term rule</dt>
              <dd data-testid="explain-mistake">{num(x.mistake)}</dd>
            </div>
            <div className="is-right">
              <dt>One occurrence at a time, summed</dt>
              <dd>{num(x.total)}</dd>
            </div>
          </dl>
          <p>{why(x)}</p>
        </div>
      )}
    </section>
  );
}
