/**
 * The "Gradients" card: three tabs over the same contributions. "Occurrences" stacks the
 * chosen parameter's contributions into its gradient, "Heat map" shows every parameter at
 * every step, "Memory" plots contribution and sensitivity against time distance. The tabs
 * follow the ARIA tabs pattern (arrow keys, Home, End); only the open tab's chart exists.
 * Under the note, "Explain this occurrence" and "Compare methods" open the teaching panels.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { GradientBars } from '../../plots/GradientBars';
import { Heatmap } from '../../plots/Heatmap';
import { MemoryChart } from '../../plots/MemoryChart';
import { useLab } from '../../store';
import { CompareButton } from '../compare/CompareButton';
import { ExplainButton } from '../explain/ExplainButton';
import { DeferredContributions } from './DeferredContributions';
import { selectChosenParam, selectContributionSource } from '../../store/analysisSelectors';
import { selectModelKind } from '../../store/selectors';
import { circuitLabel, qlstmSlotOf } from '../../text/qlstm';
import './plots.css';

const TABS = [
  { id: 'bars', label: 'Occurrences' },
  { id: 'heatmap', label: 'Heat map' },
  { id: 'memory', label: 'Memory' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function Note({ tab }: { tab: TabId }) {
  const param = useLab(selectChosenParam);
  const qlstm = useLab(selectModelKind) === 'qlstm';
  const source = useLab(selectContributionSource);
  const memoryNote = useLab((s) => s.analysis?.memoryNote ?? null);
  const deferred = useLab((s) => source === 'analysis' && s.analysis?.contributionsDeferred != null);
  if (deferred && tab !== 'memory') return <>Not computed yet at this size: see below.</>;
  if (tab === 'memory') return memoryNote ? <span data-testid="memory-note">{memoryNote}</span> : <>Exact, on the first window: how far back an angle still moves a scored output.</>;
  if (tab === 'heatmap') {
    const slot = qlstm && param ? qlstmSlotOf(param) : null;
    return slot ? <>The angles of layer {slot.layer} of {circuitLabel(slot.circuit)}, the chosen parameter’s, at every step (choose a parameter elsewhere to see its layer). Click a cell to choose it.</> : <>Click a cell to choose its parameter and step.</>;
  }
  const from = source === 'training' ? 'the latest training batch (no adjoint reference while live)' : 'the exact analysis, with the adjoint total as the dashed mark';
  return <>dL/d{param ?? 'θ'} as the sum of its occurrences, from {from}.</>;
}

/** The card with its tabs. */
export function GradientPlotsCard() {
  const [tab, setTab] = useState<TabId>('bars');
  const deferred = useLab((s) => selectContributionSource(s) === 'analysis' && s.analysis?.contributionsDeferred != null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const qlstm = useLab(selectModelKind) === 'qlstm';
  const onKeyDown = (event: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i + TABS.length - 1) % TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setTab(TABS[next].id);
    tabRefs.current[next]?.focus();
  };
  return (
    <section className="card card--chart card--gradients" aria-labelledby="gradients-heading" data-panel="gradient">
      <header className="card-header">
        <h2 id="gradients-heading">Gradients</h2>
        <div className="tabs" role="tablist" aria-label="Gradient views" onKeyDown={onKeyDown}>
          {TABS.map((t, i) => (
            <button
              key={t.id} ref={(el) => { tabRefs.current[i] = el; }} type="button" role="tab" id={`gradients-tab-${t.id}`}
              aria-selected={tab === t.id} aria-controls={`gradients-panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1}
              className="tab" aria-label={t.label} onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <p className="card-note card-note--full"><Note tab={tab} /></p>
        <div className="gradient-actions">
          <ExplainButton />
          {/* The method comparison estimates a QRNN's gradient; a QLSTM's bias under shots is measured in Explain. */}
          {!qlstm && <CompareButton />}
        </div>
      </header>
      <div className="tab-panel" role="tabpanel" id={`gradients-panel-${tab}`} aria-labelledby={`gradients-tab-${tab}`}>
        {deferred ? <DeferredContributions /> : tab === 'heatmap' ? <Heatmap /> : <div className="chart-frame">{tab === 'bars' ? <GradientBars /> : <MemoryChart />}</div>}
      </div>
    </section>
  );
}
