/**
 * "Measure the bias with shots": a small form (shots per execution and seeds, each checked
 * beside its field against the bounds the worker enforces), Measure (and Cancel while it
 * runs), and the result: for this occurrence's contribution and for the parameter's gradient,
 * the mean of the estimates with its standard error against the exact value, the bias, how
 * many standard errors it is, and whether that is beyond the seeds' noise, in words.
 */
import { useState, type FormEvent } from 'react';
import { labStore, useLab } from '../../store';
import { plural } from '../../text/plural';
import type { QlstmBiasSuccess, QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { angleSymbol, biasVerdict, meanText, mostSeeds, parseBiasFields, seedsHint, val, zText, type BiasFields } from './qlstmFormat';

/** The form and the result. */
export function QlstmBiasSection({ x }: { x: QlstmExplainSuccess }) {
  const status = useLab((s) => s.biasStatus);
  const bias = useLab((s) => s.bias);
  const error = useLab((s) => s.biasError);
  const [fields, setFields] = useState<BiasFields>(() => {
    // The last settings, the seeds cut to what this model and sequence allow at those shots.
    const settings = labStore.getState().biasSettings;
    return { shots: String(settings.shots), seeds: String(Math.max(2, Math.min(settings.seeds, mostSeeds(x.biasCost, settings.shots)))) };
  });
  const [problems, setProblems] = useState<Partial<Record<keyof BiasFields, string>>>({});
  const running = status === 'running';
  const edit = (field: keyof BiasFields) => (event: { currentTarget: HTMLInputElement }) => setFields({ ...fields, [field]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBiasFields(fields, x.biasCost);
    if (!parsed.ok) {
      setProblems(parsed.errors);
      return;
    }
    setProblems({});
    labStore.getState().setBiasSettings(parsed.settings);
    void labStore.getState().measureBias();
  };
  const hint = seedsHint(fields.shots, x.biasCost);
  const field = (name: keyof BiasFields, label: string, help: string | null) => {
    const problem = problems[name];
    // A problem replaces the hint: they would say the same thing twice.
    const shown = problem ? null : help;
    const describedBy = [problem ? `qlstm-bias-${name}-problem` : null, shown ? `qlstm-bias-${name}-help` : null].filter(Boolean).join(' ');
    return (
      <div className="qlstm-bias-field">
        <label htmlFor={`qlstm-bias-${name}`}>{label}</label>
        <input
          id={`qlstm-bias-${name}`} name={name} value={fields[name]} onChange={edit(name)} inputMode="numeric" spellCheck={false}
          aria-invalid={problem ? true : undefined} aria-describedby={describedBy || undefined}
        />
        {shown && <span id={`qlstm-bias-${name}-help`} className="explain-note">{shown}</span>}
        {problem && <span id={`qlstm-bias-${name}-problem`} className="qlstm-bias-problem" role="alert">{problem}</span>}
      </div>
    );
  };
  return (
    <section className="qlstm-bias" aria-labelledby="qlstm-bias-heading">
      <h3 id="qlstm-bias-heading">Measure the bias with shots</h3>
      <p>
        On hardware each result is an estimate from S shots, the unshifted evaluations’ too, and those feed σ and tanh: a parameter-shift
        estimate’s mean is then not the exact value. Measure it: the estimate repeated with seeds 1, 2, …, its mean against the exact value.
      </p>
      <form className="qlstm-bias-form" onSubmit={onSubmit} aria-label="Bias measurement settings" noValidate>
        {field('shots', 'Shots per execution', null)}
        {field('seeds', 'Seeds (estimates)', hint)}
        <div className="qlstm-bias-actions">
          <button type="submit" className="bar-button bar-button--primary" disabled={running}>Measure the bias</button>
          {running && <button type="button" className="bar-button bar-button--danger" onClick={() => labStore.getState().cancelBias()}>Cancel</button>}
        </div>
      </form>
      {running && <p className="explain-status" role="status">Running the estimates in the worker…</p>}
      {status === 'cancelled' && <p className="explain-note" role="status">Cancelled: nothing was measured.</p>}
      {error && <p className="dialog-problem" role="alert">{error}</p>}
      {bias && bias.param === x.param && bias.step === x.step && <QlstmBiasResult b={bias} x={x} />}
    </section>
  );
}

/** The measured bias of both quantities, and the verdicts. */
export function QlstmBiasResult({ b, x }: { b: QlstmBiasSuccess; x: QlstmExplainSuccess }) {
  const rows = [
    { key: 'occurrence', label: `this occurrence, t = ${b.step}`, what: 'this occurrence’s estimates', s: b.occurrence },
    { key: 'parameter', label: `dL/d${angleSymbol(b.angle)} (${plural(x.steps, 'occurrence')})`, what: 'the gradient’s estimates', s: b.parameter },
  ];
  return (
    <div className="qlstm-bias-result" data-testid="qlstm-bias-result">
      {/* Said above the table, not as its caption: the caption would scroll sideways with a narrow table. */}
      <p className="explain-note">
        {plural(b.seeds, 'estimate')} at {b.shots.toLocaleString('en-US')} shots per execution; each estimate ran{' '}
        {plural(b.executionsPerEstimate, 'circuit execution')} ({(b.executionsPerEstimate * b.shots).toLocaleString('en-US')} shots).
      </p>
      <div className="teach-table-frame" tabIndex={0} role="region" aria-label="Measured bias">
        <table className="teach-table teach-table--sum">
          <thead>
            <tr>
              <th scope="col">quantity</th>
              <th scope="col">exact</th>
              <th scope="col">mean ± standard error</th>
              <th scope="col">bias (standard errors)</th>
              <th scope="col">beyond noise</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, s }) => (
              <tr key={key}>
                <td>{label}</td>
                <td>{val(s.exact)}</td>
                <td>{meanText(s)}</td>
                <td data-testid={`qlstm-bias-${key}`}>{val(s.bias)} ({zText(s)})</td>
                <td>{s.beyondNoise ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.map(({ key, what, s }) => <p key={key} className={s.beyondNoise ? 'explain-verdict qlstm-bias-verdict is-biased' : 'explain-verdict qlstm-bias-verdict'}>{biasVerdict(what, s, b)}</p>)}
    </div>
  );
}
