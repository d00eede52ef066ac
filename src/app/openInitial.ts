/**
 * Which experiment the page opens with: a link in the URL fragment (`#e=` or `#j=`) wins;
 * else this tab's autosaved experiment (a reload); else, in a fresh tab, the newest
 * experiment any tab autosaved (the others stay listed under Saved experiments); else the
 * default preset. A link that is refused (malformed, truncated, oversized, hostile or
 * invalid) is reported by name after the fallback has been opened, so the message stays on
 * screen and the autosaved work is what the page shows.
 *
 * When an accepted link replaces this tab's autosaved work that differs from it by more
 * than trained parameter values, that work is first kept under "Saved experiments". If the
 * storage cannot take that copy (it is full), the tab moves to a new autosave slot instead,
 * so the old work is never overwritten, and a message that stays until read says where it
 * is. Finally the autosaved training run is put back if it trained the experiment now open.
 */
import { parseAnyExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import type { AnyExperiment } from '../model/types';
import { decodeLink, flagWarnings, type LinkResult } from '../share/link';
import type { LabStore } from '../store';
import { describeLinkRefusal, hasExperimentFragment } from './urlPolicy';

/** What opening needs besides the store. */
export interface OpenInitialOptions {
  /** The URL fragment, with its `#` (`location.hash`). */
  hash: string;
  /** Opens the default preset; resolves to whether it was loaded. */
  loadDefault(): Promise<boolean>;
  decode?: (fragment: string) => Promise<LinkResult>;
  /** A new autosave slot, for when displaced work cannot be copied (default: a random id). */
  newSlot?: () => string;
}

/** A fresh autosave slot id. */
export function newSlotId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
  return random.replace(/[^A-Za-z0-9-]/g, '');
}

/** Said when displaced work could not be copied to Saved experiments and was left in its slot. */
export function displacedKeptMessage(name: string): string {
  return `The browser's storage is full, so '${name}', the work autosaved before this link was opened, could not be copied to Saved experiments. It has not been overwritten: reopen it from Saved experiments, under Autosaved work.`;
}

/** The name under which autosaved work displaced by a link is kept. */
export function displacedName(name: string): string {
  return `${name} (autosaved before a link was opened)`;
}

/** Whether `a` and `b` are the same experiment but for the values of their parameters. */
export function sameButParams(a: AnyExperiment, b: AnyExperiment): boolean {
  return serializeExperiment({ ...a, params: b.params }) === serializeExperiment(b);
}

/**
 * Keeps `autosaved` (this tab's) if `incoming` would otherwise replace it: a copy under Saved
 * experiments, or, when that copy cannot be stored, the slot itself, left as it is while the
 * tab autosaves into a new one, with a message.
 */
function keepDisplaced(store: LabStore, autosaved: string | null, incoming: AnyExperiment, newSlot: () => string): void {
  if (autosaved === null) return;
  const parsed = parseAnyExperimentText(autosaved);
  if (!parsed.ok || sameButParams(parsed.experiment, incoming)) return;
  const state = store.getState();
  if (state.savedExperiments.some((e) => e.text === autosaved)) return;
  if (state.saveExperimentAs(displacedName(parsed.experiment.name), autosaved)) return;
  state.moveAutosave(newSlot());
  state.refreshAutosaves();
  state.reportPersistenceProblem(displacedKeptMessage(parsed.experiment.name));
}

/** Opens the first experiment (link, autosave or default) and restores the autosaved run. */
export async function openInitialExperiment(store: LabStore, options: OpenInitialOptions): Promise<void> {
  const decode = options.decode ?? decodeLink;
  const own = store.getState().autosaveSlot;
  const autosaved = store.getState().readAutosavedText();
  const link = hasExperimentFragment(options.hash) ? await decode(options.hash) : null;
  let runSlot = own;
  if (link?.ok) {
    keepDisplaced(store, autosaved, link.experiment, options.newSlot ?? newSlotId);
    store.getState().setClassroomFlags(link.flags, flagWarnings(link.warnings));
    store.getState().loadExperimentText(serializeExperiment(link.experiment), 'The link');
  } else {
    // A reload reopens this tab's own work; a fresh tab the newest work of any tab.
    const source = autosaved !== null ? { slot: own, text: autosaved } : store.getState().autosaves[0] ?? null;
    const restored = source !== null && store.getState().loadExperimentText(source.text, 'The autosaved experiment');
    if (restored) runSlot = source.slot;
    else await options.loadDefault();
    if (link) store.getState().reportLoadFailure('The link', describeLinkRefusal(link.errors));
  }
  store.getState().restoreRun(runSlot);
}
