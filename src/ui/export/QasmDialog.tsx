/**
 * The OpenQASM 3 export: the program the worker wrote (the cell unrolled over the first
 * sequence), shown as text in a read-only field, with Copy (to the clipboard, or select the
 * text where there is none) and Download (`.qasm`).
 */
import { useRef, useState } from 'react';
import { labStore } from '../../store';
import { copyText } from '../share/clipboard';
import { Dialog } from '../share/Dialog';
import { downloadText } from '../files/download';
import { exportFileName } from './exportActions';
import { QLSTM_CIRCUITS, type QlstmCircuit } from '../../model/types';
import { circuitLabel } from '../../text/qlstm';

/** A program the worker wrote; for a QLSTM, of which circuit (docs/spec.md §7), else `null`. */
export interface QasmProgram {
  text: string;
  circuit: QlstmCircuit | null;
}

interface QasmDialogProps {
  /** The program, or `null` when the dialog is closed. */
  program: QasmProgram | null;
  /** Asks for another circuit's program (a QLSTM's). */
  onCircuit(circuit: QlstmCircuit): void;
  onClose(): void;
}

/** The dialog with the program. */
export function QasmDialog({ program, onCircuit, onClose }: QasmDialogProps) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    if (program === null) return;
    if (await copyText(program.text)) setStatus('Copied to the clipboard.');
    else {
      field.current?.select();
      setStatus('The clipboard is not available here: the text is selected, copy it with Ctrl+C.');
    }
  };
  const close = () => {
    setStatus('');
    onClose();
  };

  return (
    <Dialog open={program !== null} title="OpenQASM 3" className="qasm-dialog" onClose={close}>
      {program?.circuit ? (
        <>
          <p className="note">One evaluation of one circuit of the QLSTM, with the current parameters: its inputs u are the program's inputs, and repeated shots estimate ⟨Z_j⟩ from the measured bits. The LSTM around it is classical (the Python exports run it whole).</p>
          <label className="setting-row">
            <span>Circuit</span>
            <select aria-label="Circuit" value={program.circuit} onChange={(e) => onCircuit(e.target.value as QlstmCircuit)}>
              {QLSTM_CIRCUITS.map((k) => <option key={k} value={k}>{circuitLabel(k)}</option>)}
            </select>
          </label>
        </>
      ) : (
        <p className="note">The cell unrolled over the first sequence, with the current parameters. Noise is a property of the device and appears only in a comment.</p>
      )}
      <label htmlFor="qasm-program" className="visually-hidden">OpenQASM 3 program</label>
      <textarea id="qasm-program" ref={field} className="code-field" readOnly value={program?.text ?? ''} spellCheck={false} rows={18} />
      <div className="dialog-actions">
        <p className="dialog-status" role="status">{status}</p>
        <button type="button" className="bar-button" aria-label="Copy OpenQASM" onClick={() => void copy()}>Copy</button>
        <button type="button" className="bar-button bar-button--primary" aria-label="Download .qasm" onClick={() => program !== null && downloadText(exportFileName(labStore, 'qasm', program.circuit ? `vqc-${program.circuit}` : ''), program.text, 'text/plain')}>Download</button>
      </div>
    </Dialog>
  );
}
