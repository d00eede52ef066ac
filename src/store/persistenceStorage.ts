/**
 * The lab's records in the browser's storage, read and written so that nothing can crash the
 * page: a storage that is missing or disabled (private windows, blocked cookies), full (a
 * `QuotaExceededError`), or holds a record another version of the lab wrote. Reads check
 * every record's shape and give `null` (or skip the entry) for anything else; writes catch
 * every error and say in words what went wrong. Records, each under its own key: the
 * named saved experiments (one list), and for every tab its own autosaved experiment and the
 * last training run of it (an autosave slot: `qrnn-lab:autosave:<slot>`, `qrnn-lab:run:<slot>`),
 * so two tabs never overwrite each other's work. The slots are found by their key prefix;
 * slot `''` is the single record of labs before per-tab autosave, read like any other.
 */
import type { TrainingCheckpoint } from '../worker/protocol';
import type { TrainingHistory } from './trainingHistory';
import type { TrainingCounters } from './types';

/** The part of the Web Storage API the lab uses (`localStorage`, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys there are, and the key at an index (Web Storage); without them only known slots are found. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** Where each record lives. */
export const STORAGE_KEYS = {
  autosave: 'qrnn-lab:autosave',
  run: 'qrnn-lab:run',
  saved: 'qrnn-lab:saved',
} as const;

/** The key of a slot's autosaved experiment. */
export const autosaveKey = (slot: string) => (slot === '' ? STORAGE_KEYS.autosave : `${STORAGE_KEYS.autosave}:${slot}`);

/** The key of a slot's saved training run. */
export const runKey = (slot: string) => (slot === '' ? STORAGE_KEYS.run : `${STORAGE_KEYS.run}:${slot}`);

/** The record format's version, written as `v` in every record. */
const RECORD_VERSION = 1;

/** An experiment saved under a name by the user. */
export interface SavedExperiment {
  /** Unique among the saved entries. */
  id: string;
  /** The name the user gave (shown in the list; the experiment keeps its own `name`). */
  name: string;
  /** The experiment's canonical text (docs/spec.md §2). */
  text: string;
  /** Milliseconds since 1970 (`Date.now()`). */
  savedAt: number;
}

/** One tab's autosaved experiment. */
export interface AutosavedWork {
  /** The autosave slot (a tab's id; `''` for a lab before per-tab autosave). */
  slot: string;
  /** The experiment's own name, as its text says. */
  name: string;
  text: string;
  /** Milliseconds since 1970; 0 when the record does not say. */
  savedAt: number;
}

/** The last training run of the autosaved experiment, to show again after a reload. */
export interface SavedRun {
  /** The canonical text of the experiment the run trained. */
  text: string;
  history: TrainingHistory;
  counters: TrainingCounters;
  /** The parameters after the run's last epoch; `null` when it never reported any. */
  params: Record<string, number> | null;
  /** Where the run was, to go on from exactly (`null`: it can only be shown, not continued). */
  checkpoint: TrainingCheckpoint | null;
}

/** What a write did: stored, or the reason it was not, in one sentence. */
export type WriteResult = { ok: true } | { ok: false; message: string };

