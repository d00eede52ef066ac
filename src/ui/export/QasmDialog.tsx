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

interface QasmDialogProps {
  /** The program, or `null` when the dialog is closed. */
  program: string | null;
  onClose(): void;
}

/** The dialog with the program. */
export function QasmDialog({ program, onClose }: QasmDialogProps) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    if (program === null) return;
    if (await copyText(program)) setStatus('Copied to the clipboard.');
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
      <p className="note">The cell unrolled over the first sequence, with the current parameters. Noise is a property of the device and appears only in a comment.</p>
      <label htmlFor="qasm-program" className="visually-hidden">OpenQASM 3 program</label>
      <textarea id="qasm-program" ref={field} className="code-field" readOnly value={program ?? ''} spellCheck={false} rows={18} />
      <div className="dialog-actions">
        <p className="dialog-status" role="status">{status}</p>
        <button type="button" className="bar-button" aria-label="Copy OpenQASM" onClick={() => void copy()}>Copy</button>
        <button type="button" className="bar-button bar-button--primary" aria-label="Download .qasm" onClick={() => program !== null && downloadText(exportFileName(labStore, 'qasm'), program, 'text/plain')}>Download</button>
      </div>
    </Dialog>
  );
}
