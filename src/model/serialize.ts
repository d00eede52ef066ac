/**
 * Writes an experiment as canonical JSON (docs/spec.md §2): the same experiment always gives the same
 * text, so undo, share links and files can compare and store it as one serialized form. The
 * SPEC's fields come in the order of the SPEC's example file; any other field follows them,
 * sorted by name, and so does every key inside such a field's value. The keys of `params`
 * keep their order (it is the order the lab lists the parameters in). Numbers are written as
 * JavaScript writes them: the shortest text that reads back as the same number. It does not
 * check the experiment (`parse.ts` does); absent optional fields stay absent.
 */
import type { AnyExperiment } from './types';
import { hasOwn, isObject, setOwn, type JsonObject } from './parseCheck';

type Shape = (value: unknown) => unknown;

/** `value` with every object's keys sorted (a field the SPEC does not name). */
const sorted: Shape = (value) => {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) setOwn(out, key, sorted(value[key]));
  return out;
};

/** An object with `order`'s keys first (each shaped by `shapes`, default `sorted`), then the rest sorted. */
function fields(order: readonly string[], shapes: Readonly<Record<string, Shape>> = {}): Shape {
  return (value) => {
    if (!isObject(value)) return sorted(value);
    const out: JsonObject = {};
    for (const key of order) {
      if (!hasOwn(value, key) || value[key] === undefined) continue;
      setOwn(out, key, (hasOwn(shapes, key) ? shapes[key] : sorted)(value[key]));
    }
    for (const key of Object.keys(value).sort()) {
      if (!order.includes(key) && value[key] !== undefined) setOwn(out, key, sorted(value[key]));
    }
    return out;
  };
}

const list = (shape: Shape): Shape => (value) => (Array.isArray(value) ? value.map(shape) : sorted(value));

/** One object or an array of them, each shaped alike: `model.head` may be either (docs/spec.md §5.3). */
const oneOrList = (shape: Shape): Shape => (value) => (Array.isArray(value) ? value.map(shape) : shape(value));

/** Keys in the order given: `params`, whose order is the user's. */
const asGiven: Shape = (value) => {
  if (!isObject(value)) return sorted(value);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) if (value[key] !== undefined) setOwn(out, key, value[key]);
  return out;
};

const angle = fields(['param', 'input', 'factor', 'offset', 'transform', 'bias']);

/** A variant's `set`: its paths in the order written, each value's keys sorted. */
const pathsAsGiven: Shape = (value) => {
  if (!isObject(value)) return sorted(value);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) if (value[key] !== undefined) setOwn(out, key, sorted(value[key]));
  return out;
};

/** docs/spec.md §8 in the SPEC's order; a variant's `set` keeps its paths in the order written (later ones may refine earlier ones). */
const study = fields(['variants', 'seeds', 'reinitialize', 'baselines'], {
  variants: list(fields(['name', 'set'], { set: pathsAsGiven })),
  reinitialize: fields(['low', 'high']),
  baselines: list(fields(['kind', 'hidden', 'units', 'spectralRadius', 'inputScale', 'alpha', 'lags', 'learningRate'])),
});

const experiment = fields(['format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training', 'study'], {
  // A QRNN's fields, then a QLSTM's (docs/spec.md §7; `kind` absent for a QRNN): a model has one set or the other.
  model: fields(['recurrence', 'dataQubits', 'hiddenQubits', 'cell', 'readout', 'kind', 'inputSize', 'hiddenSize', 'layers', 'head', 'noise'], {
    cell: list(fields(['gate', 'wires', 'angle'], { angle })),
    readout: list(fields(['observable', 'wire', 'wires'])),
    head: oneOrList(fields(['weights', 'bias'])),
    noise: fields(['p1', 'p2', 'gamma', 'q']),
  }),
  params: asGiven,
  data: fields(['kind', 'inputs', 'targets', 'seed', 'window', 'horizon', 'split', 'normalize']),
  loss: fields(['kind', 'washout']),
  training: fields(['gradient', 'optimizer', 'epochs', 'batchSize', 'seed'], {
    gradient: fields(['method', 'shots', 'sampling']),
    optimizer: fields(['kind', 'learningRate', 'memory']),
  }),
  study,
});

/** The experiment as a fresh plain object whose key order is the canonical order above. */
export function canonicalObject(e: AnyExperiment): unknown {
  return experiment(e);
}

/** The experiment as canonical JSON text: 2-space indentation and a trailing newline. */
export function serializeExperiment(e: AnyExperiment): string {
  return `${JSON.stringify(canonicalObject(e), null, 2)}\n`;
}