/** Whether `error` is the browser saying its storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Stores `value` as JSON under `key`; never throws. */
export function writeRecord(storage: KeyValueStorage, key: string, value: unknown): WriteResult {
  try {
    storage.setItem(key, JSON.stringify({ v: RECORD_VERSION, ...(value as object) }));
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, message: "The browser's storage for this page is full, so the latest change was not saved there. Delete saved experiments to make room, or save the experiment as a file." };
    return { ok: false, message: `The browser refused to store the experiment (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** Removes `key`; never throws. */
export function removeRecord(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // A storage that cannot remove cannot hold the record either.
  }
}

/** The object stored under `key` if it is one of this version's records, else `null`; never throws. */
function readRecord(storage: KeyValueStorage, key: string): Record<string, unknown> | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    return isObject(value) && value.v === RECORD_VERSION ? value : null;
  } catch {
    return null;
  }
}

/** The text autosaved in `slot`, or `null`. */
export function readAutosave(storage: KeyValueStorage, slot = ''): string | null {
  const record = readRecord(storage, autosaveKey(slot));
  return typeof record?.text === 'string' ? record.text : null;
}

/** The slots whose autosave records exist (found by key prefix), and the legacy slot `''`. */
function autosaveSlots(storage: KeyValueStorage): string[] {
  const slots = new Set<string>(['']);
  try {
    const count = storage.length;
    if (typeof count === 'number' && storage.key) {
      for (let i = 0; i < count; i++) {
        const key = storage.key(i);
        if (key?.startsWith(`${STORAGE_KEYS.autosave}:`)) slots.add(key.slice(STORAGE_KEYS.autosave.length + 1));
      }
    }
  } catch {
    // A storage that cannot list its keys still has the legacy slot.
  }
  return [...slots];
}

/** The experiment's own name in `text`, or "Untitled experiment" when the text has none. */
function nameIn(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    if (isObject(value) && typeof value.name === 'string' && value.name.trim() !== '') return value.name;
  } catch {
    // Not JSON: the parser will refuse it when it is opened.
  }
  return 'Untitled experiment';
}

/** Every tab's autosaved experiment, newest first. */
export function readAutosaves(storage: KeyValueStorage): AutosavedWork[] {
  const out: AutosavedWork[] = [];
  for (const slot of autosaveSlots(storage)) {
    const record = readRecord(storage, autosaveKey(slot));
    if (typeof record?.text !== 'string') continue;
    out.push({ slot, name: nameIn(record.text), text: record.text, savedAt: isFiniteNumber(record.savedAt) ? record.savedAt : 0 });
  }
  return out.sort((a, b) => b.savedAt - a.savedAt);
}

/** The saved experiments, newest first; entries of the wrong shape are left out. */
export function readSavedList(storage: KeyValueStorage): SavedExperiment[] {
  const record = readRecord(storage, STORAGE_KEYS.saved);
  if (!Array.isArray(record?.entries)) return [];
  return record.entries.filter(isSavedExperiment);
}

/** The saved run, or `null` when there is none or it is malformed. */
export function readRun(storage: KeyValueStorage, slot = ''): SavedRun | null {
  const r = readRecord(storage, runKey(slot));
  if (!r || typeof r.text !== 'string' || !isObject(r.history) || !isObject(r.counters)) return null;
  const h = r.history;
  const series = [h.trainLoss, h.testLoss, h.circuitExecutions, h.shots];
  if (!series.every(Array.isArray)) return null;
  const length = (h.trainLoss as unknown[]).length;
  const lossOk = (v: unknown) => v === null || isFiniteNumber(v);
  if (series.some((s) => (s as unknown[]).length !== length)) return null;
  if (!(h.trainLoss as unknown[]).every(lossOk) || !(h.testLoss as unknown[]).every(lossOk)) return null;
  if (!(h.circuitExecutions as unknown[]).every(isFiniteNumber) || !(h.shots as unknown[]).every(isFiniteNumber)) return null;
  const c = r.counters;
  const counterKeys = ['epoch', 'epochs', 'circuitExecutions', 'shots', 'elapsedMs'] as const;
  if (!counterKeys.every((k) => isFiniteNumber(c[k])) || !lossOk(c.trainLoss) || !lossOk(c.testLoss)) return null;
  const params = r.params === null ? null : isNumberRecord(r.params) ? r.params : undefined;
  if (params === undefined) return null;
  const checkpoint = isCheckpoint(r.checkpoint) && r.checkpoint.epoch === length ? r.checkpoint : null;
  return { text: r.text, history: h as unknown as TrainingHistory, counters: c as unknown as TrainingCounters, params, checkpoint };
}

const OPTIMIZERS = ['sgd', 'adam', 'spsa', 'ridge', 'lbfgs'];

/** Whether `v` is a whole number of at least 0. */
const isCount = (v: unknown): v is number => isFiniteNumber(v) && Number.isInteger(v) && v >= 0;

function isCost(v: unknown): boolean {
  return isObject(v) && isFiniteNumber(v.circuitExecutions) && isFiniteNumber(v.shots);
}

function isRngPosition(v: unknown): boolean {
  return isObject(v) && Array.isArray(v.words) && v.words.length === 4 && v.words.every((w) => isCount(w) && w <= 0xffffffff)
    && (v.spare === null || isFiniteNumber(v.spare));
}

/** Whether `v` has the shape of a training checkpoint, every number finite. */
function isCheckpoint(v: unknown): v is TrainingCheckpoint {
  if (!isObject(v) || !isObject(v.trainer)) return false;
  const t = v.trainer;
  const o = t.optimizer;
  return isCount(v.epoch) && isCount(v.epochs) && isCount(v.trainerEpochs) && isNumberRecord(v.baseParams) && isCost(v.costBefore)
    && isFiniteNumber(v.elapsedMs) && isCount(t.epoch) && isNumberRecord(t.params) && isCost(t.totals) && typeof t.diverged === 'boolean'
    && isObject(o) && OPTIMIZERS.includes(o.kind as string) && isCount(o.iteration) && isNumberRecord(o.m) && isNumberRecord(o.v)
    && (o.kind === 'lbfgs' ? isLbfgsState(o.lbfgs) : o.lbfgs === undefined) && (t.stalled === undefined || typeof t.stalled === 'boolean')
    && isRngPosition(t.rng) && isRngPosition(t.estimatorRng);
}

/** L-BFGS's state: curvature pairs, the last step and its gradient (or `null`), the measured loss (or `null`). */
function isLbfgsState(v: unknown): boolean {
  if (!isObject(v) || !Array.isArray(v.pairs)) return false;
  const pairsOk = v.pairs.every((p: unknown) => isObject(p) && isNumberRecord(p.s) && isNumberRecord(p.y));
  const lastOk = v.last === null || (isObject(v.last) && isNumberRecord(v.last.s) && isNumberRecord(v.last.gradient));
  return pairsOk && lastOk && (v.loss === null || isFiniteNumber(v.loss));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isNumberRecord(v: unknown): v is Record<string, number> {
  return isObject(v) && Object.values(v).every(isFiniteNumber);
}

function isSavedExperiment(v: unknown): v is SavedExperiment {
  return isObject(v) && typeof v.id === 'string' && typeof v.name === 'string' && typeof v.text === 'string' && isFiniteNumber(v.savedAt);
}
