/**
 * The share realm's public API: the link codec (with its classroom flags and budget) and the
 * exports (OpenQASM 3 and its reader, Python for PennyLane, Qiskit and numpy). Pure: no DOM,
 * no Node; the store, the worker and the command line use the same code.
 */
export { decodeLink, encodeLink, encodeReadableLink, LINK_VERSION, MAX_FRAGMENT_CHARS, MAX_INFLATED_BYTES, type LinkResult } from './link';
export { LINK_BUDGET, linkBudget, type LinkBudget } from './budget';
export { FLAG_KEYS, LESSON_NAME, LOCK_TARGETS, PANELS, type ClassroomFlags, type LockTarget, type PanelName } from './flags';
export { exportSequence, type ExportOptions } from './exportInput';
export { toQasm3, type Qasm3Options, type QasmInputs } from './qasm3';
export { QASM_DEFINITIONS, QASM_GATE } from './qasm3Gates';
export { toNumpy, toPennyLane, toQiskit } from './python';
