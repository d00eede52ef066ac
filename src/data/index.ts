/**
 * Datasets for QRNN Lab (docs/spec.md §2, `data`): inline sequences and the generators `sine`,
 * `sequence`, `mackey-glass`, `lorenz`, `kuramoto-sivashinsky` and `csv`, windowing, the
 * chronological train/test split and normalisation. Pure TypeScript: no DOM, no Node. The
 * parameters and defaults of every kind are documented in `README.md`. What other folders
 * use is a dataset built from a `data` object, or its first sequence.
 */
export { buildDataset, checkModelOnDataset, firstSequence, firstSequenceResult, type Dataset, type DatasetResult, type FirstSequenceResult } from './build';
