/**
 * The teaching slice: the Explain panel (which occurrence, the worker's walkthrough of it,
 * whether the common mistake is shown; for a QLSTM occurrence also the bias of its estimate
 * under shots, measured on request) and the method comparison (open or not, its settings,
 * progress, result, cancellation). The numerics run in the worker through `teachingApi`,
 * attached by the composition root; this slice files the replies. Each request has a number
 * and only the newest may write its reply, so a cancelled or superseded one never lands.
 * Both ask with the analysis' sequence and, while there is a training run, its latest
 * parameters, so the numbers match the timeline's.
 */
import type {
  CompareProgressCallback, CompareReply, CompareSuccess, ExplainSuccess, LabApi, QlstmBiasSuccess, QlstmExplainSuccess, QlstmExplainTarget,
} from '../worker/protocol';
import { qlstmParamNames, type QlstmAngle, type QlstmCircuit } from '../model/types';
import { selectChosenParam } from './analysisSelectors';
import type { LabSlice, LabState } from './types';
import type { OccurrenceRef } from './viewSlice';
import { selectQlstm, selectQrnn } from './selectors';

/** The part of the worker the teaching views call, plus a hard stop of the comparison. */
export interface TeachingApi {
  explain: LabApi['explain'];
  compare(experimentJson: string, options: Parameters<LabApi['compare']>[1], onProgress: CompareProgressCallback): Promise<CompareReply>;
  /** Ends the comparison in flight at once (the page terminates the worker it runs in). */
  cancelCompare(): void;
}

export type ExplainStatus = 'idle' | 'running' | 'done' | 'error';
export type CompareStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';
export type BiasStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** What Explain opens on: a QRNN occurrence (gate, step) or a QLSTM one (circuit, layer, qubit, angle, step; docs/spec.md §7). */
export type ExplainTarget = OccurrenceRef | QlstmExplainTarget;

/** Whether `at` names a QLSTM occurrence. */
export const isQlstmTarget = (at: ExplainTarget): at is QlstmExplainTarget => 'circuit' in at;

/**
 * The QLSTM occurrence of parameter `param` (`k.l.j.angle`, docs/spec.md §7) at step `step`,
 * for a view that knows a parameter and a step; `null` for a name that is not a circuit angle
 * (a head weight or bias has no circuit to explain).
 */
export function qlstmTargetOf(param: string, step: number): QlstmExplainTarget | null {
  const m = /^([figohy])\.(\d+)\.(\d+)\.(alpha|beta|gamma)$/.exec(param);
  if (!m) return null;
  return { circuit: m[1] as QlstmCircuit, layer: Number(m[2]), qubit: Number(m[3]), angle: m[4] as QlstmAngle, step };
}

/** What the bias form edits: shots per execution and estimates (seeds). */
export interface BiasSettings {
  shots: number;
  seeds: number;
}

/**
 * The form's starting values: few shots, where the bias stands out of the seeds' noise (on
 * the qlstm-sine preset, the candidate memory's g.0.1.beta at step 3 is off by 3.6 standard errors).
 */
export const BIAS_DEFAULTS: BiasSettings = { shots: 10, seeds: 200 };

/** What the comparison form edits. */
export interface CompareSettings {
  /** Shots per expectation, one set of configurations per count. */
  shots: number[];
  /** Finite-difference steps `h`. */
  steps: number[];
  /** Estimates per configuration. */
  repeats: number;
}

/** The form's starting values (docs/user-guide.md §12, the method comparison). */
export const COMPARE_DEFAULTS: CompareSettings = { shots: [100, 1000, 10000], steps: [0.5, 0.1, 0.02], repeats: 24 };

