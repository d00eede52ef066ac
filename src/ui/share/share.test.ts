/**
 * What Share hands out: the budget note for each class of link length, the experiment with
 * its trained parameters (only those it declares, finite ones), and the link made from the
 * store with the classroom flags, which decodes back to the same experiment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../share/link';
import { createLabStore } from '../../store';
import { budgetNote } from './budgetNote';
import { linkUrl, makeShareLink } from './shareLink';
import { experimentToShare, withParams } from './sharedExperiment';

const sine = readFileSync(new URL('../../../public/experiments/sine.json', import.meta.url), 'utf8');
const location = { origin: 'https://lab.example', pathname: '/qrnn/', search: '' };

describe('budgetNote(length)', () => {
  it('is fine under 2,000, a note to 8 KB, a warning above, and offers a file above 32 KB', () => {
    expect(budgetNote(1_999)).toMatchObject({ budget: 'ok', tone: 'ok', length: '1,999 characters' });
    expect(budgetNote(2_000)).toMatchObject({ budget: 'long', tone: 'note' });
    expect(budgetNote(8_193)).toMatchObject({ budget: 'too-long', tone: 'warning' });
    const file = budgetNote(32_769);
    expect(file).toMatchObject({ budget: 'file-instead', tone: 'warning' });
    expect(file.text).toMatch(/Save the experiment as a file/);
    expect(budgetNote(1).length).toBe('1 character');
  });
});

describe('the shared experiment', () => {
  it('withParams takes the run values of declared parameters only, and finite ones', () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine);
    const e = store.getState().experiment!;
    const shared = withParams(e, { a: 1.25, b: Number.NaN, stranger: 3 });
    expect(shared.params.a).toBe(1.25);
    expect(shared.params.b).toBe(e.params.b);
    expect(shared.params).not.toHaveProperty('stranger');
    expect(withParams(e, null)).toBe(e);
  });

  it('experimentToShare uses a restored run when no run has reported', () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine);
    store.setState({ restoredRun: { history: store.getState().trainingHistory, params: { a: -2 } } });
    expect(experimentToShare(store.getState())?.params.a).toBe(-2);
  });

  it('makeShareLink encodes the experiment with its trained parameters and the flags', async () => {
    const store = createLabStore();
    expect(await makeShareLink(store.getState(), location)).toBeNull();
    store.getState().loadExperimentText(sine);
    store.getState().setClassroomFlags({ hide: ['plots'], lesson: 'sine-1' });
    store.setState({ restoredRun: { history: store.getState().trainingHistory, params: { a: 0.125 } } });
    const link = await makeShareLink(store.getState(), location);
    expect(link?.url).toBe(linkUrl(location, link?.fragment ?? ''));
    expect(link?.url).toMatch(/^https:\/\/lab\.example\/qrnn\/#e=1\.[A-Za-z0-9_-]+&hide=plots&lesson=sine-1$/);
    expect(link?.note.budget).toBe('ok');
    const decoded = await decodeLink(link?.url ?? '');
    expect(decoded.ok && decoded.experiment.params.a).toBe(0.125);
    expect(decoded.ok && decoded.flags).toEqual({ hide: ['plots'], lesson: 'sine-1' });
  });
});
