/**
 * The Data panel's choice of targets, one per output (docs/spec.md §5.3): Lorenz components
 * as x, y, z checkboxes (`"target": ["y", "z"]` when more than one), a CSV's numeric columns
 * as checkboxes (`targetColumns`). Ticking a target adds an output whose head starts at 0,
 * unticking one removes that output's head, in the same edit, so targets and heads always
 * agree; the last target cannot be unticked. Inline data keep their rows, and a generator of
 * one series has nothing to choose: neither shows a choice.
 */
import { useEffect, useState } from 'react';
import type { Experiment, GeneratedData } from '../../model/types';
import type { CsvColumn } from '../../worker/protocol';
import { labStore, useLab } from '../../store';
import { selectCellLocked } from '../../store/classroomSlice';
import { commitModelEdit } from '../model/commitModel';
import { removeOutput, setOutputCount } from '../model/headEdits';
import { DATA_TARGETS_ID } from '../model/OutputsControl';
import { LORENZ_COMPONENTS, csvTargets, listWords, lorenzTargets, withCsvTargets, withLorenzTargets } from '../model/targetFit';
import { csvColumnsOf } from './csvDraft';
import { selectQrnn } from '../../store/selectors';

/** Most CSV columns offered as targets; others are named in the file's `data.targetColumns`. */
const MAX_TARGET_COLUMNS = 24;

/** The edit that makes `list` the targets: an added target appends a head, a removed one drops its head. */
function retarget<T>(experiment: Experiment, list: readonly T[], next: readonly T[], data: GeneratedData): Experiment {
  const withData = { ...experiment, data };
  const removed = list.findIndex((t) => !next.includes(t));
  return removed >= 0 ? removeOutput(withData, removed) : setOutputCount(withData, next.length);
}

interface BoxesProps<T> {
  legend: string;
  options: { value: T; label: string }[];
  chosen: readonly T[];
  disabled: boolean;
  onChange(next: T[]): void;
}

/** The checkboxes; the order of `chosen` is the order of the outputs. */
function TargetBoxes<T>({ legend, options, chosen, disabled, onChange }: BoxesProps<T>) {
  return (
    <fieldset className="target-choice" id={DATA_TARGETS_ID} disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => {
        const on = chosen.includes(o.value);
        return (
          <label key={String(o.value)} className="target-option">
            <input type="checkbox" checked={on} disabled={on && chosen.length === 1} onChange={() => onChange(on ? chosen.filter((c) => c !== o.value) : [...chosen, o.value])} />
            {o.label}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The CSV's columns, read in the worker (the text may be large). */
function useCsvColumns(text: string | null): { columns: CsvColumn[]; header: boolean } | null {
  const [read, setRead] = useState<{ text: string; columns: CsvColumn[]; header: boolean } | null>(null);
  useEffect(() => {
    if (text === null || read?.text === text) return;
    let live = true;
    void csvColumnsOf(text).then((r) => { if (live && r) setRead({ text, ...r }); });
    return () => { live = false; };
  }, [text, read]);
  return read && read.text === text ? read : null;
}

/** The targets of the current Lorenz or CSV data, with what the last change did. */
export function TargetChoice() {
  const experiment = useLab(selectQrnn);
  const locked = useLab(selectCellLocked);
  // What the last change did, shown while the experiment is the one it left (an undo or another edit drops it).
  const [said, setSaid] = useState<{ text: string; refused: boolean; of: Experiment | null } | null>(null);
  const data = experiment?.data ?? null;
  const csv = useCsvColumns(data?.kind === 'csv' && typeof data.text === 'string' ? data.text : null);
  if (!experiment || !data || data.kind === 'inline') return null;

  const commit = <T,>(list: readonly T[], next: T[], nextData: GeneratedData, names: string[]) => {
    const refused = commitModelEdit((e) => retarget(e, list, next, nextData));
    const of = selectQrnn(labStore.getState());
    setSaid(refused
      ? { text: `${refused} The targets stay as they were.`, refused: true, of }
      : { text: next.length === 1 ? `One output, predicting ${names[0]}.` : `${next.length} outputs, predicting ${listWords(names)}; a new output's head starts at 0.`, refused: false, of });
  };
  const note = said && said.of === experiment && <p className={said.refused ? 'data-problem' : 'data-note'} role={said.refused ? 'alert' : 'status'}>{said.text}</p>;

  if (data.kind === 'lorenz') {
    const list = lorenzTargets(data);
    return (
      <>
        <TargetBoxes legend="Targets" options={LORENZ_COMPONENTS.map((c) => ({ value: c, label: c }))} chosen={list} disabled={locked}
          onChange={(next) => commit(list, next, withLorenzTargets(data, next), next)} />
        {note}
      </>
    );
  }
  if (data.kind !== 'csv' || !csv) return null;
  const index = (entry: string | number) => (typeof entry === 'number' ? entry : csv.columns.find((c) => c.name === entry)?.index ?? -1);
  const entry = (c: CsvColumn) => (csv.header && csv.columns.filter((d) => d.name === c.name).length === 1 ? c.name : c.index);
  const list = csvTargets(data).map(index);
  const usable = csv.columns.filter((c) => c.numbers > 0);
  const offered = usable.filter((c, i) => i < MAX_TARGET_COLUMNS || list.includes(c.index));
  const nameOf = (i: number) => csv.columns.find((c) => c.index === i)?.name ?? `column ${i}`;
  return (
    <>
      <TargetBoxes legend="Target columns" options={offered.map((c) => ({ value: c.index, label: c.name }))} chosen={list} disabled={locked}
        onChange={(next) => commit(list, next, withCsvTargets(data, next.map((i) => entry(csv.columns.find((c) => c.index === i) as CsvColumn))), next.map(nameOf))} />
      {offered.length < usable.length && <p className="data-note">{usable.length - offered.length} more columns of numbers are not listed: name them in the file&apos;s data.targetColumns.</p>}
      {note}
    </>
  );
}
