/**
 * Which experiment the page opens with: a link in the URL fragment (`#e=` or `#j=`) wins;
 * else the autosaved experiment; else the default preset. A link that is refused (malformed,
 * truncated, oversized, hostile or invalid) is reported by name after the fallback has been
 * opened, so the message stays on screen and the autosaved work is what the page shows.
 * When an accepted link replaces autosaved work that differs from it by more than trained
 * parameter values, that work is first kept under "Saved experiments", so opening a link
 * never loses anything. Finally the autosaved training run is put back if it trained the
 * experiment now open.
 */
import { parseExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import type { Experiment } from '../model/types';
import { decodeLink, type LinkResult } from '../share/link';
import type { LabStore } from '../store';
import { describeLinkRefusal, hasExperimentFragment } from './urlPolicy';

/** What opening needs besides the store. */
export interface OpenInitialOptions {
  /** The URL fragment, with its `#` (`location.hash`). */
  hash: string;
  /** Opens the default preset; resolves to whether it was loaded. */
  loadDefault(): Promise<boolean>;
  decode?: (fragment: string) => Promise<LinkResult>;
}

/** The name under which autosaved work displaced by a link is kept. */
export function displacedName(name: string): string {
  return `${name} (autosaved before a link was opened)`;
}

/** Whether `a` and `b` are the same experiment but for the values of their parameters. */
export function sameButParams(a: Experiment, b: Experiment): boolean {
  return serializeExperiment({ ...a, params: b.params }) === serializeExperiment(b);
}

/** Keeps `autosaved` in the saved list if `incoming` would otherwise replace it. */
function keepDisplaced(store: LabStore, autosaved: string | null, incoming: Experiment): void {
  if (autosaved === null) return;
  const parsed = parseExperimentText(autosaved);
  if (!parsed.ok || sameButParams(parsed.experiment, incoming)) return;
  const state = store.getState();
  if (state.savedExperiments.some((e) => e.text === autosaved)) return;
  state.saveExperimentAs(displacedName(parsed.experiment.name), autosaved);
}

/** Opens the first experiment (link, autosave or default) and restores the autosaved run. */
export async function openInitialExperiment(store: LabStore, options: OpenInitialOptions): Promise<void> {
  const decode = options.decode ?? decodeLink;
  const autosaved = store.getState().readAutosavedText();
  const link = hasExperimentFragment(options.hash) ? await decode(options.hash) : null;
  if (link?.ok) {
    keepDisplaced(store, autosaved, link.experiment);
    store.getState().setClassroomFlags(link.flags);
    store.getState().loadExperimentText(serializeExperiment(link.experiment), 'The link');
  } else {
    const restored = autosaved !== null && store.getState().loadExperimentText(autosaved, 'The autosaved experiment');
    if (!restored) await options.loadDefault();
    if (link) store.getState().reportLoadFailure('The link', describeLinkRefusal(link.errors));
  }
  store.getState().restoreRun();
}
