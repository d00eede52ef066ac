/**
 * The Data area's one-line summary of what the experiment trains on: the generator (or the
 * CSV column, or the inline sequence's length) and its windowing.
 */
import type { DataSpec } from '../../model/types';

const KIND_NAMES: Record<string, string> = {
  inline: 'inline sequence', sine: 'sine wave', sequence: 'arithmetic sequence', 'mackey-glass': 'Mackey-Glass',
  lorenz: 'Lorenz system', 'kuramoto-sivashinsky': 'Kuramoto-Sivashinsky', csv: 'CSV column',
};

/** The data spec in a few words: "sine wave, window 12, horizon 1, split 0.75", "Lorenz system, input x, window 12". */
export function describeData(data: DataSpec): string {
  if (data.kind === 'inline') return `inline sequence of ${data.inputs.length} step${data.inputs.length === 1 ? '' : 's'}`;
  const parts = [KIND_NAMES[data.kind] ?? data.kind];
  if (data.kind === 'csv' && data.column !== undefined) parts[0] = `CSV column ${typeof data.column === 'string' ? `'${data.column}'` : String(data.column)}`;
  // The Lorenz input component: the targets are chosen beside the summary (TargetChoice).
  if (data.kind === 'lorenz') parts.push(`input ${typeof data.component === 'string' ? data.component : 'x'}`);
  if (data.window !== undefined) parts.push(`window ${data.window}`);
  if (data.horizon !== undefined) parts.push(`horizon ${data.horizon}`);
  if (data.split !== undefined) parts.push(`split ${data.split}`);
  return parts.join(', ');
}
