import { describe, it, expect } from 'vitest';
import { parseExperiment } from './parse';
import { defaultLoss, defaultTraining } from './parseTraining';
import { serializeExperiment } from './serialize';
import type { FieldError } from './types';
import { caseJson } from '../testing/cases';

function fixture(): Record<string, unknown> {
  return caseJson('one-qubit-one-parameter');
}

function parsed(changes: Record<string, unknown>) {
  return parseExperiment({ ...fixture(), ...changes });
}

function errorsWith(changes: Record<string, unknown>): FieldError[] {
  const result = parsed(changes);
  return result.ok ? [] : result.errors;
}

describe('defaults', () => {
  it('defaultLoss() is mean squared error with no washout', () => {
    expect(defaultLoss()).toEqual({ kind: 'mse', washout: 0 });
  });

  it('defaultTraining() holds the settings of the SPEC example', () => {
    expect(defaultTraining()).toEqual({
      gradient: { method: 'parameter-shift', shots: null },
      optimizer: { kind: 'adam', learningRate: 0.05 },
      epochs: 50,
      batchSize: 8,
      seed: 1,
    });
  });

  it('gives each call a fresh object', () => {
    defaultTraining().optimizer.learningRate = 9;
    expect(defaultTraining().optimizer.learningRate).toBe(0.05);
  });

  it('parseExperiment supplies the default loss and training when the blocks are absent', () => {
    const result = parsed({ loss: undefined, training: undefined });
    expect(result.ok && [result.experiment.loss, result.experiment.training]).toEqual([defaultLoss(), defaultTraining()]);
  });

  it('parseExperiment fills each absent field of a partial training block', () => {
    const result = parsed({ training: { optimizer: { kind: 'sgd' }, epochs: 3, gradient: { shots: 100 } } });
    expect(result.ok && result.experiment.training).toEqual({
      gradient: { method: 'parameter-shift', shots: 100 },
      optimizer: { kind: 'sgd', learningRate: 0.05 },
      epochs: 3,
      batchSize: 8,
      seed: 1,
    });
  });

  it('parseExperiment fills an absent washout or loss kind', () => {
    const three = { kind: 'inline', inputs: [0, 1, 2], targets: [0, 1, 2] };
    const empty = parsed({ loss: {} }), washout = parsed({ loss: { washout: 2 }, data: three });
    expect(empty.ok && empty.experiment.loss).toEqual({ kind: 'mse', washout: 0 });
    expect(washout.ok && washout.experiment.loss).toEqual({ kind: 'mse', washout: 2 });
  });
});

describe('parseExperiment: loss', () => {
  it('refuses a loss other than mse and a negative or fractional washout', () => {
    expect(errorsWith({ loss: { kind: 'mae', washout: -1 } })).toEqual([
      { path: 'loss.kind', message: "must be 'mse', got \"mae\"" },
      { path: 'loss.washout', message: 'must be an integer of at least 0, got -1' },
    ]);
    expect(errorsWith({ loss: { kind: 'mse', washout: 0.5 } })).toEqual([{ path: 'loss.washout', message: 'must be an integer of at least 0, got 0.5' }]);
  });

  it('refuses a loss that is not an object', () => {
    expect(errorsWith({ loss: 'mse' })).toEqual([{ path: 'loss', message: 'must be an object like {"kind": "mse", "washout": 0}, got "mse"' }]);
  });
});

