/**
 * The CSV column picker's model, pure: the choices a parsed CSV offers (every column, usable
 * when it holds numbers), the one chosen first (the first all-numeric column), and the
 * `data` block a choice makes: `{ kind: 'csv', text, column }` with the windowing fields of
 * the current data kept (`window`, `stride`, `horizon`, `split`, `normalize`), so dropping a
 * new series into a tuned experiment keeps its windows.
 */
import type { CsvColumn } from '../../worker/protocol';
import type { DataSpec, FieldError, GeneratedData } from '../../model/types';

/** The fields of the current data a CSV keeps. */
const WINDOWING_FIELDS = ['window', 'stride', 'horizon', 'split', 'normalize'] as const;

/** One choice of the picker. */
export interface ColumnOption {
  index: number;
  name: string;
  /** "temp: 240 numbers", "date: no numbers", "x: 238 of 240 rows are numbers". */
  label: string;
  /** Whether choosing it can make a series (it holds at least one number). */
  usable: boolean;
}

/**
 * Most columns the picker lists (the CSV parser refuses more than 1,000): the first ones,
 * and the column chosen first when it lies beyond them. `hiddenColumnsNote` says how many
 * more there are and how to choose one of them.
 */
export const MAX_PICKER_COLUMNS = 200;

/** The columns the picker lists: the first `MAX_PICKER_COLUMNS`, plus `keep` (the initial choice) if it is further on. */
export function listedColumns(columns: readonly CsvColumn[], keep: number | null = null): CsvColumn[] {
  if (columns.length <= MAX_PICKER_COLUMNS) return columns.slice();
  const listed = columns.slice(0, MAX_PICKER_COLUMNS);
  const kept = keep === null ? undefined : columns.find((c) => c.index === keep && c.index >= MAX_PICKER_COLUMNS);
  return kept ? [...listed, kept] : listed;
}

/** The picker's note when it lists fewer columns than the CSV has; `null` when it lists them all. */
export function hiddenColumnsNote(total: number, listed: number): string | null {
  if (listed >= total) return null;
  const more = total - listed;
  return `The CSV has ${total.toLocaleString('en-US')} columns; ${listed.toLocaleString('en-US')} are listed here and ${more.toLocaleString('en-US')} more are not. To use another, name it (header or 0-based index) in the experiment file's data.column.`;
}

/** The picker's choices for the columns of a CSV with `rows` data rows: at most `MAX_PICKER_COLUMNS` (+ `keep`), see `listedColumns`. */
export function columnOptions(columns: readonly CsvColumn[], rows: number, keep: number | null = null): ColumnOption[] {
  return listedColumns(columns, keep).map((c) => {
    const detail = c.numbers === 0 ? 'no numbers' : c.numeric ? `${c.numbers.toLocaleString('en-US')} number${c.numbers === 1 ? '' : 's'}` : `${c.numbers.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} rows are numbers`;
    return { index: c.index, name: c.name, label: `${c.name}: ${detail}`, usable: c.numbers > 0 };
  });
}

/**
 * The choice made first, with the reason in words: the first column of numbers that goes both
 * up and down (all-numeric preferred), since a column that only rises or falls is usually a
 * time or an index; else the first column of numbers; `null` when no column has numbers.
 */
export function defaultColumn(columns: readonly CsvColumn[]): { index: number; reason: string } | null {
  const quoted = (list: readonly CsvColumn[]) => list.map((c) => `“${c.name}”`).join(', ');
  const usable = columns.filter((c) => c.numbers > 0);
  const numeric = usable.filter((c) => c.numeric);
  const varying = numeric.find((c) => !c.monotonic) ?? usable.find((c) => !c.monotonic);
  if (varying) {
    const skipped = usable.filter((c) => c.index < varying.index && c.monotonic);
    const why = skipped.length > 0
      ? `it is the first column of numbers that goes both up and down; ${quoted(skipped)} only ${skipped.length === 1 ? 'rises or falls, like a time or an index' : 'rise or fall, like times or indices'}.`
      : `it is the first column of numbers that goes both up and down.`;
    return { index: varying.index, reason: `Chose “${varying.name}”: ${why}` };
  }
  const first = numeric[0] ?? usable[0];
  if (!first) return null;
  return { index: first.index, reason: `Chose “${first.name}”, the first column of numbers; every column of numbers only rises or falls, so check that it is the series you mean.` };
}

/**
 * The `data` block for column `index` of `text`: named by its header when the CSV has one
 * and the name is unique (readable in the file), else by its 0-based index.
 */
export function csvDataSpec(current: DataSpec, text: string, columns: readonly CsvColumn[], index: number, header: boolean): GeneratedData {
  const column = columns.find((c) => c.index === index);
  const unique = column !== undefined && columns.filter((c) => c.name === column.name).length === 1;
  const data: GeneratedData = { kind: 'csv', text, column: header && unique ? column.name : index };
  if (current.kind !== 'inline') {
    for (const key of WINDOWING_FIELDS) if (current[key] !== undefined) (data as Record<string, unknown>)[key] = current[key];
  }
  return data;
}

/** The first of a CSV's problems in words (row and column as the data folder names them), and how many more. */
export function describeCsvErrors(errors: readonly FieldError[]): string {
  const first = errors[0];
  if (!first) return 'it is not a CSV the lab can read.';
  // `data.text` is the CSV itself, which the message is already about: only another field is named.
  const where = first.path && first.path !== 'data.text' ? `${first.path}: ` : '';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `${where}${first.message}${more}.`;
}
