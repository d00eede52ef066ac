/**
 * A shipped preset (`public/experiments/NAME.json`) as a parsed experiment for tests, a fresh
 * copy each time, optionally changed by `patch` first.
 */
import { readFileSync } from 'node:fs';
import { parseExperimentText } from '../model/parse';
import type { Experiment } from '../model/types';

export function presetExperiment(name: string, patch: (e: Experiment) => void = () => {}): Experiment {
  const parsed = parseExperimentText(readFileSync(new URL(`../../public/experiments/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const e = structuredClone(parsed.experiment);
  patch(e);
  return e;
}
