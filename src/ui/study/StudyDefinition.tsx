/**
 * The study's definition, from the current experiment (docs/spec.md §8): its variants (name,
 * what each sets, its trained parameters), a form to add one, the seeds, re-initialisation
 * and the classical baselines with their sizes and parameter counts beside the QRNN's. Each
 * change is one edit of the experiment (undoable, in the file and the link), checked by the
 * parser: a refusal is shown in words, naming the field, and the study stays as it was.
 * Without a study yet, one button starts it from the experiment as it is.
 */
import { useState } from 'react';
import { useLab } from '../../store';
import { BaselineFields } from './BaselineFields';
import { commitStudy } from './commitStudy';
import { SeedFields } from './SeedFields';
import { describeSet, firstStudy, withoutVariant } from './studyEdits';
import { VariantForm } from './VariantForm';

/** The definition section. */
export function StudyDefinition() {
  const study = useLab((s) => s.experiment?.study ?? null);
  const plan = useLab((s) => s.studyPlan);
  const running = useLab((s) => s.studyStatus === 'running');
  const [problem, setProblem] = useState<string | null>(null);
  if (!study) {
    return (
      <div className="study-empty">
        <p className="note">This experiment has no study yet. A study trains it several ways (variants), each over several seeds, beside classical baselines, and compares the runs.</p>
        <button type="button" className="bar-button bar-button--primary" onClick={() => setProblem(commitStudy(firstStudy()))}>Start a study from this experiment</button>
        {problem && <p className="dialog-problem" role="alert">{problem}</p>}
      </div>
    );
  }
  const parametersOf = (variant: string) => plan?.find((j) => (j.kind === 'qrnn' || j.kind === 'qlstm') && j.variant === variant)?.parameters;
  return (
    <fieldset className="study-define-fields" disabled={running}>
      <h4>Variants</h4>
      <ul className="study-variants" aria-label="Variants">
        {study.variants.map((v, i) => {
          const n = parametersOf(v.name);
          return (
            <li key={v.name} className="study-variant">
              <div>
                <span className="study-variant-name">{v.name}</span>
                <span className="study-variant-set">{describeSet(v.set)}{n !== undefined ? ` · ${n} parameters` : ''}</span>
              </div>
              <button type="button" className="bar-button study-remove" aria-label={`Remove variant ${v.name}`} disabled={study.variants.length === 1}
                title={study.variants.length === 1 ? 'A study has at least one variant: remove the study instead.' : undefined}
                onClick={() => setProblem(commitStudy(withoutVariant(study, i)))}
              >Remove</button>
            </li>
          );
        })}
      </ul>
      {problem && <p className="dialog-problem" role="alert">{problem}</p>}
      <VariantForm study={study} />
      <SeedFields study={study} />
      <BaselineFields study={study} />
      <button type="button" className="bar-button bar-button--danger study-remove-all" onClick={() => setProblem(commitStudy(null))}>Remove the study</button>
    </fieldset>
  );
}
