/**
 * The lab service runs in-thread here, on the shipped default preset and on broken input:
 * it simulates the preset's first window and refuses a bad file with a field path, never
 * rejecting.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabService } from './labService';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');

describe('createLabService()', () => {
  const service = createLabService();

  it('ping() answers pong', async () => {
    await expect(service.ping()).resolves.toBe('pong');
  });

  it('simulate(sine preset) simulates the first window of 12 steps in-thread', async () => {
    const reply = await service.simulate(sine);
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    expect(reply.experimentName).toBe('Sine prediction, 1 data + 2 hidden');
    expect(reply.computedIn).toBe('in-thread');
    expect(reply.result.outputs).toHaveLength(12);
    expect(reply.targets).toHaveLength(12);
    expect(reply.inputs).toHaveLength(12);
    expect(reply.washout).toBe(2);
    expect(reply.result.bloch[0]).toHaveLength(2);
    for (const [y] of reply.result.outputs) expect(Math.abs(y)).toBeLessThanOrEqual(1 + 1e-12);
    expect(reply.result.loss).toBeGreaterThanOrEqual(0);
  });

  it('simulate(text) of inline data returns one output per input', async () => {
    const experiment = JSON.parse(sine);
    experiment.data = { kind: 'inline', inputs: [0.1, 0.5, -0.2], targets: [0.5, -0.2, null] };
    experiment.loss.washout = 0;
    const reply = await service.simulate(JSON.stringify(experiment));
    if (!reply.ok) throw new Error(JSON.stringify(reply.errors));
    expect(reply.result.outputs).toHaveLength(3);
    expect(reply.targets).toEqual([[0.5], [-0.2], null]);
  });

  it('simulate(broken JSON) resolves to a refusal instead of rejecting', async () => {
    const reply = await service.simulate(sine.slice(0, 200));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors.length).toBeGreaterThan(0);
  });

  it('simulate(file with a bad wire) refuses it naming the field', async () => {
    const experiment = JSON.parse(sine);
    experiment.model.cell[3].wires = [0, 7];
    const reply = await service.simulate(JSON.stringify(experiment));
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.errors.map((e) => e.path)).toContain('model.cell[3].wires[1]');
  });
});
