/**
 * Export, in the top bar: a menu button (ARIA menu pattern: arrow keys, Home, End, Escape
 * returns focus to the button) listing OpenQASM 3 (shown in a dialog with Copy and
 * Download), Python for PennyLane, Qiskit and numpy (downloaded as `.py`), the experiment
 * JSON, and an SVG and a PNG of every drawing on the page (found when the menu opens). A
 * failed export says why under the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { labStore, useLab } from '../../store';
import { downloadJson, downloadPicture, downloadPython, PYTHON_TARGETS } from './exportActions';
import { requestProgram } from './exportApi';
import { findPlotTargets, type PlotTarget } from './plotTargets';
import { QasmDialog, type QasmProgram } from './QasmDialog';
import { selectModelKind } from '../../store/selectors';
import type { QlstmCircuit } from '../../model/types';
import { menuKey } from '../menuKeys';
import './export.css';

interface Item {
  key: string;
  label: string;
  run(): Promise<string | null>;
}

/** The Export button, its menu and the OpenQASM dialog. */
export function ExportMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [plots, setPlots] = useState<PlotTarget[]>([]);
  const [qasm, setQasm] = useState<QasmProgram | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const hasExperiment = useLab((s) => s.experiment !== null);

  const items = (): Item[] => [
    { key: 'qasm3', label: 'OpenQASM 3…', run: async () => {
      // A QLSTM's program is one evaluation of one of its six circuits; the dialog chooses which.
      const circuit = selectModelKind(labStore.getState()) === 'qlstm' ? 'f' : null;
      const reply = await requestProgram(labStore.getState(), 'qasm3', circuit ? { circuit } : undefined);
      if (reply.ok) setQasm({ text: reply.text, circuit });
      return reply.ok ? null : reply.message;
    } },
    ...PYTHON_TARGETS.map((t) => ({ key: t.target, label: t.label, run: () => downloadPython(labStore, t.target) })),
    { key: 'json', label: 'Experiment JSON (.json)', run: () => downloadJson(labStore) },
  ];
  const pictures = (): Item[] => plots.flatMap((plot) => (['svg', 'png'] as const).map((format) => ({
    key: `${plot.name}:${format}`, label: `${plot.name} as ${format.toUpperCase()}`, run: () => downloadPicture(labStore, plot, format),
  })));

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const toggle = () => {
    if (open) return close(false);
    setPlots(findPlotTargets());
    setProblem(null);
    setOpen(true);
  };
  const chooseCircuit = async (circuit: QlstmCircuit) => {
    const reply = await requestProgram(labStore.getState(), 'qasm3', { circuit });
    if (reply.ok) setQasm({ text: reply.text, circuit });
    else setProblem(reply.message);
  };
  const choose = async (item: Item) => {
    close(true);
    setProblem(await item.run());
  };
  const menuItems = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const closing = menuKey(event, menuItems());
    if (closing) close(closing === 'escape');
  };

  const entry = (item: Item) => (
    <button key={item.key} type="button" role="menuitem" tabIndex={-1} className="menu-item" aria-label={item.label} onClick={() => void choose(item)}>
      {item.label}
    </button>
  );

  return (
    <div className="export-menu" data-panel="export">
      <button
        ref={button} type="button" className="bar-button" id={`${id}-button`} aria-label="Export" aria-haspopup="menu" aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined} disabled={!hasExperiment}
        onClick={toggle}
      >
        <span>Export</span>
        <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false"><path d="m6 9 6 6 6-6" /></svg>
      </button>
      {open && (
        <div ref={menu} className="menu" role="menu" id={`${id}-menu`} aria-label="Export" onKeyDown={onMenuKey}>
          <div role="group" aria-label="Programs and files">{items().map(entry)}</div>
          {plots.length > 0 && <div role="separator" className="menu-separator" />}
          {plots.length > 0 && <div role="group" aria-label="Pictures" className="menu-group">{pictures().map(entry)}</div>}
        </div>
      )}
      {problem && (
        <p className="export-problem" role="alert">
          {problem}{' '}
          <button type="button" className="link-button" aria-label="Dismiss the export message" onClick={() => setProblem(null)}>Dismiss</button>
        </p>
      )}
      <QasmDialog program={qasm} onCircuit={(circuit) => void chooseCircuit(circuit)} onClose={() => setQasm(null)} />
    </div>
  );
}
