/**
 * Brings an experiment file written by an older QRNN Lab up to `CURRENT_VERSION`, one
 * version step at a time, before `parse.ts` checks it. Each step is one row of `MIGRATIONS`;
 * a step rewrites the fields its version changed and keeps every other field as it is. It
 * refuses a file whose `version` is missing, not a whole number, or newer than this lab. It
 * does not check anything else: the file it returns may still be refused by the parser.
 */
import { CURRENT_VERSION, type FieldError } from './types';
import { describe, hasOwn, own } from './parseCheck';

/**
 * One step: takes a file of version `v` and returns it as the file version `v + 1` would
 * have written (without setting `version`, which `migrate` does). The file is unchecked, so a
 * step reads it defensively; it returns a new object and does not change its argument.
 */
export type Migration = (file: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** `MIGRATIONS[v]` upgrades a version-`v` file to version `v + 1`. Empty while only version 1 exists. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrateResult = { ok: true; value: Record<string, unknown> } | { ok: false; errors: FieldError[] };

/**
 * `raw` upgraded to `CURRENT_VERSION`, or the reason it cannot be (path `version`). A file
 * already at the current version is returned as it is (the same object).
 */
export function migrate(raw: Record<string, unknown>): MigrateResult {
  return migrateWith(raw, MIGRATIONS, CURRENT_VERSION);
}

/** `migrate` with an explicit step table and current version (what its tests exercise). */
export function migrateWith(raw: Record<string, unknown>, steps: Readonly<Record<number, Migration>>, current: number): MigrateResult {
  const version = own(raw, 'version');
  const expected = current === 1 ? 'the whole number 1' : `a whole number from 1 to ${current}`;
  if (version === undefined) return refuse(`is required: the file format version (${expected})`);
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return refuse(`must be ${expected}, got ${describe(version)}`);
  if (version > current) return refuse(`this file was written by a newer QRNN Lab (version ${version}); this lab reads versions up to ${current}`);
  let file = raw;
  for (let v = version; v < current; v++) {
    if (!hasOwn(steps, String(v))) return refuse(`cannot upgrade a version ${v} file: no step from version ${v} to ${v + 1} is known`);
    try {
      file = { ...steps[v](file), version: v + 1 };
    } catch (e) {
      return refuse(`cannot upgrade this file from version ${v} to ${v + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { ok: true, value: file };
}

function refuse(message: string): MigrateResult {
  return { ok: false, errors: [{ path: 'version', message }] };
}
