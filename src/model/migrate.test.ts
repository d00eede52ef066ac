import { describe, it, expect } from 'vitest';
import { migrate, migrateWith, MIGRATIONS, type Migration } from './migrate';
import { CURRENT_VERSION } from './types';
import { caseJson } from '../testing/cases';

function fixture(): Record<string, unknown> {
  return caseJson('shared-gate-every-step');
}

describe('migrate', () => {
  it('migrate(file) returns a current-version file itself, unchanged', () => {
    const file = fixture();
    const before = structuredClone(file);
    const result = migrate(file);
    expect(result).toEqual({ ok: true, value: before });
    expect(result.ok && result.value).toBe(file);
  });

  it('has no step yet, since version 1 is the only version', () => {
    expect(CURRENT_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('migrate(file) refuses a version above CURRENT_VERSION, naming it as written by a newer QRNN Lab', () => {
    expect(migrate({ ...fixture(), version: CURRENT_VERSION + 1 })).toEqual({
      ok: false,
      errors: [{ path: 'version', message: `this file was written by a newer QRNN Lab (version ${CURRENT_VERSION + 1}); this lab reads versions up to ${CURRENT_VERSION}` }],
    });
  });

  it('migrate(file) refuses a missing, fractional, zero, negative or non-number version', () => {
    const file = fixture();
    delete file.version;
    expect(migrate(file)).toEqual({ ok: false, errors: [{ path: 'version', message: 'is required: the file format version (the whole number 1)' }] });
    for (const [version, got] of [[1.5, '1.5'], [0, '0'], [-2, '-2'], ['1', '"1"'], [null, 'null'], [Number.NaN, 'NaN']] as const) {
      expect(migrate({ ...fixture(), version })).toEqual({ ok: false, errors: [{ path: 'version', message: `must be the whole number 1, got ${got}` }] });
    }
  });
});

describe('migrateWith', () => {
  const renameTitle: Migration = (file) => {
    const { title, ...rest } = file;
    return { ...rest, name: title };
  };
  const addLoss: Migration = (file) => ({ ...file, loss: { kind: 'mse', washout: 0 } });
  const steps: Record<number, Migration> = { 1: renameTitle, 2: addLoss };

  it('migrateWith(file, steps, 3) applies each step from the file version up and sets version 3', () => {
    const result = migrateWith({ version: 1, title: 'old', extra: [1] }, steps, 3);
    expect(result).toEqual({ ok: true, value: { version: 3, name: 'old', extra: [1], loss: { kind: 'mse', washout: 0 } } });
    expect(migrateWith({ version: 2, name: 'x' }, steps, 3)).toEqual({ ok: true, value: { version: 3, name: 'x', loss: { kind: 'mse', washout: 0 } } });
  });

  it('migrateWith does not change the file it is given', () => {
    const file = { version: 1, title: 'old' };
    migrateWith(file, steps, 3);
    expect(file).toEqual({ version: 1, title: 'old' });
  });

  it('migrateWith names the range of versions it reads when the table has several', () => {
    expect(migrateWith({ version: 0 }, steps, 3)).toEqual({ ok: false, errors: [{ path: 'version', message: 'must be a whole number from 1 to 3, got 0' }] });
  });

  it('migrateWith refuses a file when a step is missing from the table', () => {
    expect(migrateWith({ version: 1 }, { 2: addLoss }, 3)).toEqual({
      ok: false,
      errors: [{ path: 'version', message: 'cannot upgrade a version 1 file: no step from version 1 to 2 is known' }],
    });
  });

  it('migrateWith reports a step that throws on a malformed old file instead of throwing', () => {
    const fragile: Migration = (file) => ({ ...file, n: (file.model as { cell: unknown[] }).cell.length });
    expect(migrateWith({ version: 1 }, { 1: fragile }, 2)).toEqual({
      ok: false,
      errors: [{ path: 'version', message: expect.stringMatching(/^cannot upgrade this file from version 1 to 2: /) }],
    });
  });
});
