/**
 * The lessons, in the order the Lessons menu lists them, and how a name from a link finds
 * one. Adding a lesson is a file in `content/` and a row here.
 */
import { measureReset } from './content/measureReset';
import { memoryBeside } from './content/memoryBeside';
import { oneQubit } from './content/oneQubit';
import { sameGate } from './content/sameGate';
import { spsaVsShift } from './content/spsaVsShift';
import { vanishingMemory } from './content/vanishingMemory';
import type { Lesson } from './lessonTypes';

/** Every lesson, in menu order. */
export const LESSONS: readonly Lesson[] = [oneQubit, sameGate, measureReset, spsaVsShift, vanishingMemory, memoryBeside];

/** The lesson called `name` (as in `&lesson=NAME`), or `null`. */
export function lessonByName(name: string): Lesson | null {
  return LESSONS.find((l) => l.name === name) ?? null;
}
