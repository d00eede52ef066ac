/**
 * The comparison form's text fields: lists of shot counts and finite-difference steps typed
 * as numbers separated by spaces or commas, and the repeats. Parsing names the field and the
 * reason, with the limits the worker enforces (`COMPARE_LIMITS`), so a bad value is caught
 * before anything is asked. Pure functions.
 */
import type { CompareSettings } from '../../store';
import { COMPARE_LIMITS } from '../../worker/teachingProtocol';

/** The form's three fields as typed. */
export interface CompareFields {
  shots: string;
  steps: string;
  repeats: string;
}

/** The fields that show `settings`. */
export function fieldsOf(settings: CompareSettings): CompareFields {
  return { shots: settings.shots.join(' '), steps: settings.steps.join(' '), repeats: String(settings.repeats) };
}

const numbers = (text: string) => text.split(/[\s,;]+/).filter((t) => t !== '').map(Number);

/** Settings from the fields, or the first problem in words with the field it is in. */
export function parseFields(fields: CompareFields): { ok: true; settings: CompareSettings } | { ok: false; field: keyof CompareFields; message: string } {
  const shots = numbers(fields.shots);
  if (shots.length === 0 || shots.some((n) => !Number.isInteger(n) || n < 1 || n > COMPARE_LIMITS.shots)) {
    return { ok: false, field: 'shots', message: `Shots: whole numbers from 1 to ${COMPARE_LIMITS.shots.toLocaleString('en-US')}, separated by spaces.` };
  }
  const steps = numbers(fields.steps);
  if (steps.some((h) => !(h > 0) || !Number.isFinite(h))) return { ok: false, field: 'steps', message: 'Steps h: positive numbers separated by spaces (or none, to leave finite differences out).' };
  const repeats = Number(fields.repeats);
  if (!Number.isInteger(repeats) || repeats < 2 || repeats > COMPARE_LIMITS.repeats) {
    return { ok: false, field: 'repeats', message: `Repeats: a whole number from 2 to ${COMPARE_LIMITS.repeats}.` };
  }
  const configurations = shots.length * (steps.length + 2);
  if (configurations > COMPARE_LIMITS.configurations) {
    return { ok: false, field: 'shots', message: `That is ${configurations} configurations; at most ${COMPARE_LIMITS.configurations}: fewer shot counts or steps.` };
  }
  const unique = (xs: number[]) => [...new Set(xs)];
  return { ok: true, settings: { shots: unique(shots), steps: unique(steps), repeats } };
}
