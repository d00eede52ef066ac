/**
 * The study's seeds (typed as numbers separated by spaces or commas) and re-initialisation:
 * with it, each run first draws every parameter that is neither frozen nor a head
 * parameter from `U[low, high)` with the run's seed (docs/spec.md §8). Each commits on Enter
 * or when its field loses focus; a refusal is named under the fields and the value put back.
 */
import { useId, useState } from 'react';
import type { Study } from '../../model/types';
import { commitStudy } from './commitStudy';
import { parseSeeds, withReinitialize, withSeeds } from './studyEdits';

const PI = 3.14159;

/** The fields. */
export function SeedFields({ study }: { study: Study }) {
  const id = useId();
  const seedText = study.seeds.join(' ');
  const [seeds, setSeeds] = useState(seedText);
  const [shownFor, setShownFor] = useState(seedText);
  const [problem, setProblem] = useState<string | null>(null);
  if (shownFor !== seedText) {
    // The study changed elsewhere (undo, a link): show its seeds.
    setShownFor(seedText);
    setSeeds(seedText);
  }
  const range = study.reinitialize;

  const commitSeeds = () => {
    if (seeds.trim() === seedText) return;
    const parsed = parseSeeds(seeds);
    const refused = parsed ? commitStudy(withSeeds(study, parsed)) : `Seeds: “${seeds.trim()}” is not a list of whole numbers like 1 2 3.`;
    setProblem(refused);
    if (refused) setSeeds(seedText);
  };
  const commitRange = (low: number, high: number) => setProblem(commitStudy(withReinitialize(study, { low, high })));
  const bound = (which: 'low' | 'high') => (event: { currentTarget: HTMLInputElement }) => {
    const v = Number(event.currentTarget.value);
    if (!range || !Number.isFinite(v) || v === range[which]) return;
    commitRange(which === 'low' ? v : range.low, which === 'high' ? v : range.high);
  };

  return (
    <div className="study-seeds">
      <h4 id={`${id}-heading`}>Seeds and starting point</h4>
      <label className="study-field"><span>Seeds (each variant and baseline runs once per seed)</span>
        <input value={seeds} onChange={(e) => setSeeds(e.currentTarget.value)} onBlur={commitSeeds} onKeyDown={(e) => { if (e.key === 'Enter') commitSeeds(); }} spellCheck={false} />
      </label>
      <label className="study-check">
        <input type="checkbox" checked={range !== undefined} onChange={(e) => setProblem(commitStudy(withReinitialize(study, e.currentTarget.checked ? { low: -PI, high: PI } : null)))} />
        Re-initialise the circuit parameters from each run’s seed
      </label>
      {range && (
        <div className="study-field-row">
          <label className="study-field study-field--short"><span>low</span>
            <input key={`low-${range.low}`} defaultValue={range.low} onBlur={bound('low')} onKeyDown={(e) => { if (e.key === 'Enter') bound('low')(e); }} inputMode="decimal" />
          </label>
          <label className="study-field study-field--short"><span>high</span>
            <input key={`high-${range.high}`} defaultValue={range.high} onBlur={bound('high')} onKeyDown={(e) => { if (e.key === 'Enter') bound('high')(e); }} inputMode="decimal" />
          </label>
        </div>
      )}
      {!range && <p className="note">Without it every run starts from the file’s parameters; the seed still drives shots, SPSA directions and shuffles.</p>}
      {problem && <p className="dialog-problem" role="alert">{problem}</p>}
    </div>
  );
}
