/**
 * The classical baselines (docs/spec.md §8): for each kind (LSTM, GRU, echo-state network,
 * linear on the last inputs), whether the study trains it and its size, with its trained
 * parameters beside the QRNN's, so a comparison at equal size is one glance. Counts come
 * from the worker's plan of the study (they need the data's input size).
 */
import { useId, useState } from 'react';
import type { Study } from '../../model/types';
import { labStore, useLab } from '../../store';
import { commitStudy } from './commitStudy';
import { BASELINE_ORDER, BASELINE_SIZE, baselineSize, withBaseline, type BaselineKind } from './studyEdits';

/** The fields. */
export function BaselineFields({ study }: { study: Study }) {
  const id = useId();
  const plan = useLab((s) => s.studyPlan);
  const [problem, setProblem] = useState<string | null>(null);
  /** A refused size: the field it was typed in, and why, shown under that field. */
  const [refusedSize, setRefusedSize] = useState<{ kind: BaselineKind; message: string } | null>(null);
  const qrnn = plan?.find((j) => j.kind === 'qrnn');
  const qlstm = plan?.find((j) => j.kind === 'qlstm');
  const countOf = (kind: BaselineKind) => plan?.find((j) => j.kind === kind)?.parameters;
  const set = (kind: BaselineKind, size: number | null) => {
    setRefusedSize(null);
    setProblem(commitStudy(withBaseline(study, kind, size)));
  };
  /** Commits the size typed in `input`; a refused one is put back to the kept size, the field marked and the reason said under it. */
  const submitSize = (kind: BaselineKind, input: HTMLInputElement) => {
    const spec = study.baselines?.find((b) => b.kind === kind);
    if (!spec) return;
    const kept = baselineSize(spec);
    const size = input.value.trim() === '' ? Number.NaN : Number(input.value);
    if (size === kept) return;
    const result = labStore.getState().commitStudy(withBaseline(study, kind, size));
    setProblem(null);
    if (result.ok) return setRefusedSize(null);
    const reason = result.errors[0]?.message ?? result.message;
    setRefusedSize({ kind, message: `${BASELINE_SIZE[kind].label.charAt(0).toUpperCase()}${BASELINE_SIZE[kind].label.slice(1)}: ${reason}; kept at ${kept}.` });
    input.value = String(kept);
  };

  return (
    <div className="study-baselines">
      <h4 id={`${id}-heading`}>Classical baselines</h4>
      <p className="note">Trained on the same windows, loss, washout, epochs and batch size, by Adam with exact gradients. {qrnn ? `The QRNN (${qrnn.variant}) trains ${qrnn.parameters} parameters.` : ''}{qlstm ? ` The QLSTM (${qlstm.variant}) trains ${qlstm.parameters}.` : ''}</p>
      <table className="study-baseline-table" aria-labelledby={`${id}-heading`}>
        <thead><tr><th scope="col">baseline</th><th scope="col">size</th><th scope="col">parameters</th></tr></thead>
        <tbody>
          {qrnn && (
            <tr className="is-qrnn"><th scope="row">QRNN ({qrnn.variant})</th><td>—</td><td>{qrnn.parameters}</td></tr>
          )}
          {BASELINE_ORDER.map((kind) => {
            const spec = study.baselines?.find((b) => b.kind === kind);
            const info = BASELINE_SIZE[kind];
            const count = countOf(kind);
            const refused = refusedSize?.kind === kind ? refusedSize.message : null;
            return (
              <tr key={kind}>
                <th scope="row">
                  <label className="study-check">
                    <input type="checkbox" checked={spec !== undefined} onChange={(e) => set(kind, e.currentTarget.checked ? info.start : null)} />
                    {info.name}
                  </label>
                </th>
                <td>
                  <input
                    key={`${kind}-${spec ? baselineSize(spec) : 'off'}`} className="study-size" type="number" min={1} step={1}
                    aria-label={`${info.name} ${info.label}`} disabled={!spec} defaultValue={spec ? baselineSize(spec) : info.start}
                    aria-invalid={refused !== null} aria-describedby={refused ? `${id}-${kind}-refused` : undefined}
                    onBlur={(e) => submitSize(kind, e.currentTarget)}
                    onKeyDown={(e) => { if (e.key === 'Enter') submitSize(kind, e.currentTarget); }}
                  />
                  <span className="study-size-unit">{info.label}</span>
                  {refused && <p id={`${id}-${kind}-refused`} className="settings-error study-size-error" role="alert">{refused}</p>}
                </td>
                <td>{spec ? (count ?? '…') : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problem && <p className="dialog-problem" role="alert">{problem}</p>}
    </div>
  );
}
