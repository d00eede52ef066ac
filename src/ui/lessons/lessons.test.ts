/// <reference types="vite/client" />
/**
 * The lesson definitions: six lessons of 3 to 6 steps with names a link can carry; each
 * written for a preset that exists, whose experiment has the name the lesson expects; every
 * action names something real (a preset of the menu, a parameter bound by a gate of the
 * experiment on screen at that step, a step of its sequence, a tab of the Gradients card);
 * every prompt can be answered (at least two distinct options, a positive tolerance, a probe
 * of a real occurrence). (The reference above types `import.meta.env`, which the preset list's
 * module reads: this test is compiled with the Node realm's types.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../store/presets';
import { LESSON_NAME } from '../../share/flags';
import type { LessonAction } from './lessonTypes';
import { LESSONS, lessonByName } from './lessons';

interface PresetFile {
  name: string;
  params: Record<string, number>;
  /** A QRNN's cell; a QLSTM (`kind: 'qlstm'`) has none, and its angles are named `k.l.j.angle` in `params`. */
  model: { kind?: string; cell?: { angle?: number | { param?: string } }[] };
  data: { kind: string; inputs?: unknown[]; window?: number };
}

const presetFile = (file: string): PresetFile => JSON.parse(readFileSync(new URL(`../../../public/experiments/${file}`, import.meta.url), 'utf8'));
const gradientCard = readFileSync(new URL('../timeline/GradientPlotsCard.tsx', import.meta.url), 'utf8');

/** The steps of the preset's first sequence: the inline inputs, or a generator's window. */
const stepsOf = (p: PresetFile) => (p.data.kind === 'inline' ? (p.data.inputs?.length ?? 0) : (p.data.window ?? 0));
const boundParams = (p: PresetFile) => (p.model.kind === 'qlstm'
  ? new Set(Object.keys(p.params).filter((n) => /^[figohy]\.\d+\.\d+\.(alpha|beta|gamma)$/.test(n)))
  : new Set((p.model.cell ?? []).flatMap((g) => (typeof g.angle === 'object' && g.angle.param ? [g.angle.param] : []))));

/** Why `action` is not real on `preset` (the experiment on screen), or `null`. */
function problem(action: LessonAction, preset: PresetFile): string | null {
  switch (action.kind) {
    case 'load-preset': return PRESETS.some((p) => p.file === action.file) ? null : `no preset ${action.file}`;
    case 'choose-param':
    case 'compare': return boundParams(preset).has(action.param) ? null : `${action.param} is bound by no gate of ${preset.name}`;
    case 'explain':
    case 'measure-bias':
      if (!boundParams(preset).has(action.param)) return `${action.param} is bound by no gate of ${preset.name}`;
      if (action.kind === 'measure-bias' && preset.model.kind !== 'qlstm') return `the bias is measured for a QLSTM, and ${preset.name} is not one`;
      return action.step >= 0 && action.step < stepsOf(preset) ? null : `step ${action.step} is outside ${preset.name}`;
    case 'show-tab': return gradientCard.includes(`id: '${action.tab}'`) ? null : `the Gradients card has no tab ${action.tab}`;
    case 'train-step':
    case 'train-reset': return null;
  }
}

describe('the lessons', () => {
  it('are six, named as the issues name them, each findable by lessonByName(name)', () => {
    expect(LESSONS.map((l) => l.name)).toEqual(['one-qubit', 'same-gate', 'measure-reset', 'spsa-vs-shift', 'vanishing-memory', 'memory-beside']);
    for (const lesson of LESSONS) {
      expect(LESSON_NAME.test(lesson.name)).toBe(true);
      expect(lessonByName(lesson.name)).toBe(lesson);
    }
    expect(lessonByName('no-such-lesson')).toBeNull();
  });

  it.each(LESSONS.map((l) => [l.name, l] as const))('%s has 3 to 6 steps, each with a title and a few sentences', (_name, lesson) => {
    expect(lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(lesson.steps.length).toBeLessThanOrEqual(6);
    for (const step of lesson.steps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.body.length).toBeGreaterThan(0);
    }
  });

  it.each(LESSONS.map((l) => [l.name, l] as const))('%s is written for a preset of the menu whose experiment has the expected name', (_name, lesson) => {
    expect(PRESETS.some((p) => p.file === lesson.preset)).toBe(true);
    expect(existsSync(new URL(`../../../public/experiments/${lesson.preset}`, import.meta.url))).toBe(true);
    expect(presetFile(lesson.preset).name).toBe(lesson.experimentName);
  });

  it.each(LESSONS.map((l) => [l.name, l] as const))('every action and probe of %s refers to something real on the experiment on screen at that step', (_name, lesson) => {
    let onScreen = presetFile(lesson.preset);
    for (const step of lesson.steps) {
      for (const action of step.actions ?? []) {
        expect(problem(action, onScreen), `${step.title}: ${action.kind}`).toBeNull();
        if (action.kind === 'load-preset') onScreen = presetFile(action.file);
      }
      const probe = step.prompt?.probe;
      if (probe) expect(problem({ kind: 'explain', ...probe }, onScreen), `${step.title}: probe`).toBeNull();
    }
  });

  it.each(LESSONS.map((l) => [l.name, l] as const))('every prompt of %s can be answered: distinct options, or a positive tolerance', (_name, lesson) => {
    const prompts = lesson.steps.flatMap((s) => (s.prompt ? [s.prompt] : []));
    expect(prompts.length).toBeGreaterThan(0);
    for (const prompt of prompts) {
      if (prompt.input.kind === 'choice') {
        const values = prompt.input.options.map((o) => o.value);
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(new Set(values).size).toBe(values.length);
      } else {
        expect(prompt.input.tolerance).toBeGreaterThan(0);
      }
    }
  });
});
