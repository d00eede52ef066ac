/**
 * What the current experiment is about, in the words of its file's `description` (every
 * preset has one: the paper's setup, what was scaled down, what to look at): a disclosure at
 * the foot of the cell card, closed by default so that it costs one line, with the description's
 * first sentence as its summary.
 */
import { useLab } from '../store';
import { selectExperiment } from '../store/selectors';

/** The description of an experiment file, when it has a non-empty one. */
function descriptionOf(experiment: Record<string, unknown> | null): string | null {
  const d = experiment?.description;
  return typeof d === 'string' && d.trim() !== '' ? d.trim() : null;
}

/** The first sentence of `text` (up to the first full stop followed by a space), for the summary line. */
export function firstSentence(text: string): string {
  const end = text.search(/[.?!](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

export function ExperimentAbout() {
  const description = useLab((s) => descriptionOf(selectExperiment(s) as Record<string, unknown> | null));
  if (description === null) return null;
  const first = firstSentence(description);
  return (
    <details className="experiment-about" data-testid="experiment-about">
      <summary><span className="experiment-about-label">About this experiment:</span> {first}</summary>
      {description.length > first.length && <p>{description}</p>}
    </details>
  );
}
