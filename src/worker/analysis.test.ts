/**
 * `analyzeExperiment` on the shipped presets: the contributions of every circuit parameter
 * add up to its exact gradient, the Bloch vectors are one per hidden wire and step inside
 * the ball, the memory profile has a bin per distance, a sequence index is clamped, the
 * service answers in-thread and a bad file is refused with a field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisBuffers, analyzeExperiment } from './analysis';
import { contributionSeconds } from './contributionCost';
import { createLabService } from './labService';

const preset = (name: string) => readFileSync(new URL(`../../public/experiments/${name}.json`, import.meta.url), 'utf8');
const sine = preset('sine');

function ok(reply: ReturnType<typeof analyzeExperiment>) {
  if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
  return reply;
}

describe('analyzeExperiment(text, options)', () => {
  it('gives every occurrence of the sine preset, summing per parameter to the adjoint gradient (1e-12)', () => {
    const a = ok(analyzeExperiment(sine, {}, 'in-thread'));
    expect(a.steps).toBe(12);
    expect(a.occurrences.contribution).toHaveLength(12 * 5);
    const sums = new Map<string, number>();
    a.occurrences.contribution.forEach((c, i) => {
      const name = a.occurrences.names[a.occurrences.param[i]];
      sums.set(name, (sums.get(name) ?? 0) + c);
    });
    expect([...sums.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'j']);
    for (const [name, sum] of sums) expect(Math.abs(sum - a.gradient[name])).toBeLessThan(1e-12);
    expect(a.headParams).toEqual(['s', 'bias']);
    expect(Number.isFinite(a.gradient.s)).toBe(true);
  });

  it('leaves out contributions estimated over the budget, says what they would cost, and computes them when asked', () => {
    const deferred = ok(analyzeExperiment(sine, {}, 'in-thread', undefined, 0));
    expect(deferred.contributionsDeferred).toEqual({ estimateSeconds: contributionSeconds(JSON.parse(sine).model, 12), qubits: 3 });
    expect(deferred.gradient).toEqual({});
    expect(deferred.occurrences.contribution).toHaveLength(0);
    expect(deferred.memory).toBeNull();
    expect(deferred.memoryNote).toMatch(/needs the exact contributions/);
    expect(deferred.forecast).toBeNull();
    // The rest of the analysis is there, and the same as a full one.
    const full = ok(analyzeExperiment(sine, { contributions: 'exact' }, 'in-thread', undefined, 0));
    expect(full.contributionsDeferred).toBeNull();
    expect(full.occurrences.contribution).toHaveLength(12 * 5);
    expect(full.forecast).toHaveLength(12);
    expect(Array.from(deferred.outputs)).toEqual(Array.from(full.outputs));
    expect(Array.from(deferred.bloch)).toEqual(Array.from(full.bloch));
    expect(ok(analyzeExperiment(sine, {}, 'in-thread')).contributionsDeferred).toBeNull();
  });

  it('gives the Bloch vector of each hidden wire after each step, inside the unit ball', () => {
    const a = ok(analyzeExperiment(sine, {}, 'in-thread'));
    expect(a.hiddenQubits).toBe(2);
    expect(a.bloch).toHaveLength(12 * 2 * 3);
    for (let i = 0; i < a.bloch.length; i += 3) expect(Math.hypot(a.bloch[i], a.bloch[i + 1], a.bloch[i + 2])).toBeLessThanOrEqual(1 + 1e-9);
    expect(a.outputs).toHaveLength(12);
  });

  it('profiles memory by distance from 0 up to the last scored step, with a fit', () => {
    const a = ok(analyzeExperiment(sine, {}, 'in-thread'));
    const memory = a.memory as NonNullable<typeof a.memory>;
    expect(a.memoryNote).toBeNull();
    expect(memory.bins[0].distance).toBe(0);
    expect(memory.bins[memory.bins.length - 1].distance).toBe(11);
    expect(memory.fit?.factorPerStep).toBeGreaterThan(0);
  });

  it('skips the memory profile above eight qubits and says why, keeping the exact contributions', () => {
    const big = JSON.parse(sine);
    big.model.hiddenQubits = 8;
    const a = ok(analyzeExperiment(JSON.stringify(big), {}, 'in-thread'));
    expect(a.memory).toBeNull();
    expect(a.memoryNote).toMatch(/^Not computed for 9 qubits: .* up to 8 qubits\. The contributions above are exact\.$/);
    expect(a.occurrences.contribution.length).toBeGreaterThan(0);
  });

  it('clamps the sequence index to the training windows and uses parameters given', () => {
    const last = ok(analyzeExperiment(sine, { sequence: 999 }, 'in-thread'));
    expect(last.sequence).toBe(last.sequences - 1);
    const first = ok(analyzeExperiment(sine, {}, 'in-thread'));
    expect(last.inputs).not.toEqual(first.inputs);
    const moved = ok(analyzeExperiment(sine, { params: { a: 1.2 } }, 'in-thread'));
    expect(moved.params.a).toBe(1.2);
    expect(moved.gradient.a).not.toBe(first.gradient.a);
  });

  it('lists the buffers of the typed arrays to move, and none for a refusal', () => {
    const a = ok(analyzeExperiment(sine, {}, 'in-thread'));
    expect(analysisBuffers(a)).toHaveLength(7);
    expect(a.forecast).toHaveLength(12);
    const refused = analyzeExperiment('{"format": "nope"}', {}, 'in-thread');
    expect(refused.ok).toBe(false);
    expect(analysisBuffers(refused)).toEqual([]);
  });
});

describe('createLabService().analyze(text)', () => {
  it('answers in-thread and refuses a file without a model, naming the field', async () => {
    const service = createLabService();
    const reply = await service.analyze(sine);
    expect(reply.ok && reply.computedIn).toBe('in-thread');
    const broken = JSON.parse(sine);
    delete broken.model;
    const refused = await service.analyze(JSON.stringify(broken));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.some((e) => e.path.startsWith('model'))).toBe(true);
  });
});