export interface TeachingSlice {
  /** The occurrence the Explain panel walks through; `null` while it is closed. */
  explainTarget: ExplainTarget | null;
  explainStatus: ExplainStatus;
  /** The walkthrough of a QRNN occurrence (`explanation`) or of a QLSTM one (`qlstmExplanation`): the target's kind. */
  explanation: ExplainSuccess | null;
  qlstmExplanation: QlstmExplainSuccess | null;
  explainError: string | null;
  /** The bias measurement of the QLSTM occurrence on show: its form, state and result. */
  biasSettings: BiasSettings;
  biasStatus: BiasStatus;
  bias: QlstmBiasSuccess | null;
  biasError: string | null;
  /** Whether the panel shows the gradient of the common mistake next to the right one. */
  showMistake: boolean;
  compareOpen: boolean;
  compareSettings: CompareSettings;
  compareStatus: CompareStatus;
  compareProgress: { done: number; total: number } | null;
  comparison: CompareSuccess | null;
  compareError: string | null;
  teachingApi: TeachingApi | null;
  attachTeachingApi(api: TeachingApi): void;
  /** Opens the panel on `at` and asks the worker for its walkthrough (with the mistake). */
  openExplain(at: ExplainTarget): Promise<void>;
  closeExplain(): void;
  setShowMistake(on: boolean): void;
  setBiasSettings(settings: BiasSettings): void;
  /** Measures the bias under shots of the QLSTM occurrence on show, on the sequence and parameters it was explained with. */
  measureBias(): Promise<void>;
  /**
   * Drops a running measurement's result. The worker finishes it (`QLSTM_BIAS_LIMITS` bounds
   * it to about two seconds) unless another explanation is asked for, which replaces it.
   */
  cancelBias(): void;
  openCompare(): void;
  closeCompare(): void;
  setCompareSettings(settings: CompareSettings): void;
  /** Runs the comparison of the chosen parameter with the current settings. */
  runCompare(): Promise<void>;
  /** Stops a running comparison; its result, if any arrives, is dropped. */
  cancelCompare(): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** A refusal in one sentence (the worker's messages end with a full stop or not: one stop either way). */
const refusal = (what: string, reply: { errors: { path: string; message: string }[] }) =>
  `${what} was refused: ${reply.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ').replace(/\.$/, '')}.`;

/** The sequence and parameters the analysis uses (a run's latest parameters while there is one). */
const context = (s: LabState) => ({
  sequence: s.analysisSequence,
  params: s.trainingStatus !== 'idle' && s.trainingReport ? s.trainingReport.params : undefined,
});

/**
 * Which of the angle's parameters an explanation is about: the occurrence's own, else the
 * chosen parameter when it is the angle's bias (choosing a bias explains the bias,
 * docs/spec.md §5.1), else none: the worker takes the angle's `param`.
 */
export function explainedParam(s: LabState, at: OccurrenceRef): string | undefined {
  if (at.param !== undefined) return at.param;
  const angle = selectQrnn(s)?.model.cell[at.gate]?.angle;
  const chosen = selectChosenParam(s);
  return typeof angle === 'object' && chosen !== null && angle.bias === chosen ? chosen : undefined;
}

/** Creates the teaching slice. */
export const createTeachingSlice: LabSlice<TeachingSlice> = (set, get) => {
  let explainRequest = 0;
  let compareRequest = 0;
  let biasRequest = 0;
  /** The sequence and parameters the QLSTM walkthrough on show was computed with: its bias is measured there too. */
  let explainedWith: ReturnType<typeof context> | null = null;
  const noBias = { biasStatus: 'idle' as const, bias: null, biasError: null };

  /** Asks for a QLSTM occurrence's walkthrough (request `mine`). */
  async function explainQlstm(mine: number, at: QlstmExplainTarget): Promise<void> {
    const state = get();
    const target: QlstmExplainTarget = { circuit: at.circuit, layer: at.layer, qubit: at.qubit, angle: at.angle, step: at.step };
    biasRequest++;
    explainedWith = null;
    set({ explainTarget: target, explainStatus: 'running', explanation: null, qlstmExplanation: null, explainError: null, showMistake: false, ...noBias });
    const { teachingApi: api, experimentText: text } = state;
    if (!api || text === null) {
      set({ explainStatus: 'error', explainError: text === null ? 'Open an experiment first.' : 'The computation worker is not connected.' });
      return;
    }
    const asked = context(state);
    try {
      const reply = await api.explain(text, { kind: 'qlstm', ...target, ...asked, withMistake: true });
      if (mine !== explainRequest) return;
      if (!reply.ok) set({ explainStatus: 'error', explainError: refusal('The explanation', reply) });
      else if (reply.kind === 'qlstm') {
        explainedWith = asked;
        set({ explainStatus: 'done', qlstmExplanation: reply });
      } else set({ explainStatus: 'error', explainError: 'The worker answered with another kind of explanation.' });
    } catch (error) {
      if (mine === explainRequest) set({ explainStatus: 'error', explainError: messageOf(error) });
    }
  }

  return {
    explainTarget: null,
    explainStatus: 'idle',
    explanation: null,
    qlstmExplanation: null,
    explainError: null,
    biasSettings: BIAS_DEFAULTS,
    ...noBias,
    showMistake: false,
    compareOpen: false,
    compareSettings: COMPARE_DEFAULTS,
    compareStatus: 'idle',
    compareProgress: null,
    comparison: null,
    compareError: null,
    teachingApi: null,
    attachTeachingApi(api) {
      set({ teachingApi: api });
    },
    async openExplain(at) {
      const mine = ++explainRequest;
      if (isQlstmTarget(at)) return explainQlstm(mine, at);
      // The page's views name a QLSTM's occurrence by its parameter's slot (`gate`, the index in qlstmParamNames) and step.
      const qlstm = selectQlstm(get());
      if (qlstm) {
        const name = qlstmParamNames(qlstm.model)[at.gate];
        const target = name === undefined ? null : qlstmTargetOf(name, at.step);
        if (target) return explainQlstm(mine, target);
        set({ explainTarget: null, explainStatus: 'error', explanation: null, qlstmExplanation: null, explainError: `There is no circuit angle at slot ${at.gate} of this QLSTM.`, ...noBias });
        return;
      }
      const state = get();
      const param = explainedParam(state, at);
      const target: OccurrenceRef = param === undefined ? { gate: at.gate, step: at.step } : { gate: at.gate, step: at.step, param };
      biasRequest++;
      set({ explainTarget: target, explainStatus: 'running', explanation: null, qlstmExplanation: null, explainError: null, showMistake: false, ...noBias });
      const { teachingApi: api, experimentText: text } = state;
      if (!api || text === null) {
        set({ explainStatus: 'error', explainError: text === null ? 'Open an experiment first.' : 'The computation worker is not connected.' });
        return;
      }
      try {
        const reply = await api.explain(text, { ...target, ...context(state), withMistake: true });
        if (mine !== explainRequest) return;
        if (!reply.ok) set({ explainStatus: 'error', explainError: refusal('The explanation', reply) });
        else if (reply.kind === undefined) set({ explainStatus: 'done', explanation: reply });
        else set({ explainStatus: 'error', explainError: 'The worker answered with another kind of explanation.' });
      } catch (error) {
        if (mine === explainRequest) set({ explainStatus: 'error', explainError: messageOf(error) });
      }
    },
    closeExplain() {
      explainRequest++;
      biasRequest++;
      explainedWith = null;
      set({ explainTarget: null, explainStatus: 'idle', explanation: null, qlstmExplanation: null, explainError: null, showMistake: false, ...noBias });
    },
    setShowMistake(on) {
      set({ showMistake: on });
    },
    setBiasSettings(settings) {
      set({ biasSettings: settings });
    },
    async measureBias() {
      const state = get();
      const x = state.qlstmExplanation;
      const { teachingApi: api, experimentText: text } = state;
      if (!x || !explainedWith || !api || text === null) {
        set({ biasStatus: 'error', biasError: !api ? 'The computation worker is not connected.' : 'Open the explanation of a QLSTM occurrence first.' });
        return;
      }
      const mine = ++biasRequest;
      set({ biasStatus: 'running', bias: null, biasError: null });
      const at = { circuit: x.circuit, layer: x.layer, qubit: x.qubit, angle: x.angle, step: x.step };
      try {
        const reply = await api.explain(text, { kind: 'qlstm-bias', ...at, ...state.biasSettings, ...explainedWith });
        if (mine !== biasRequest) return;
        if (!reply.ok) set({ biasStatus: 'error', biasError: refusal('The bias measurement', reply) });
        else if (reply.kind === 'qlstm-bias') set({ biasStatus: 'done', bias: reply });
        else set({ biasStatus: 'error', biasError: 'The worker answered with another kind of reply.' });
      } catch (error) {
        if (mine === biasRequest) set({ biasStatus: 'error', biasError: messageOf(error) });
      }
    },
    cancelBias() {
      if (get().biasStatus !== 'running') return;
      biasRequest++;
      set({ biasStatus: 'cancelled' });
    },
    openCompare() {
      const param = selectChosenParam(get());
      const stale = get().comparison !== null && get().comparison?.param !== param;
      set({ compareOpen: true, ...(stale && get().compareStatus !== 'running' ? { comparison: null, compareStatus: 'idle', compareProgress: null } : {}) });
    },
    closeCompare() {
      set({ compareOpen: false });
    },
    setCompareSettings(settings) {
      set({ compareSettings: settings });
    },
    async runCompare() {
      const state = get();
      const { teachingApi: api, experimentText: text } = state;
      const param = selectChosenParam(state);
      if (!api || text === null || param === null) {
        set({ compareStatus: 'error', compareError: api ? 'Open an experiment with a parameter first.' : 'The computation worker is not connected.' });
        return;
      }
      const mine = ++compareRequest;
      set({ compareStatus: 'running', compareProgress: { done: 0, total: 0 }, comparison: null, compareError: null });
      // Each finished configuration is drawn at once and kept if the comparison is cancelled.
      const onProgress: CompareProgressCallback = (done, total, point, exact) => {
        // A report can cross the final reply on its way from the worker: only a running comparison takes it.
        if (mine !== compareRequest || get().compareStatus !== 'running') return;
        const previous = get().comparison;
        const comparison = point && exact !== undefined
          ? { ok: true as const, param, exact, repeats: state.compareSettings.repeats, points: [...(previous?.points ?? []), point], computedIn: 'worker' as const }
          : previous;
        set({ compareProgress: { done, total }, comparison });
      };
      try {
        const reply = await api.compare(text, { param, ...state.compareSettings, ...context(state) }, onProgress);
        if (mine !== compareRequest) return;
        if (reply.ok) set({ compareStatus: 'done', comparison: reply });
        else set({ compareStatus: 'error', compareError: refusal('The comparison', reply) });
      } catch (error) {
        if (mine === compareRequest) set({ compareStatus: 'error', compareError: messageOf(error) });
      }
    },
    cancelCompare() {
      if (get().compareStatus !== 'running') return;
      compareRequest++;
      get().teachingApi?.cancelCompare();
      set({ compareStatus: 'cancelled' });
    },
  };
};
