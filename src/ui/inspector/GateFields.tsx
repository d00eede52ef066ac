/**
 * The inspector's gate kind and wires. Changing the kind keeps what can be kept (see
 * `setGateKind`); a two-wire gate names its wires "Control" and "Target" when the first is a
 * control, "First wire" and "Second wire" otherwise. Each change is committed at once.
 */
import { GATE_KIND_NAMES, GATE_KINDS, type GateName } from '../../model/gateKinds';
import type { GateSpec, Model } from '../../model/types';
import { wireName } from '../../text/labels';
import { Field } from './Field';

interface GateFieldsProps {
  model: Model;
  gate: GateSpec;
  errors: Record<string, string | null>;
  onKind(kind: GateName): void;
  onWires(wires: number[]): void;
}

const ONE_WIRE = GATE_KIND_NAMES.filter((g) => GATE_KINDS[g].arity === 1);
const TWO_WIRE = GATE_KIND_NAMES.filter((g) => GATE_KINDS[g].arity === 2);

function wireLabels(gate: GateSpec): string[] {
  if (gate.wires.length === 1) return ['Wire'];
  return GATE_KINDS[gate.gate].controlled ? ['Control', 'Target'] : ['First wire', 'Second wire'];
}

/** The kind select and one select per wire. */
export function GateFields({ model, gate, errors, onKind, onWires }: GateFieldsProps) {
  const n = model.dataQubits + model.hiddenQubits;
  const labels = wireLabels(gate);
  return (
    <>
      <Field label="Kind" error={errors.kind ?? null}>
        <select value={gate.gate} onChange={(event) => onKind(event.target.value as GateName)}>
          <optgroup label="One wire">{ONE_WIRE.map((g) => <option key={g} value={g}>{g}</option>)}</optgroup>
          <optgroup label="Two wires">{TWO_WIRE.map((g) => <option key={g} value={g}>{g}</option>)}</optgroup>
        </select>
      </Field>
      {gate.wires.map((wire, i) => (
        <Field key={i} label={labels[i]} error={i === gate.wires.length - 1 ? (errors.wires ?? null) : null}>
          <select value={wire} onChange={(event) => onWires(gate.wires.map((w, j) => (j === i ? Number(event.target.value) : w)))}>
            {Array.from({ length: n }, (_, w) => <option key={w} value={w}>{wireName(w, model.dataQubits)}</option>)}
          </select>
        </Field>
      ))}
    </>
  );
}
