/**
 * The reference cases (`src/testing/fixtures/`): experiment files with what an independent
 * implementation computed for them. Every test that reads a case reads it through here, so
 * the folder is named once and a new case reaches every such test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { GradientProblem } from '../gradients/types';
import { inlineSequence } from '../model/sequence';
import type { Experiment, InlineData } from '../model/types';

/** The fixtures folder, as a file system path. */
export const CASES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * What the independent implementation computed for a case (docs/spec.md §4 output shapes):
 * `outputs` per step (a pair per step for two outputs), and either every occurrence in order
 * or, for the §5 cases, `occurrenceSums`: the sum of contributions per `"param|step"`, which
 * every method must reproduce whatever order or grouping it reports occurrences in.
 */
export interface ExpectedCase {
  outputs: (number | number[])[];
  loss: number | null;
  gradient: Record<string, number>;
  occurrences?: { param: string; gate: number; step: number; contribution: number }[];
  occurrenceSums?: Record<string, number>;
}

/** Contributions summed per `"param|step"`, the form `occurrenceSums` is written in. */
export function sumsByParamAndStep(occurrences: readonly { param: string; step: number; contribution: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of occurrences) out[`${o.param}|${o.step}`] = (out[`${o.param}|${o.step}`] ?? 0) + o.contribution;
  return out;
}

/** The names of every case in `dir`, without `.json`, in file-name order. */
const namesIn = (dir: string): string[] => readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

/** The names of every QRNN case, without `.json`, in file-name order. */
export const CASE_NAMES: readonly string[] = namesIn(CASES_DIR);

/**
 * The QLSTM cases (docs/spec.md §7) live in `fixtures/qlstm/`, apart from the QRNN's: every
 * QRNN test loops over the QRNN cases (some by listing `fixtures/` itself), and a QLSTM has
 * no cell, readouts or Bloch vectors for them to check. Their names include `qlstm/`, so
 * every function below reads them as it reads a QRNN case.
 */
export const QLSTM_CASE_NAMES: readonly string[] = namesIn(`${CASES_DIR}qlstm/`).map((name) => `qlstm/${name}`);

/** The path of case `name`'s experiment file. */
export function casePath(name: string): string {
  return `${CASES_DIR}${name}.json`;
}

/** Case `name`'s experiment file as text. */
export function caseText(name: string): string {
  return readFileSync(casePath(name), 'utf8');
}

/** Case `name`'s experiment file, parsed as JSON but not checked (tests mutate it). */
export function caseJson(name: string): Record<string, unknown> {
  return JSON.parse(caseText(name)) as Record<string, unknown>;
}

/** Case `name`'s experiment, typed (the cases are valid files; parse tests check that). */
export function caseExperiment(name: string): Experiment {
  return caseJson(name) as unknown as Experiment;
}

/** What the independent implementation computed for case `name`. */
export function caseExpected(name: string): ExpectedCase {
  return JSON.parse(readFileSync(`${CASES_DIR}${name}.expected.json`, 'utf8')) as ExpectedCase;
}

/** Case `name` as a gradient problem: its model, parameters, inline sequence and loss. */
export function caseProblem(name: string): GradientProblem {
  const e = caseExperiment(name);
  return { model: e.model, params: e.params, sequence: inlineSequence(e.data as InlineData), loss: e.loss };
}

/**
 * Checks a method's occurrences against a case's expected ones to 1e-9: one by one, in order,
 * or, for a case that holds `occurrenceSums`, their sums per parameter and step.
 */
export function expectCaseOccurrences(got: readonly { param: string; gate: number; step: number; contribution: number }[], expected: ExpectedCase): void {
  if (expected.occurrenceSums) {
    const sums = sumsByParamAndStep(got);
    expect(Object.keys(sums).sort()).toEqual(Object.keys(expected.occurrenceSums).sort());
    for (const [key, v] of Object.entries(expected.occurrenceSums)) expect(Math.abs(sums[key] - v), key).toBeLessThan(1e-9);
    return;
  }
  const occurrences = expected.occurrences ?? [];
  expect(got.length).toBe(occurrences.length);
  occurrences.forEach((o, i) => {
    expect([got[i].param, got[i].gate, got[i].step]).toEqual([o.param, o.gate, o.step]);
    expect(Math.abs(got[i].contribution - o.contribution), `${o.param} gate ${o.gate} step ${o.step}`).toBeLessThan(1e-9);
  });
}