describe('parseExperiment: training', () => {
  it('refuses an unknown gradient method and optimizer kind, naming the known ones', () => {
    expect(errorsWith({ training: { gradient: { method: 'backprop' }, optimizer: { kind: 'bfgs' } } })).toEqual([
      { path: 'training.gradient.method', message: "must be one of 'adjoint', 'parameter-shift', 'finite-difference', 'spsa', got \"backprop\"" },
      { path: 'training.optimizer.kind', message: "must be one of 'sgd', 'adam', 'spsa', 'ridge', 'lbfgs', got \"bfgs\"" },
    ]);
  });

  it('refuses shots that are neither null nor a positive integer', () => {
    for (const [shots, got] of [[0, '0'], [2.5, '2.5'], ['100', '"100"'], [2 ** 53 - 1, '9007199254740991'], [1e9 + 1, '1000000001']] as const) {
      expect(errorsWith({ training: { gradient: { method: 'spsa', shots } } })).toEqual([
        { path: 'training.gradient.shots', message: `must be null (exact expectations) or a number of shots (an integer from 1 to 1e9), got ${got}` },
      ]);
    }
  });

  it('refuses a learning rate that is not above 0, and bad epochs, batch size and seed', () => {
    expect(errorsWith({ training: { optimizer: { learningRate: 0 }, epochs: -1, batchSize: 0, seed: 0.5 } })).toEqual([
      { path: 'training.optimizer.learningRate', message: 'must be a number greater than 0 and at most 100, got 0' },
      { path: 'training.epochs', message: 'must be an integer from 0 to 100000, got -1' },
      { path: 'training.batchSize', message: 'must be an integer from 1 to 100000, got 0' },
      { path: 'training.seed', message: 'must be an integer, got 0.5' },
    ]);
  });

  it('refuses absurd sizes: a learning rate above 100, a billion epochs, a batch of a million', () => {
    expect(errorsWith({ training: { optimizer: { learningRate: 1e9 }, epochs: 1e9, batchSize: 1e6 } }).map((e) => e.path)).toEqual([
      'training.optimizer.learningRate', 'training.epochs', 'training.batchSize',
    ]);
  });

  it('refuses training blocks that are not objects', () => {
    expect(errorsWith({ training: [] })).toEqual([{ path: 'training', message: 'must be an object with gradient, optimizer, epochs, batchSize and seed, got a list' }]);
    expect(errorsWith({ training: { gradient: 'adjoint' } })).toEqual([
      { path: 'training.gradient', message: 'must be an object like {"method": "parameter-shift", "shots": null}, got "adjoint"' },
    ]);
  });

  it('keeps unknown fields of the loss, training, gradient and optimizer', () => {
    const training = { ...defaultTraining(), schedule: 'cosine', gradient: { method: 'finite-difference', shots: null, h: 1e-4 }, optimizer: { kind: 'adam', learningRate: 0.1, beta1: 0.9 } };
    const result = parsed({ loss: { kind: 'mse', washout: 1, weights: [1, 2] }, training, data: { kind: 'inline', inputs: [0, 1], targets: [0, 1] } });
    expect(result.ok && [result.experiment.loss, result.experiment.training]).toEqual([{ kind: 'mse', washout: 1, weights: [1, 2] }, training]);
  });
});

