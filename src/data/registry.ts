/**
 * The table of dataset generators, looked up by their SPEC name (`data.kind`). Adding a
 * generator is a new file and one row here; `buildDataset` needs no change.
 */
import type { GeneratorKind } from '../model/types';
import { CSV_DEFAULTS, generateCsv } from './csvData';
import { KS_DEFAULTS, generateKuramotoSivashinsky } from './kuramotoSivashinsky';
import { LORENZ_DEFAULTS, generateLorenz } from './lorenz';
import { MACKEY_GLASS_DEFAULTS, generateMackeyGlass } from './mackeyGlass';
import { SEQUENCE_DEFAULTS, generateSequence } from './sequence';
import type { Generate } from './series';
import { SINE_DEFAULTS, generateSine } from './sine';

/** One row of the generator table. */
export interface GeneratorEntry {
  kind: GeneratorKind;
  /** Reads the kind's own fields and produces the raw series. */
  generate: Generate;
  /** The kind's own parameters and their defaults (windowing defaults are in `DATA_DEFAULTS`). */
  defaults: Readonly<Record<string, unknown>>;
  /** Whether `seed` changes the series (noise or a random initial condition). */
  seeded: boolean;
}

/** Every generator by its `data.kind`. */
export const GENERATORS: Readonly<Record<GeneratorKind, GeneratorEntry>> = {
  sine: { kind: 'sine', generate: generateSine, defaults: SINE_DEFAULTS, seeded: true },
  sequence: { kind: 'sequence', generate: generateSequence, defaults: SEQUENCE_DEFAULTS, seeded: false },
  'mackey-glass': { kind: 'mackey-glass', generate: (fields) => generateMackeyGlass(fields), defaults: MACKEY_GLASS_DEFAULTS, seeded: false },
  lorenz: { kind: 'lorenz', generate: generateLorenz, defaults: LORENZ_DEFAULTS, seeded: true },
  'kuramoto-sivashinsky': { kind: 'kuramoto-sivashinsky', generate: generateKuramotoSivashinsky, defaults: KS_DEFAULTS, seeded: true },
  csv: { kind: 'csv', generate: (fields) => generateCsv(fields), defaults: CSV_DEFAULTS, seeded: false },
};

/** True when `kind` names a generator. */
export function isGeneratorKind(kind: unknown): kind is GeneratorKind {
  return typeof kind === 'string' && Object.prototype.hasOwnProperty.call(GENERATORS, kind);
}
