/**
 * The URL sync on a fresh store with a fake address bar (location, history with entries,
 * `popstate`) and the real link codec: the first write is in place, a commit pushes, a burst
 * of commits shares one entry, undo pushes, flags replace, Back restores the entry's
 * experiment through the parser and writes nothing, a refused link on Back is reported and
 * changes nothing. The pure policy is tested on its own first.
 */
import { selectQrnn } from '../store/selectors';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore, type LabState } from '../store';
import { BURST_MS, describeLinkRefusal, hasExperimentFragment, mergeWrites, settleWrite, urlWriteFor } from './urlPolicy';
import { startUrlSync, type UrlSyncEnv } from './urlSync';

const sine = readFileSync(new URL('../../public/experiments/sine.json', import.meta.url), 'utf8');
const oneQubit = readFileSync(new URL('../../public/experiments/one-qubit.json', import.meta.url), 'utf8');

describe('urlPolicy', () => {
  const base = () => {
    const store = createLabStore();
    store.getState().loadExperimentText(sine, 'sine.json');
    return store.getState();
  };

  it('urlWriteFor: a history change pushes, a text or flag change alone replaces, anything else is ignored', () => {
    const s = base();
    expect(urlWriteFor({ ...s, revisions: [...s.revisions] } as LabState, s)).toBe('push');
    expect(urlWriteFor({ ...s, revision: s.revision - 1 } as LabState, s)).toBe('push');
    expect(urlWriteFor({ ...s, experimentText: `${s.experimentText} ` } as LabState, s)).toBe('replace');
    expect(urlWriteFor({ ...s, classroomFlags: { hide: ['plots'] } } as LabState, s)).toBe('replace');
    expect(urlWriteFor({ ...s, trainingHistoryLength: 3 } as LabState, s)).toBeNull();
    expect(urlWriteFor({ ...s, experiment: null } as LabState, s)).toBeNull();
  });

  it('mergeWrites keeps a push; settleWrite turns a push within BURST_MS of the last into a replace', () => {
    expect(mergeWrites(null, 'replace')).toBe('replace');
    expect(mergeWrites('push', 'replace')).toBe('push');
    expect(mergeWrites('replace', 'push')).toBe('push');
    expect(settleWrite('push', 10_000, 10_000 - BURST_MS)).toBe('push');
    expect(settleWrite('push', 10_000, 10_000 - BURST_MS + 1)).toBe('replace');
    expect(settleWrite('replace', 10_000, -Infinity)).toBe('replace');
  });

  it('hasExperimentFragment finds e= or j= in any position, with or without #', () => {
    for (const hash of ['#e=1.abc', 'e=1.abc', '#hide=plots&e=1.x', '#j=%7B%7D']) expect(hasExperimentFragment(hash)).toBe(true);
    for (const hash of ['', '#', '#hide=plots', '#lesson=e', '#xe=1']) expect(hasExperimentFragment(hash)).toBe(false);
  });

  it('describeLinkRefusal gives the first reason and counts the rest', () => {
    expect(describeLinkRefusal([{ path: 'link', message: 'a' }, { path: 'link', message: 'b' }])).toBe('a (and 1 more).');
    expect(describeLinkRefusal([])).toBe('it is not a link to an experiment.');
  });
});

/** A fake address bar: a list of entries, the current one, and `popstate` on Back and Forward. */
function fakeBrowser() {
  const entries = ['/'];
  let at = 0;
  let clock = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search: '', get hash() { const u = entries[at]; return u.includes('#') ? u.slice(u.indexOf('#')) : ''; } };
  const history = {
    pushState(_s: unknown, _t: string, url: string) { entries.splice(at + 1, entries.length, url); at++; },
    replaceState(_s: unknown, _t: string, url: string) { entries[at] = url; },
  };
  const events = {
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  };
  const env = { location, history, events, debounceMs: 0, now: () => clock } as unknown as UrlSyncEnv;
  return {
    env, entries, get at() { return at; },
    advance(ms: number) { clock += ms; },
    go(delta: number) { at += delta; for (const l of listeners) l(); },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function startWith(text: string) {
  const store = createLabStore();
  store.getState().loadExperimentText(text, 'test');
  const browser = fakeBrowser();
  const sync = startUrlSync(store, browser.env);
  return { store, browser, sync };
}

/** The current experiment with one more fixed gate (an edit committed as the editor commits). */
function addGate(state: LabState) {
  const e = selectQrnn(state)!;
  return state.commitExperiment({ ...e, model: { ...e.model, cell: [...e.model.cell, { gate: 'H', wires: [0] }] } });
}

describe('startUrlSync(store, env)', () => {
  it('writes the opened experiment in place, then pushes a committed edit', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    expect(browser.entries).toHaveLength(1);
    expect(browser.entries[0]).toMatch(/^\/#e=1\.[A-Za-z0-9_-]+$/);
    expect(addGate(store.getState()).ok).toBe(true);
    await sync.flush();
    expect(browser.entries).toHaveLength(2);
    expect(browser.at).toBe(1);
    sync.stop();
  });

  it('a burst of edits shares one entry; an edit after the burst gets its own', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    addGate(store.getState());
    await sync.flush();
    browser.advance(BURST_MS / 2);
    addGate(store.getState());
    await sync.flush();
    expect(browser.entries).toHaveLength(2);
    browser.advance(BURST_MS);
    addGate(store.getState());
    await sync.flush();
    expect(browser.entries).toHaveLength(3);
    sync.stop();
  });

  it('classroom flags are written in place and kept in later links', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    store.getState().setClassroomFlags({ hide: ['plots'], lock: ['cell'] });
    await sync.flush();
    expect(browser.entries).toHaveLength(1);
    expect(browser.entries[0]).toMatch(/&hide=plots&lock=cell$/);
    addGate(store.getState());
    await sync.flush();
    expect(browser.entries[1]).toMatch(/&hide=plots&lock=cell$/);
    sync.stop();
  });

  it('Back restores the previous entry through the parser and writes nothing; Forward returns', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    store.getState().loadExperimentText(oneQubit, 'one-qubit.json');
    await sync.flush();
    const name = store.getState().experiment?.name;
    browser.go(-1);
    await settle();
    await sync.flush();
    expect(store.getState().experiment?.name).toBe('Sine prediction, 1 data + 2 hidden');
    expect(browser.entries).toHaveLength(2);
    expect(browser.at).toBe(0);
    browser.go(1);
    await settle();
    expect(store.getState().experiment?.name).toBe(name);
    sync.stop();
  });

  it('a refused link met on Back is reported and the experiment stays', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    browser.entries.unshift('/#e=1.AAAA');
    browser.go(0);
    await settle();
    expect(store.getState().experiment?.name).toBe('Sine prediction, 1 data + 2 hidden');
    expect(store.getState().loadError?.message).toMatch(/^The link was not loaded: the link is truncated or corrupted/);
    sync.stop();
  });

  it('training never touches the URL', async () => {
    const { store, browser, sync } = startWith(sine);
    await sync.flush();
    const before = [...browser.entries];
    store.setState({ trainingStatus: 'running', trainingHistoryLength: 5 });
    await sync.flush();
    expect(browser.entries).toEqual(before);
    sync.stop();
  });
});
