/**
 * `planStudy(text)` (studyProtocol.ts): the runs of the file's study with their parameter
 * counts and planned epochs, before anything trains. Quick (it builds the data once for the
 * baselines' input size), so it runs on the lab's data lane.
 */
import { parseExperimentText } from '../model/parse';
import { planJobs } from '../study/plan';
import { studyJobs } from '../study/runs';
import type { StudyPlanReply } from './studyProtocol';

export function planStudy(experimentJson: string): StudyPlanReply {
  const parsed = parseExperimentText(experimentJson);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { study } = parsed.experiment;
  if (!study) return { ok: false, errors: [{ path: 'study', message: 'is missing: the experiment defines no study (docs/spec.md §8)' }] };
  try {
    return { ok: true, jobs: planJobs(studyJobs(parsed.experiment, study)) };
  } catch (error) {
    return { ok: false, errors: [{ path: 'study', message: error instanceof Error ? error.message : String(error) }] };
  }
}
