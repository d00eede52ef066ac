/**
 * Datasets for QRNN Lab (docs/spec.md §2, `data`): inline sequences and the generators `sine`,
 * `sequence`, `mackey-glass`, `lorenz`, `kuramoto-sivashinsky` and `csv`, windowing, the
 * chronological train/test split and normalisation. Pure TypeScript: no DOM, no Node. The
 * parameters and defaults of every kind are documented in `README.md`.
 */
export { DATA_DEFAULTS, buildDataset, firstSequence, type Dataset, type DatasetResult } from './build';
export { denormalize, fitNormalization, normalize, NORMALIZATION_KINDS, type Normalization, type NormalizationKind } from './normalization';
export { WINDOW_DEFAULTS, MAX_WINDOW_POINTS, type WindowLayout } from './windows';
export { GENERATORS, isGeneratorKind, type GeneratorEntry } from './registry';
export { MAX_POINTS } from './fields';
export { MAX_CSV_CHARS, MAX_CSV_ROWS, parseCsv, parseCsvNumber, type CsvDelimiter, type CsvOptions, type CsvParseResult, type CsvTable } from './csv';
export { csvColumns, CSV_DEFAULTS, type CsvColumn, type CsvColumnsResult } from './csvData';
export { SINE_DEFAULTS } from './sine';
export { SEQUENCE_DEFAULTS } from './sequence';
export { MACKEY_GLASS_DEFAULTS } from './mackeyGlass';
export { LORENZ_DEFAULTS, LORENZ_COMPONENTS, lorenzStep, type LorenzComponent } from './lorenz';
export { KS_DEFAULTS, type KsObservation } from './kuramotoSivashinsky';