describe('parseExperiment: the lbfgs optimizer (docs/spec.md §5.4)', () => {
  const optimizerOf = (optimizer: unknown) => {
    const result = parsed({ training: { ...defaultTraining(), optimizer } });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.experiment.training.optimizer;
  };

  it('accepts {"kind": "lbfgs", "memory": 10} as written, with no learning rate added', () => {
    expect(optimizerOf({ kind: 'lbfgs', memory: 10 })).toEqual({ kind: 'lbfgs', memory: 10 });
    expect(optimizerOf({ kind: 'lbfgs', memory: 1 })).toEqual({ kind: 'lbfgs', memory: 1 });
    expect(optimizerOf({ kind: 'lbfgs', memory: 100 })).toEqual({ kind: 'lbfgs', memory: 100 });
  });

  it('gives an absent memory the default 10', () => {
    expect(optimizerOf({ kind: 'lbfgs' })).toEqual({ kind: 'lbfgs', memory: 10 });
  });

  it('keeps a learning rate an lbfgs file carries, checked as for the others, and unknown fields', () => {
    expect(optimizerOf({ kind: 'lbfgs', memory: 5, learningRate: 0.3, note: 'scipy' })).toEqual({ kind: 'lbfgs', memory: 5, learningRate: 0.3, note: 'scipy' });
    expect(errorsWith({ training: { optimizer: { kind: 'lbfgs', learningRate: -1 } } })).toEqual([
      { path: 'training.optimizer.learningRate', message: 'must be a number greater than 0 and at most 100, got -1' },
    ]);
  });

  it('refuses a memory that is not an integer from 1 to 100, naming training.optimizer.memory', () => {
    for (const [memory, got] of [[0, '0'], [101, '101'], [2.5, '2.5'], ['10', '"10"'], [null, 'null'], [-3, '-3']] as const) {
      expect(errorsWith({ training: { optimizer: { kind: 'lbfgs', memory } } })).toEqual([
        { path: 'training.optimizer.memory', message: `must be an integer from 1 to 100, got ${got}` },
      ]);
    }
  });

  it('leaves the other optimizers as they were: a learning rate still defaults to 0.05, and their memory is an unknown field', () => {
    expect(optimizerOf({ kind: 'adam' })).toEqual({ kind: 'adam', learningRate: 0.05 });
    expect(optimizerOf({ kind: 'sgd', memory: 0 })).toEqual({ kind: 'sgd', learningRate: 0.05, memory: 0 });
  });

  it('serializes memory after kind (and a kept learning rate), and reads back the same experiment', () => {
    const result = parsed({ training: { ...defaultTraining(), optimizer: { memory: 7, kind: 'lbfgs' } } });
    if (!result.ok) throw new Error('refused');
    const text = serializeExperiment(result.experiment);
    expect(text).toContain('"optimizer": {\n      "kind": "lbfgs",\n      "memory": 7\n    }');
    const again = parseExperiment(JSON.parse(text));
    expect(again.ok && serializeExperiment(again.experiment)).toBe(text);
  });
});

describe('parseExperiment: training.gradient.sampling (docs/spec.md §6)', () => {
  it('accepts independent and trajectory and keeps the value', () => {
    for (const sampling of ['independent', 'trajectory'] as const) {
      const result = parsed({ training: { gradient: { method: 'spsa', shots: 100, sampling } } });
      expect(result.ok && result.experiment.training.gradient).toEqual({ method: 'spsa', shots: 100, sampling });
    }
  });

  it('leaves an absent sampling absent, so an older file saves exactly as before', () => {
    const result = parsed({ training: { gradient: { method: 'spsa', shots: 100 } } });
    expect(result.ok && Object.hasOwn(result.experiment.training.gradient, 'sampling')).toBe(false);
    expect(result.ok && serializeExperiment(result.experiment)).not.toContain('sampling');
  });

  it('writes sampling right after shots, and reads back what it wrote', () => {
    const result = parsed({ training: { gradient: { h: 0.2, sampling: 'trajectory', shots: 10, method: 'finite-difference' } } });
    if (!result.ok) throw new Error('refused');
    const text = serializeExperiment(result.experiment);
    expect(text).toMatch(/"method": "finite-difference",\s*"shots": 10,\s*"sampling": "trajectory",\s*"h": 0.2/);
    const again = parseExperiment(JSON.parse(text) as unknown);
    expect(again.ok && again.experiment.training.gradient).toEqual({ method: 'finite-difference', shots: 10, sampling: 'trajectory', h: 0.2 });
  });

  it('refuses any other value, naming the field and the two choices', () => {
    for (const [sampling, got] of [['qpu', '"qpu"'], [null, 'null'], [1, '1'], ['Trajectory', '"Trajectory"']] as const) {
      expect(errorsWith({ training: { gradient: { method: 'spsa', shots: 100, sampling } } })).toEqual([
        { path: 'training.gradient.sampling', message: `must be one of 'independent', 'trajectory', got ${got}` },
      ]);
    }
  });
});
