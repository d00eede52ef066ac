/**
 * Classroom flags of a share link (docs/teaching.md §3): `&hide=panel,...`, `&lock=cell` and
 * `&lesson=NAME`. They sit outside the compressed experiment, readable and editable by a
 * teacher without re-encoding (TensorFlow Playground's `_hide` idea). Reading them never
 * fails: an unknown panel, lock target or a malformed lesson name is a warning and is
 * ignored, so a link made by a newer lab still opens.
 */
import type { FieldError } from '../model/types';

/** The panels a link may hide, as the lab names them. */
export const PANELS = ['palette', 'timeline', 'training', 'plots', 'bloch', 'gradient', 'data', 'export'] as const;
export type PanelName = (typeof PANELS)[number];

/** What a link may lock against editing: only the cell for now. */
export const LOCK_TARGETS = ['cell'] as const;
export type LockTarget = (typeof LOCK_TARGETS)[number];

/** A lesson name: a letter or digit, then up to 63 letters, digits, `-` or `_` (it names a preset walkthrough). */
export const LESSON_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** The classroom flags of a link; an absent field means "nothing hidden", "nothing locked", "no lesson". */
export interface ClassroomFlags {
  hide?: PanelName[];
  lock?: LockTarget[];
  lesson?: string;
}

/** The link fields that carry flags, in the order a link writes them. */
const FLAG_KEYS = ['hide', 'lock', 'lesson'] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

export function isFlagKey(key: string): key is FlagKey {
  return (FLAG_KEYS as readonly string[]).includes(key);
}

/**
 * The flags as link text: `&hide=a,b&lock=cell&lesson=NAME`, or `''` when there are none.
 * Throws a `RangeError` for a value this module would not read back (an unknown panel or
 * lock target, or a lesson name outside `LESSON_NAME`): that is a programming error.
 */
export function formatFlags(flags: ClassroomFlags): string {
  const hide = unique(flags.hide ?? []);
  const lock = unique(flags.lock ?? []);
  for (const p of hide) if (!(PANELS as readonly string[]).includes(p)) throw new RangeError(`unknown panel '${p}'`);
  for (const l of lock) if (!(LOCK_TARGETS as readonly string[]).includes(l)) throw new RangeError(`unknown lock target '${l}'`);
  if (flags.lesson !== undefined && !LESSON_NAME.test(flags.lesson)) throw new RangeError(`invalid lesson name '${flags.lesson}'`);
  let out = '';
  if (hide.length > 0) out += `&hide=${hide.join(',')}`;
  if (lock.length > 0) out += `&lock=${lock.join(',')}`;
  if (flags.lesson !== undefined) out += `&lesson=${flags.lesson}`;
  return out;
}

/**
 * Reads one flag field of a link (`value` is still percent-encoded) into `flags`, adding a
 * warning at `link.KEY` for anything it ignores. Repeated `hide=` and `lock=` fields add up;
 * a second `lesson=` is ignored with a warning.
 */
export function readFlag(key: FlagKey, value: string, flags: ClassroomFlags, warnings: FieldError[]): void {
  const path = `link.${key}`;
  let text: string;
  try {
    text = decodeURIComponent(value);
  } catch {
    warnings.push({ path, message: `the ${key}= field is not valid percent-encoding; it is ignored` });
    return;
  }
  if (key === 'lesson') {
    if (flags.lesson !== undefined) warnings.push({ path, message: `the link names more than one lesson; '${flags.lesson}' is used` });
    else if (LESSON_NAME.test(text)) flags.lesson = text;
    else warnings.push({ path, message: `lesson name ${quote(text)} must be 1 to 64 letters, digits, '-' or '_' (starting with a letter or digit); it is ignored` });
    return;
  }
  const known: readonly string[] = key === 'hide' ? PANELS : LOCK_TARGETS;
  const what = key === 'hide' ? 'panel' : 'lock target';
  const list: string[] = (key === 'hide' ? (flags.hide ??= []) : (flags.lock ??= []));
  for (const name of text.split(',')) {
    if (name === '') continue;
    if (!known.includes(name)) warnings.push({ path, message: `unknown ${what} ${quote(name)} in ${key}= (known: ${known.join(', ')}); it is ignored` });
    else if (!list.includes(name)) list.push(name);
  }
  if (list.length === 0) delete flags[key];
}

function unique<T>(list: readonly T[]): T[] {
  return list.filter((v, i) => list.indexOf(v) === i);
}

/** A user's text in a message: quoted, and cut short if long. */
export function quote(text: string, max = 40): string {
  return `'${text.length > max ? `${text.slice(0, max)}...` : text}'`;
}
