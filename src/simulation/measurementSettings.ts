/**
 * The measurement settings of a step (docs/spec.md §3.5, §6): hardware measures each wire in
 * one basis per execution, so readouts that need different bases on one wire are read in
 * separate executions. A setting says which wires are recorded, in which basis, and which
 * readouts it reports. The cost accounting counts these settings, and the trajectory sampler
 * runs one set of shots per setting, so the bill and the simulation agree by construction.
 */
import type { Pauli } from '../core/gates';
import { isProbabilities } from '../model/outputs';
import type { Readout } from '../model/types';

export interface MeasurementSetting {
  /** The recorded wires, ascending; outcome bit `j` is `wires[j]`. */
  wires: number[];
  /** The basis each recorded wire is measured in (`bases[j]` for `wires[j]`). */
  bases: Pauli[];
  /** Indices into the readouts of those this setting reports. */
  readouts: number[];
}

/**
 * The settings, as few as the wire with the most distinct bases needs (at least one). Each
 * wire lists its bases with `Z` first, so every probabilities readout (measured in `Z`,
 * docs/spec.md §5.2) and every `Z` readout falls in setting 0, whatever wires they share with
 * readouts in other bases; a Pauli readout falls in the setting of its basis's place on its wire.
 */
export function measurementSettings(readouts: readonly Readout[]): readonly MeasurementSetting[] {
  // The cost meter asks once per execution; a model's readouts never change in place.
  const known = settingsOf.get(readouts);
  if (known) return known;
  const settings = settingsFor(readouts);
  settingsOf.set(readouts, settings);
  return settings;
}

const settingsOf = new WeakMap<readonly Readout[], readonly MeasurementSetting[]>();

function settingsFor(readouts: readonly Readout[]): MeasurementSetting[] {
  const basesOf = new Map<number, Pauli[]>();
  const need = (wire: number, basis: Pauli) => {
    const list = basesOf.get(wire) ?? [];
    if (!list.includes(basis)) list.push(basis);
    basesOf.set(wire, list);
  };
  for (const r of readouts) {
    if (isProbabilities(r)) r.wires.forEach((w) => need(w, 'Z'));
    else need(r.wire, r.observable);
  }
  for (const list of basesOf.values()) list.sort((a, b) => Number(b === 'Z') - Number(a === 'Z'));
  const count = Math.max(1, ...[...basesOf.values()].map((list) => list.length));
  const settings: MeasurementSetting[] = Array.from({ length: count }, () => ({ wires: [], bases: [], readouts: [] }));
  const settingOf = (r: Readout) => (isProbabilities(r) ? 0 : (basesOf.get(r.wire) as Pauli[]).indexOf(r.observable));
  readouts.forEach((r, i) => settings[settingOf(r)].readouts.push(i));
  for (const [s, setting] of settings.entries()) {
    const wires = new Set(setting.readouts.flatMap((i) => { const r = readouts[i]; return isProbabilities(r) ? r.wires : [r.wire]; }));
    setting.wires = [...wires].sort((a, b) => a - b);
    setting.bases = setting.wires.map((w) => (basesOf.get(w) as Pauli[])[s]);
  }
  return settings;
}
